import {
  estimatePromptTokens,
  type ChatRequest,
  type GatewayError,
  type RequestContext,
  type ServedTarget,
  type StreamPart,
} from '../../core/index.js';
import { namedEvent, type StreamEncoder } from '../surface-codec.js';
import { anthropicErrorBody } from './map-anthropic-error.js';
import { anthropicStopReason } from './encode-anthropic-message.js';

/**
 * Anthropic's event sequence: `message_start`, then per content block `content_block_start`,
 * deltas and `content_block_stop` (a `ping` after the first block opens), `message_delta` with the
 * stop reason and usage, and `message_stop`. A failure after the start is one `error` event.
 */
export function createAnthropicStreamEncoder(
  context: RequestContext,
  request: ChatRequest,
  target: ServedTarget,
): StreamEncoder {
  let index = -1;
  let open: 'text' | 'tool' | undefined;
  let pinged = false;

  function openBlock(kind: 'text' | 'tool', block: Record<string, unknown>): string {
    let text = closeBlock();
    index += 1;
    open = kind;
    text += namedEvent('content_block_start', {
      type: 'content_block_start',
      index,
      content_block: block,
    });
    if (!pinged) {
      pinged = true;
      text += namedEvent('ping', { type: 'ping' });
    }
    return text;
  }

  function closeBlock(): string {
    if (open === undefined) return '';
    open = undefined;
    return namedEvent('content_block_stop', { type: 'content_block_stop', index });
  }

  return {
    start: () =>
      namedEvent('message_start', {
        type: 'message_start',
        message: {
          id: `msg_${context.requestId}`,
          type: 'message',
          role: 'assistant',
          model: target.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: estimatePromptTokens(request), output_tokens: 1 },
        },
      }),
    part(part: StreamPart): string {
      switch (part.type) {
        case 'text-delta': {
          const prefix = open === 'text' ? '' : openBlock('text', { type: 'text', text: '' });
          return `${prefix}${namedEvent('content_block_delta', {
            type: 'content_block_delta',
            index,
            delta: { type: 'text_delta', text: part.text },
          })}`;
        }
        case 'tool-call-start':
          return openBlock('tool', { type: 'tool_use', id: part.id, name: part.name, input: {} });
        case 'tool-call-delta':
          return namedEvent('content_block_delta', {
            type: 'content_block_delta',
            index,
            delta: { type: 'input_json_delta', partial_json: part.argumentsDelta },
          });
        case 'finish':
          return `${closeBlock()}${namedEvent('message_delta', {
            type: 'message_delta',
            delta: { stop_reason: anthropicStopReason(part.finishReason), stop_sequence: null },
            usage: {
              input_tokens: part.usage.promptTokens,
              output_tokens: part.usage.completionTokens,
            },
          })}${namedEvent('message_stop', { type: 'message_stop' })}`;
        case 'error':
          return '';
      }
    },
    error: (error: GatewayError) => [
      namedEvent('error', anthropicErrorBody(error, context.requestId)),
    ],
  };
}
