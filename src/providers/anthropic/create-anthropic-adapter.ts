import type { ProviderAdapter, UpstreamCall } from '../../core/index.js';
import { jsonHeaders, upstreamEndpoint } from '../http/send-upstream.js';
import type { AdapterOptions } from '../shared/adapter-options.js';
import { createHttpAdapter } from '../shared/create-http-adapter.js';
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
  return createHttpAdapter(
    {
      dialect: 'anthropic',
      endpoint: () => endpoint,
      headers(call: UpstreamCall, stream: boolean) {
        const headers = jsonHeaders({ 'anthropic-version': anthropicVersion, ...options.headers });
        if (stream) headers.accept = 'text/event-stream';
        if (call.credential !== undefined) headers['x-api-key'] = call.credential;
        return headers;
      },
      body: (request, model, stream) =>
        convertToAnthropicBody(request, model, anthropicDefaultMaxTokens, stream),
      parseResponse: (body, _request, model) => parseAnthropicResponse(body, model),
      decodeStream: decodeAnthropicStream,
      classifyError: parseAnthropicError,
    },
    options,
  );
}
