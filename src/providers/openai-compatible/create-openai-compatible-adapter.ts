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

  function headersFor(call: UpstreamCall, stream: boolean): Record<string, string> {
    const headers = jsonHeaders({ ...flavor.extraHeaders, ...options.headers });
    if (stream) headers.accept = 'text/event-stream';
    if (call.credential !== undefined && call.credential !== '') {
      headers.authorization = `Bearer ${call.credential}`;
    }
    return headers;
  }

  return {
    dialect: flavor.dialect,

    async generate(request: ChatRequest, call: UpstreamCall): Promise<ChatResult> {
      const response = await callUpstream({
        dispatcher: options.dispatcher,
        endpoint,
        headers: headersFor(call, false),
        payload: convertToOpenAIBody(request, call.model, flavor, false),
        signal: call.signal,
        limits: options.limits,
        classifyError: parseOpenAIError,
      });
      const text = await readBody(response.body, options.limits.maxResponseBytes, call.signal);
      return parseOpenAIResponse(parseUpstreamJson(text, response.statusCode), request, call.model);
    },

    async stream(request: ChatRequest, call: UpstreamCall): Promise<AsyncIterable<StreamPart>> {
      const response = await callUpstream({
        dispatcher: options.dispatcher,
        endpoint,
        headers: headersFor(call, true),
        payload: convertToOpenAIBody(request, call.model, flavor, true),
        signal: call.signal,
        limits: options.limits,
        classifyError: parseOpenAIError,
      });
      const events = readSseEvents(response.body, call.signal, options.limits.maxEventBytes);
      return decodeOpenAIStream(events, request, call.model);
    },
  };
}
