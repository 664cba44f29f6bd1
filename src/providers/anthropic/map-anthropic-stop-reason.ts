import type { FinishReason } from '../../core/index.js';

/** Anthropic stop reasons in the canonical finish reasons. */
export function mapAnthropicStopReason(reason: string | undefined): FinishReason {
  switch (reason) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'stop';
  }
}
