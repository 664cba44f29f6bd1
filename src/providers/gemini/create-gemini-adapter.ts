import type { ProviderAdapter, UpstreamCall } from '../../core/index.js';
import { jsonHeaders, upstreamEndpoint, type UpstreamEndpoint } from '../http/send-upstream.js';
import type { AdapterOptions } from '../shared/adapter-options.js';
import { createHttpAdapter } from '../shared/create-http-adapter.js';
import { convertToGeminiBody } from './convert-to-gemini-body.js';
import { decodeGeminiStream } from './decode-gemini-stream.js';
import { parseGeminiError } from './parse-gemini-error.js';
import { parseGeminiResponse } from './parse-gemini-response.js';

/**
 * Google Gemini (`generateContent`). The key goes in the `x-goog-api-key` header, never in the
 * URL, where it would end up in access logs.
 */
export function createGeminiAdapter(options: AdapterOptions): ProviderAdapter {
  const endpoints = new Map<string, UpstreamEndpoint>();

  /** Endpoints per model and mode, built on first use (the model is part of Gemini's path). */
  function endpoint(model: string, stream: boolean): UpstreamEndpoint {
    const key = `${stream ? 's' : 'g'}:${model}`;
    let found = endpoints.get(key);
    if (found === undefined) {
      const method = stream ? ':streamGenerateContent?alt=sse' : ':generateContent';
      found = upstreamEndpoint(options.baseUrl, `/models/${encodeURIComponent(model)}${method}`);
      endpoints.set(key, found);
    }
    return found;
  }

  return createHttpAdapter(
    {
      dialect: 'gemini',
      endpoint,
      headers(call: UpstreamCall, stream: boolean) {
        const headers = jsonHeaders({ ...options.headers });
        if (stream) headers.accept = 'text/event-stream';
        if (call.credential !== undefined) headers['x-goog-api-key'] = call.credential;
        return headers;
      },
      body: (request) => convertToGeminiBody(request),
      parseResponse: parseGeminiResponse,
      decodeStream: decodeGeminiStream,
      classifyError: parseGeminiError,
    },
    options,
  );
}
