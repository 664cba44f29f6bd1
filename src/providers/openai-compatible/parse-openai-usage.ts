import type { Usage } from '../../core/index.js';
import { isRecord, numberField, recordField } from '../http/parse-json.js';

/**
 * Reads OpenAI-dialect usage: `usage` (OpenAI, OpenRouter, Ollama, vLLM) or Groq's `x_groq.usage`.
 * Returns undefined when the provider sent none.
 */
export function parseOpenAIUsage(chunk: Record<string, unknown>): Usage | undefined {
  const usage =
    recordField(chunk, 'usage') ?? recordField(recordField(chunk, 'x_groq') ?? {}, 'usage');
  if (usage === undefined) return undefined;
  const promptTokens = numberField(usage, 'prompt_tokens');
  const completionTokens = numberField(usage, 'completion_tokens');
  if (promptTokens === undefined || completionTokens === undefined) return undefined;
  const promptDetails = usage.prompt_tokens_details;
  const completionDetails = usage.completion_tokens_details;
  const cachedTokens = isRecord(promptDetails)
    ? numberField(promptDetails, 'cached_tokens')
    : undefined;
  const reasoningTokens = isRecord(completionDetails)
    ? numberField(completionDetails, 'reasoning_tokens')
    : undefined;
  return {
    promptTokens,
    completionTokens,
    totalTokens: numberField(usage, 'total_tokens') ?? promptTokens + completionTokens,
    ...(cachedTokens === undefined ? {} : { cachedTokens }),
    ...(reasoningTokens === undefined ? {} : { reasoningTokens }),
  };
}
