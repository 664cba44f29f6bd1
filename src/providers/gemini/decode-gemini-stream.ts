import type { ChatRequest, StreamPart } from '../../core/index.js';
import { isRecord, stringField } from '../http/parse-json.js';
import type { SseEvent } from '../http/read-sse-events.js';
import { malformedChunkPart, parseEventData, streamErrorPart } from '../shared/stream-error.js';
import { StreamState } from '../shared/stream-state.js';
import { mapGeminiFinishReason } from './map-gemini-finish-reason.js';
import { parseInBandGeminiError } from './parse-gemini-error.js';
import { parseGeminiUsage } from './parse-gemini-usage.js';
import { readGeminiCandidate } from './read-gemini-candidate.js';

/**
 * Turns Gemini `alt=sse` events into stream parts. Gemini has no terminator: a stream is complete
 * when a chunk carried a `finishReason` (or the prompt was blocked); EOF before that is a
 * truncation. `usageMetadata` rides on every chunk; the last one wins.
 */
export async function* decodeGeminiStream(
  events: AsyncIterable<SseEvent>,
  request: ChatRequest,
  requestedModel: string,
): AsyncGenerator<StreamPart> {
  const state = new StreamState(request, requestedModel);
  let toolIndex = 0;
  try {
    for await (const event of events) {
      const chunk = parseEventData(event.data);
      if (chunk === undefined) {
        yield malformedChunkPart();
        return;
      }
      if (!isRecord(chunk)) continue;
      if (chunk.error !== undefined) {
        yield { type: 'error', error: parseInBandGeminiError(chunk) };
        return;
      }
      const model = stringField(chunk, 'modelVersion');
      if (model !== undefined) state.model = model;
      state.usage = parseGeminiUsage(chunk) ?? state.usage;
      const candidate = readGeminiCandidate(chunk);
      if (candidate.blocked) {
        state.finishReason = 'content_filter';
        continue;
      }
      if (candidate.text !== '') {
        state.countGenerated(candidate.text);
        yield { type: 'text-delta', text: candidate.text };
      }
      for (const call of candidate.toolCalls) {
        const index = toolIndex;
        toolIndex += 1;
        yield {
          type: 'tool-call-start',
          index,
          id: call.id,
          name: call.name,
          ...(call.providerMetadata === undefined
            ? {}
            : { providerMetadata: call.providerMetadata }),
        };
        state.countGenerated(call.arguments);
        yield { type: 'tool-call-delta', index, argumentsDelta: call.arguments };
      }
      if (candidate.finishReason !== undefined) {
        state.finishReason = mapGeminiFinishReason(candidate.finishReason, toolIndex > 0);
      }
    }
  } catch (error) {
    yield streamErrorPart(error);
    return;
  }
  yield state.finish();
}
