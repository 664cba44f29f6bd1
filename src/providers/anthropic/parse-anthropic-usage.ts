import type { Usage } from '../../core/index.js';
import { numberField, recordField } from '../http/parse-json.js';

/**
 * Anthropic usage in canonical form: Anthropic's `input_tokens` excludes cache reads and writes,
 * so they are added back to get the prompt size every other provider reports.
 */
export function parseAnthropicUsage(
  usage: Record<string, unknown> | undefined,
): Omit<Usage, 'completionTokens' | 'totalTokens'> & { completionTokens: number | undefined } {
  if (usage === undefined) return { promptTokens: 0, completionTokens: undefined };
  const cacheRead = numberField(usage, 'cache_read_input_tokens') ?? 0;
  const promptTokens =
    (numberField(usage, 'input_tokens') ?? 0) +
    cacheRead +
    (numberField(usage, 'cache_creation_input_tokens') ?? 0);
  const details = recordField(usage, 'output_tokens_details');
  const reasoningTokens =
    details === undefined ? undefined : numberField(details, 'thinking_tokens');
  return {
    promptTokens,
    completionTokens: numberField(usage, 'output_tokens'),
    ...(cacheRead > 0 ? { cachedTokens: cacheRead } : {}),
    ...(reasoningTokens === undefined ? {} : { reasoningTokens }),
  };
}
