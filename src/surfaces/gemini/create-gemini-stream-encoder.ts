import type { GatewayError, RequestContext, ServedTarget, StreamPart } from '../../core/index.js';
import { dataEvent, type StreamEncoder } from '../surface-codec.js';
import { functionCallParts, geminiFinishReason, geminiUsage } from './encode-gemini-response.js';
import { geminiErrorBody } from './map-gemini-error.js';

interface PendingCall {
  id: string;
  name: string;
  arguments: string;
  providerMetadata?: Readonly<Record<string, string>>;
}

/**
 * Gemini's `alt=sse` stream: one `GenerateContentResponse` per event, text as deltas, function
 * calls whole (their argument fragments are gathered first), the last event with `finishReason`
 * and usage; no terminator. A failure is one `data: {"error": …}` event.
 */
export function createGeminiStreamEncoder(
  context: RequestContext,
  _request: unknown,
  target: ServedTarget,
): StreamEncoder {
  const calls: PendingCall[] = [];

  function event(
    parts: readonly Record<string, unknown>[],
    model: string,
    end?: { readonly finishReason: string; readonly usage: Record<string, number> },
  ): string {
    const candidate: Record<string, unknown> = { content: { role: 'model', parts }, index: 0 };
    const response: Record<string, unknown> = {
      candidates: [candidate],
      modelVersion: model,
      responseId: context.requestId,
    };
    if (end !== undefined) {
      candidate.finishReason = end.finishReason;
      response.usageMetadata = end.usage;
    }
    return dataEvent(response);
  }

  return {
    start: () => '',
    part(part: StreamPart): string {
      switch (part.type) {
        case 'text-delta':
          return event([{ text: part.text }], target.model);
        case 'tool-call-start':
          calls.push({
            id: part.id,
            name: part.name,
            arguments: '',
            ...(part.providerMetadata === undefined
              ? {}
              : { providerMetadata: part.providerMetadata }),
          });
          return '';
        case 'tool-call-delta': {
          const call = calls[part.index] ?? calls[calls.length - 1];
          if (call !== undefined) call.arguments += part.argumentsDelta;
          return '';
        }
        case 'finish':
          return event(functionCallParts(calls), part.model, {
            finishReason: geminiFinishReason(part.finishReason),
            usage: geminiUsage(part.usage),
          });
        case 'error':
          return '';
      }
    },
    // As a `data:` event for SSE clients, then as the bare JSON object the Gemini API writes and
    // the official SDK looks for (it ignores `data:`-framed errors and would end silently).
    error: (error: GatewayError) => {
      const body = geminiErrorBody(error, context.requestId);
      return [dataEvent(body), JSON.stringify(body)];
    },
  };
}
