import type { ChatRequest, StreamPart } from '../../core/index.js';
import { isRecord, numberField, recordField, stringField } from '../http/parse-json.js';
import type { SseEvent } from '../http/read-sse-events.js';
import { malformedChunkPart, parseEventData, streamErrorPart } from '../shared/stream-error.js';
import { StreamState } from '../shared/stream-state.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';
import { parseInBandAnthropicError } from './parse-anthropic-error.js';
import { parseAnthropicUsage } from './parse-anthropic-usage.js';

/**
 * Turns Anthropic's event sequence (message_start → content blocks → message_delta → message_stop)
 * into stream parts. `ping` and unknown events are ignored; `error` events are error parts; EOF
 * before `message_stop` is a truncation.
 */
export async function* decodeAnthropicStream(
  events: AsyncIterable<SseEvent>,
  request: ChatRequest,
  requestedModel: string,
): AsyncGenerator<StreamPart> {
  const state = new StreamState(request, requestedModel);
  /** Anthropic block index → canonical tool-call index. */
  const toolIndexes = new Map<number, number>();
  let promptUsage = parseAnthropicUsage(undefined);
  let outputTokens: number | undefined;
  let stopped = false;
  try {
    for await (const event of events) {
      const data = parseEventData(event.data);
      if (!isRecord(data)) {
        yield malformedChunkPart();
        return;
      }
      const type = stringField(data, 'type') ?? event.event;
      if (type === 'error') {
        yield { type: 'error', error: parseInBandAnthropicError(data) };
        return;
      }
      if (type === 'message_start') {
        const message = recordField(data, 'message') ?? {};
        state.model = stringField(message, 'model') ?? state.model;
        promptUsage = parseAnthropicUsage(recordField(message, 'usage'));
      } else if (type === 'content_block_start') {
        const block = recordField(data, 'content_block');
        const name = block === undefined ? undefined : stringField(block, 'name');
        if (block?.type === 'tool_use' && name !== undefined) {
          const index = toolIndexes.size;
          toolIndexes.set(numberField(data, 'index') ?? index, index);
          yield {
            type: 'tool-call-start',
            index,
            id: stringField(block, 'id') ?? `toolu_${index}`,
            name,
          };
        }
      } else if (type === 'content_block_delta') {
        const delta = recordField(data, 'delta') ?? {};
        if (delta.type === 'text_delta') {
          const text = stringField(delta, 'text') ?? '';
          if (text !== '') {
            state.countGenerated(text);
            yield { type: 'text-delta', text };
          }
        } else if (delta.type === 'input_json_delta') {
          const fragment = stringField(delta, 'partial_json') ?? '';
          const index = toolIndexes.get(numberField(data, 'index') ?? -1);
          if (fragment !== '' && index !== undefined) {
            state.countGenerated(fragment);
            yield { type: 'tool-call-delta', index, argumentsDelta: fragment };
          }
        }
      } else if (type === 'message_delta') {
        const delta = recordField(data, 'delta') ?? {};
        const reason = stringField(delta, 'stop_reason');
        if (reason !== undefined) state.finishReason = mapAnthropicStopReason(reason);
        const usage = recordField(data, 'usage');
        outputTokens =
          (usage === undefined ? undefined : numberField(usage, 'output_tokens')) ?? outputTokens;
      } else if (type === 'message_stop') {
        stopped = true;
        break;
      }
    }
  } catch (error) {
    yield streamErrorPart(error);
    return;
  }
  if (!stopped) state.finishReason = undefined;
  else {
    state.finishReason ??= 'stop';
    if (outputTokens !== undefined) {
      state.usage = {
        ...promptUsage,
        completionTokens: outputTokens,
        totalTokens: promptUsage.promptTokens + outputTokens,
      };
    }
  }
  yield state.finish();
}
