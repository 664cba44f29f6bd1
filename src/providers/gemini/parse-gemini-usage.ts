import type { Usage } from '../../core/index.js';
import { numberField, recordField } from '../http/parse-json.js';

/** Gemini usage: completion = visible candidates + thinking tokens (what is billed as output). */
export function parseGeminiUsage(body: Record<string, unknown>): Usage | undefined {
  const metadata = recordField(body, 'usageMetadata');
  if (metadata === undefined) return undefined;
  const promptTokens =
    (numberField(metadata, 'promptTokenCount') ?? 0) +
    (numberField(metadata, 'toolUsePromptTokenCount') ?? 0);
  const reasoningTokens = numberField(metadata, 'thoughtsTokenCount');
  const completionTokens =
    (numberField(metadata, 'candidatesTokenCount') ?? 0) + (reasoningTokens ?? 0);
  const cachedTokens = numberField(metadata, 'cachedContentTokenCount');
  return {
    promptTokens,
    completionTokens,
    totalTokens: numberField(metadata, 'totalTokenCount') ?? promptTokens + completionTokens,
    ...(cachedTokens === undefined ? {} : { cachedTokens }),
    ...(reasoningTokens === undefined ? {} : { reasoningTokens }),
  };
}
