import type {
  ChatRequest,
  ChatResult,
  ProviderAdapter,
  StreamPart,
  UpstreamCall,
} from '../../core/index.js';
import { parseUpstreamJson } from '../http/parse-json.js';
import { readBody } from '../http/read-body.js';
import { readSseEvents } from '../http/read-sse-events.js';
import { jsonHeaders, upstreamEndpoint } from '../http/send-upstream.js';
import { callUpstream } from '../shared/call-upstream.js';
import type { AdapterOptions } from '../shared/adapter-options.js';
import { convertToAnthropicBody } from './convert-to-anthropic-body.js';
import { decodeAnthropicStream } from './decode-anthropic-stream.js';
import { parseAnthropicError } from './parse-anthropic-error.js';
import { parseAnthropicResponse } from './parse-anthropic-response.js';

/** The API version this adapter speaks (the classic, widely supported contract). */
export const anthropicVersion = '2023-06-01';

/** Anthropic requires `max_tokens`; this is used when the client did not set one. */
export const anthropicDefaultMaxTokens = 4096;

/** Anthropic Messages. The base URL has no version (`https://api.anthropic.com`), as in its SDK. */
export function createAnthropicAdapter(options: AdapterOptions): ProviderAdapter {
  const endpoint = upstreamEndpoint(options.baseUrl, '/v1/messages');

  function headersFor(call: UpstreamCall, stream: boolean): Record<string, string> {
    const headers = jsonHeaders({ 'anthropic-version': anthropicVersion, ...options.headers });
    if (stream) headers.accept = 'text/event-stream';
    if (call.credential !== undefined) headers['x-api-key'] = call.credential;
    return headers;
  }

  return {
    dialect: 'anthropic',

    async generate(request: ChatRequest, call: UpstreamCall): Promise<ChatResult> {
      const response = await callUpstream({
        dispatcher: options.dispatcher,
        endpoint,
        headers: headersFor(call, false),
        payload: convertToAnthropicBody(request, call.model, anthropicDefaultMaxTokens, false),
        signal: call.signal,
        limits: options.limits,
        classifyError: parseAnthropicError,
      });
      const text = await readBody(response.body, options.limits.maxResponseBytes, call.signal);
      return parseAnthropicResponse(parseUpstreamJson(text, response.statusCode), call.model);
    },

    async stream(request: ChatRequest, call: UpstreamCall): Promise<AsyncIterable<StreamPart>> {
      const response = await callUpstream({
        dispatcher: options.dispatcher,
        endpoint,
        headers: headersFor(call, true),
        payload: convertToAnthropicBody(request, call.model, anthropicDefaultMaxTokens, true),
        signal: call.signal,
        limits: options.limits,
        classifyError: parseAnthropicError,
      });
      const events = readSseEvents(response.body, call.signal, options.limits.maxEventBytes);
      return decodeAnthropicStream(events, request, call.model);
    },
  };
}
