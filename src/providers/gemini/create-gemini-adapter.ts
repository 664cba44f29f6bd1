import {
  GatewayError,
  type ChatRequest,
  type ChatResult,
  type ProviderAdapter,
  type StreamPart,
  type UpstreamCall,
} from '../../core/index.js';
import { isRecord, parseUpstreamJson } from '../http/parse-json.js';
import { readBody } from '../http/read-body.js';
import { readSseEvents } from '../http/read-sse-events.js';
import { jsonHeaders, upstreamEndpoint, type UpstreamEndpoint } from '../http/send-upstream.js';
import { callUpstream } from '../shared/call-upstream.js';
import { estimateUsage } from '../shared/estimate-usage.js';
import type { AdapterOptions } from '../shared/adapter-options.js';
import { convertToGeminiBody } from './convert-to-gemini-body.js';
import { decodeGeminiStream } from './decode-gemini-stream.js';
import { mapGeminiFinishReason } from './map-gemini-finish-reason.js';
import { parseGeminiError, parseInBandGeminiError } from './parse-gemini-error.js';
import { parseGeminiUsage } from './parse-gemini-usage.js';
import { readGeminiCandidate } from './read-gemini-candidate.js';

/**
 * Google Gemini (`generateContent`). The key goes in the `x-goog-api-key` header, never in the
 * URL, where it would end up in access logs.
 */
export function createGeminiAdapter(options: AdapterOptions): ProviderAdapter {
  const generateEndpoints = new Map<string, UpstreamEndpoint>();
  const streamEndpoints = new Map<string, UpstreamEndpoint>();

  /** Endpoints per model, built on first use (the model is part of Gemini's path). */
  function endpointFor(model: string, stream: boolean): UpstreamEndpoint {
    const cache = stream ? streamEndpoints : generateEndpoints;
    let endpoint = cache.get(model);
    if (endpoint === undefined) {
      const route = stream ? ':streamGenerateContent?alt=sse' : ':generateContent';
      endpoint = upstreamEndpoint(options.baseUrl, `/models/${encodeURIComponent(model)}${route}`);
      cache.set(model, endpoint);
    }
    return endpoint;
  }

  function headersFor(call: UpstreamCall, stream: boolean): Record<string, string> {
    const headers = jsonHeaders({ ...options.headers });
    if (stream) headers.accept = 'text/event-stream';
    if (call.credential !== undefined) headers['x-goog-api-key'] = call.credential;
    return headers;
  }

  return {
    dialect: 'gemini',

    async generate(request: ChatRequest, call: UpstreamCall): Promise<ChatResult> {
      const response = await callUpstream({
        dispatcher: options.dispatcher,
        endpoint: endpointFor(call.model, false),
        headers: headersFor(call, false),
        payload: convertToGeminiBody(request),
        signal: call.signal,
        limits: options.limits,
        classifyError: parseGeminiError,
      });
      const text = await readBody(response.body, options.limits.maxResponseBytes, call.signal);
      const body = parseUpstreamJson(text, response.statusCode);
      if (!isRecord(body)) {
        throw new GatewayError('provider_invalid_response', {
          detail: 'response is not a JSON object',
        });
      }
      if (body.error !== undefined) throw parseInBandGeminiError(body);
      const candidate = readGeminiCandidate(body);
      if (
        !candidate.blocked &&
        candidate.finishReason === undefined &&
        candidate.text === '' &&
        candidate.toolCalls.length === 0
      ) {
        throw new GatewayError('provider_invalid_response', {
          detail: 'response has no candidates',
        });
      }
      const finishReason = candidate.blocked
        ? 'content_filter'
        : mapGeminiFinishReason(candidate.finishReason ?? 'STOP', candidate.toolCalls.length > 0);
      return {
        model: typeof body.modelVersion === 'string' ? body.modelVersion : call.model,
        ...(typeof body.responseId === 'string' ? { id: body.responseId } : {}),
        text: candidate.text,
        toolCalls: candidate.toolCalls,
        finishReason,
        usage: parseGeminiUsage(body) ?? estimateUsage(request, candidate.text.length),
      };
    },

    async stream(request: ChatRequest, call: UpstreamCall): Promise<AsyncIterable<StreamPart>> {
      const response = await callUpstream({
        dispatcher: options.dispatcher,
        endpoint: endpointFor(call.model, true),
        headers: headersFor(call, true),
        payload: convertToGeminiBody(request),
        signal: call.signal,
        limits: options.limits,
        classifyError: parseGeminiError,
      });
      const events = readSseEvents(response.body, call.signal, options.limits.maxEventBytes);
      return decodeGeminiStream(events, request, call.model);
    },
  };
}
