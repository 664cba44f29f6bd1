import type { ChatRequest, StreamPart } from '../../core/index.js';
import { arrayField, isRecord, numberField, recordField, stringField } from '../http/parse-json.js';
import type { SseEvent } from '../http/read-sse-events.js';
import { malformedChunkPart, parseEventData, streamErrorPart } from '../shared/stream-error.js';
import { StreamState } from '../shared/stream-state.js';
import { mapOpenAIFinishReason } from './map-openai-finish-reason.js';
import { parseInBandOpenAIError } from './parse-openai-error.js';
import { parseOpenAIUsage } from './parse-openai-usage.js';

function* decodeToolCallDeltas(
  delta: Record<string, unknown>,
  started: Set<number>,
  state: StreamState,
): Generator<StreamPart> {
  for (const entry of arrayField(delta, 'tool_calls')) {
    if (!isRecord(entry)) continue;
    const index = numberField(entry, 'index') ?? 0;
    const fn = recordField(entry, 'function') ?? {};
    if (!started.has(index)) {
      const name = stringField(fn, 'name');
      if (name === undefined) continue;
      started.add(index);
      yield {
        type: 'tool-call-start',
        index,
        id: stringField(entry, 'id') ?? `call_${index}`,
        name,
      };
    }
    const fragment = stringField(fn, 'arguments');
    if (fragment !== undefined && fragment !== '') {
      state.countGenerated(fragment);
      yield { type: 'tool-call-delta', index, argumentsDelta: fragment };
    }
  }
}

/**
 * Turns OpenAI-dialect server-sent events into stream parts: text and tool-call deltas, usage from
 * the `include_usage` chunk (or Groq's `x_groq.usage`), in-band errors as `error` parts, and a
 * stream that ends without `[DONE]` or a finish reason as `stream_truncated`.
 */
export async function* decodeOpenAIStream(
  events: AsyncIterable<SseEvent>,
  request: ChatRequest,
  requestedModel: string,
): AsyncGenerator<StreamPart> {
  const state = new StreamState(request, requestedModel);
  const startedToolCalls = new Set<number>();
  let done = false;
  try {
    for await (const event of events) {
      if (event.data === '[DONE]') {
        done = true;
        break;
      }
      const chunk = parseEventData(event.data);
      if (chunk === undefined) {
        yield malformedChunkPart();
        return;
      }
      if (!isRecord(chunk)) continue;
      if ((chunk.error !== undefined && chunk.error !== null) || event.event === 'error') {
        yield { type: 'error', error: parseInBandOpenAIError(chunk.error ?? chunk) };
        return;
      }
      const model = stringField(chunk, 'model');
      if (model !== undefined) state.model = model;
      state.usage = parseOpenAIUsage(chunk) ?? state.usage;
      const choice = arrayField(chunk, 'choices')[0];
      if (!isRecord(choice)) continue;
      const delta = recordField(choice, 'delta');
      if (delta !== undefined) {
        const content = stringField(delta, 'content');
        if (content !== undefined && content !== '') {
          state.countGenerated(content);
          yield { type: 'text-delta', text: content };
        }
        yield* decodeToolCallDeltas(delta, startedToolCalls, state);
      }
      const finish = stringField(choice, 'finish_reason');
      if (finish === 'error') {
        yield { type: 'error', error: parseInBandOpenAIError(choice.error ?? chunk.error) };
        return;
      }
      if (finish !== undefined) state.finishReason = mapOpenAIFinishReason(finish);
    }
  } catch (error) {
    yield streamErrorPart(error);
    return;
  }
  // `[DONE]` without a finish reason is complete; EOF without either is a truncation.
  if (done && state.finishReason === undefined) state.finishReason = 'stop';
  yield state.finish();
}
