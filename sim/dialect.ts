import type { IncomingHttpHeaders } from 'node:http';
import type { SimChatRequest } from './chat-request.js';
import type { SimReply } from './make-reply.js';
import type { SimDialect } from './simulator-types.js';

/** A complete response the server writes as is. */
export interface SimResponse {
  readonly status: number;
  readonly body: string;
  /** Default `application/json`. */
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One encoded stream event. `content` marks events that carry reply content (fault counting). */
export interface StreamFrame {
  readonly text: string;
  readonly content: boolean;
}

export interface StreamRender {
  readonly contentType: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly frames: readonly StreamFrame[];
  /** What the `in_band_error` fault sends after the cut, before ending the response. */
  readonly inBandError: readonly string[];
  /** What the `malformed` fault injects: one event whose JSON does not parse. */
  readonly malformed: string;
}

/** Per-request facts shared by every renderer. */
export interface RequestContext {
  readonly dialect: SimDialect;
  /** `req_…`, used for `x-request-id`, `request-id`, `request_id` and `x_groq.id`. */
  readonly requestId: string;
  /** Unix seconds. */
  readonly created: number;
  readonly seed: number;
  randomId(length: number): string;
}

export type SimRoute =
  | {
      readonly kind: 'chat';
      readonly model?: string;
      readonly stream?: boolean;
      readonly sse?: boolean;
    }
  | { readonly kind: 'models' }
  | { readonly kind: 'model'; readonly model: string }
  | { readonly kind: 'count_tokens'; readonly model: string }
  | { readonly kind: 'health' };

/** A route, a 405 (with the methods allowed), or undefined for an unknown path. */
export type RouteMatch = { readonly route: SimRoute } | { readonly allow: string } | undefined;

export interface AuthInput {
  readonly headers: IncomingHttpHeaders;
  readonly query: URLSearchParams | undefined;
}

export type AuthOutcome = 'ok' | 'missing' | 'invalid';

export type ParseOutcome =
  | { readonly ok: true; readonly request: SimChatRequest }
  | { readonly ok: false; readonly response: SimResponse };

/** Each dialect's error envelopes, by meaning. */
export interface DialectErrors {
  invalidJson(context: RequestContext): SimResponse;
  unknownPath(context: RequestContext, method: string, path: string): SimResponse;
  methodNotAllowed(context: RequestContext, method: string, allow: string): SimResponse;
  payloadTooLarge(context: RequestContext): SimResponse;
  authMissing(context: RequestContext): SimResponse;
  authInvalid(context: RequestContext): SimResponse;
  modelNotFound(context: RequestContext, model: string): SimResponse;
  contextTooLong(context: RequestContext, promptTokens: number, limit: number): SimResponse;
  serverError(context: RequestContext, status: number): SimResponse;
  rateLimited(context: RequestContext, retryAfterSeconds: number): SimResponse;
  quotaExceeded(context: RequestContext): SimResponse;
}

/** Everything the server needs to speak one provider's wire format. */
export interface Dialect {
  readonly name: SimDialect;
  /** Appended to `http://host:port` to form the provider's base URL. */
  readonly basePath: string;
  /** Simulated context window in tokens; longer prompts get the dialect's context error. */
  readonly contextWindow: number;
  /** Listed by the models endpoint when `SimulatorOptions.models` does not say. */
  readonly defaultModels: readonly string[];
  /**
   * `required`: any non-empty key (or the configured one); `optional`: checked only when
   * `SimulatorOptions.apiKeys` names one (vLLM `--api-key`); `none`: never checked (Ollama).
   */
  readonly auth: 'required' | 'optional' | 'none';
  readonly errors: DialectErrors;
  matchRoute(method: string, path: string): RouteMatch;
  /** Whether the models endpoints need a key (OpenRouter's do not). */
  readonly modelsNeedAuth: boolean;
  /** Reads the key the client sent; undefined when none. */
  readCredential(input: AuthInput): string | undefined;
  /** Header checks after auth (Anthropic's required `anthropic-version`). */
  checkHeaders?(context: RequestContext, headers: IncomingHttpHeaders): SimResponse | undefined;
  parseChat(
    context: RequestContext,
    body: unknown,
    route: SimRoute & { readonly kind: 'chat' },
    query: URLSearchParams | undefined,
  ): ParseOutcome;
  /** Headers on every API response (request ids, rate-limit family). */
  commonHeaders(context: RequestContext): Readonly<Record<string, string>>;
  renderCompletion(context: RequestContext, request: SimChatRequest, reply: SimReply): SimResponse;
  renderStream(context: RequestContext, request: SimChatRequest, reply: SimReply): StreamRender;
  /** The `in_band_error` fault on a non-streamed request: a 200 that is an error. */
  renderInBandError(context: RequestContext, request: SimChatRequest): SimResponse;
  renderModels(context: RequestContext, models: readonly string[]): SimResponse;
  renderModel(context: RequestContext, model: string): SimResponse;
  renderCountTokens?(context: RequestContext, request: SimChatRequest): SimResponse;
}
