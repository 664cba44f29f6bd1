import { GatewayError, type ChatRequest, type ChatResult } from '../../core/index.js';
import { isRecord } from '../http/parse-json.js';
import { estimateUsage } from '../shared/estimate-usage.js';
import { mapGeminiFinishReason } from './map-gemini-finish-reason.js';
import { parseInBandGeminiError } from './parse-gemini-error.js';
import { parseGeminiUsage } from './parse-gemini-usage.js';
import { readGeminiCandidate } from './read-gemini-candidate.js';

/**
 * Reads a non-streamed `generateContent` answer. A blocked prompt (no candidates, a
 * `promptFeedback.blockReason`) is a `content_filter` finish; an error object is a failure.
 */
export function parseGeminiResponse(
  body: unknown,
  request: ChatRequest,
  model: string,
): ChatResult {
  if (!isRecord(body)) {
    throw new GatewayError('provider_invalid_response', {
      detail: 'response is not a JSON object',
    });
  }
  if (body.error !== undefined) throw parseInBandGeminiError(body);
  const candidate = readGeminiCandidate(body);
  const empty = candidate.text === '' && candidate.toolCalls.length === 0;
  if (!candidate.blocked && candidate.finishReason === undefined && empty) {
    throw new GatewayError('provider_invalid_response', { detail: 'response has no candidates' });
  }
  const finishReason = candidate.blocked
    ? 'content_filter'
    : mapGeminiFinishReason(candidate.finishReason ?? 'STOP', candidate.toolCalls.length > 0);
  return {
    model: typeof body.modelVersion === 'string' ? body.modelVersion : model,
    text: candidate.text,
    toolCalls: candidate.toolCalls,
    finishReason,
    usage: parseGeminiUsage(body) ?? estimateUsage(request, candidate.text.length),
    ...(typeof body.responseId === 'string' ? { id: body.responseId } : {}),
  };
}
