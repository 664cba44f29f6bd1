import type { ChatResult, FinishReason, RequestContext } from '../../core/index.js';

/** The Anthropic `stop_reason` for a canonical finish reason. */
export function anthropicStopReason(reason: FinishReason): string {
  switch (reason) {
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
      return 'tool_use';
    case 'content_filter':
      return 'refusal';
    default:
      return 'end_turn';
  }
}

function parseInput(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

/** A canonical answer as an Anthropic `message`. */
export function encodeAnthropicMessage(result: ChatResult, context: RequestContext): unknown {
  const content: Record<string, unknown>[] = [];
  if (result.text !== '') content.push({ type: 'text', text: result.text });
  for (const call of result.toolCalls) {
    content.push({
      type: 'tool_use',
      id: call.id,
      name: call.name,
      input: parseInput(call.arguments),
    });
  }
  return {
    id: `msg_${context.requestId}`,
    type: 'message',
    role: 'assistant',
    model: result.model,
    content,
    stop_reason: anthropicStopReason(result.finishReason),
    stop_sequence: null,
    usage: {
      input_tokens: result.usage.promptTokens,
      output_tokens: result.usage.completionTokens,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: result.usage.cachedTokens ?? 0,
    },
  };
}
