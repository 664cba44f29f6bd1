import type {
  ChatRequest,
  ChatResult,
  ProviderAdapter,
  StreamPart,
  UpstreamCall,
} from '../../core/index.js';
import { parseUpstreamJson } from '../http/parse-json.js';
import { readBody } from '../http/read-body.js';
import { readSseEvents, type SseEvent } from '../http/read-sse-events.js';
import type { UpstreamEndpoint } from '../http/send-upstream.js';
import type { AdapterOptions } from './adapter-options.js';
import { callUpstream, type ErrorClassifier } from './call-upstream.js';

/**
 * Everything that makes one HTTP dialect different from another. The shared adapter below does
 * the rest (sending, bounded reading, error classification, SSE framing) the same way for all.
 */
export interface HttpDialect {
  readonly dialect: string;
  readonly endpoint: (model: string, stream: boolean) => UpstreamEndpoint;
  readonly headers: (call: UpstreamCall, stream: boolean) => Record<string, string>;
  readonly body: (request: ChatRequest, model: string, stream: boolean) => unknown;
  readonly parseResponse: (body: unknown, request: ChatRequest, model: string) => ChatResult;
  readonly decodeStream: (
    events: AsyncIterable<SseEvent>,
    request: ChatRequest,
    model: string,
  ) => AsyncIterable<StreamPart>;
  readonly classifyError: ErrorClassifier;
}

/** A provider adapter over undici for a dialect description. */
export function createHttpAdapter(dialect: HttpDialect, options: AdapterOptions): ProviderAdapter {
  function send(request: ChatRequest, call: UpstreamCall, stream: boolean) {
    return callUpstream({
      dispatcher: options.dispatcher,
      endpoint: dialect.endpoint(call.model, stream),
      headers: dialect.headers(call, stream),
      payload: dialect.body(request, call.model, stream),
      signal: call.signal,
      limits: options.limits,
      classifyError: dialect.classifyError,
    });
  }

  return {
    dialect: dialect.dialect,

    async generate(request: ChatRequest, call: UpstreamCall): Promise<ChatResult> {
      const response = await send(request, call, false);
      const text = await readBody(response.body, options.limits.maxResponseBytes, call.signal);
      return dialect.parseResponse(
        parseUpstreamJson(text, response.statusCode),
        request,
        call.model,
      );
    },

    async stream(request: ChatRequest, call: UpstreamCall): Promise<AsyncIterable<StreamPart>> {
      const response = await send(request, call, true);
      const events = readSseEvents(response.body, call.signal, options.limits.maxEventBytes);
      return dialect.decodeStream(events, request, call.model);
    },
  };
}
