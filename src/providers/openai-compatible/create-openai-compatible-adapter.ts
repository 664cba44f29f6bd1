import type { ProviderAdapter, UpstreamCall } from '../../core/index.js';
import { jsonHeaders, upstreamEndpoint } from '../http/send-upstream.js';
import type { AdapterOptions } from '../shared/adapter-options.js';
import { createHttpAdapter } from '../shared/create-http-adapter.js';
import { convertToOpenAIBody } from './convert-to-openai-body.js';
import { decodeOpenAIStream } from './decode-openai-stream.js';
import type { OpenAICompatibleFlavor } from './openai-compatible-flavor.js';
import { parseOpenAIError } from './parse-openai-error.js';
import { parseOpenAIResponse } from './parse-openai-response.js';

/** An adapter for any server that speaks OpenAI Chat Completions, tuned by a flavor. */
export function createOpenAICompatibleAdapter(
  flavor: OpenAICompatibleFlavor,
  options: AdapterOptions,
): ProviderAdapter {
  const endpoint = upstreamEndpoint(options.baseUrl, '/chat/completions');
  const fixedHeaders = { ...flavor.extraHeaders, ...options.headers };
  return createHttpAdapter(
    {
      dialect: flavor.dialect,
      endpoint: () => endpoint,
      headers(call: UpstreamCall, stream: boolean) {
        const headers = jsonHeaders(fixedHeaders);
        if (stream) headers.accept = 'text/event-stream';
        if (call.credential !== undefined && call.credential !== '') {
          headers.authorization = `Bearer ${call.credential}`;
        }
        return headers;
      },
      body: (request, model, stream) => convertToOpenAIBody(request, model, flavor, stream),
      parseResponse: parseOpenAIResponse,
      decodeStream: decodeOpenAIStream,
      classifyError: parseOpenAIError,
    },
    options,
  );
}
