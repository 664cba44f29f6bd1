import type { FinishReason } from '../../core/index.js';

/** OpenAI-dialect finish reasons; `function_call` is the deprecated name of `tool_calls`. */
export function mapOpenAIFinishReason(reason: string | undefined): FinishReason {
  switch (reason) {
    case 'length':
      return 'length';
    case 'tool_calls':
    case 'function_call':
      return 'tool_calls';
    case 'content_filter':
      return 'content_filter';
    default:
      return 'stop';
  }
}
