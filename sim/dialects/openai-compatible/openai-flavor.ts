import type { DialectErrors, RequestContext, RouteMatch, SimResponse } from '../../dialect.js';
import type { SimChatRequest } from '../../chat-request.js';
import type { SimDialect } from '../../simulator-types.js';

export interface OpenAiErrorFields {
  readonly message: string;
  readonly param?: string | null;
  readonly code?: string | null;
  /** Overrides the flavor's default error type. */
  readonly type?: string;
}

export interface OpenAiUsageCounts {
  readonly promptTokens: number;
  readonly completionTokens: number;
}

/**
 * What distinguishes one OpenAI-compatible server from another. The shared dialect builds the
 * common OpenAI shapes; a flavor adds or replaces the fields its server sends.
 */
export interface OpenAiFlavor {
  readonly name: SimDialect;
  readonly basePath: string;
  readonly contextWindow: number;
  readonly defaultModels: readonly string[];
  readonly auth: 'required' | 'optional' | 'none';
  readonly modelsNeedAuth: boolean;
  readonly errors: DialectErrors;
  /** The flavor's 400 envelope. */
  badRequest(context: RequestContext, fields: OpenAiErrorFields): SimResponse;
  /** `fragments`: OpenAI's header delta then argument pieces; `complete`: one delta (Groq, Ollama). */
  readonly toolCallStyle: 'fragments' | 'complete';
  /** Ollama ignores `tool_choice`. */
  readonly honorsToolChoice: boolean;
  /** Request fields read as the token cap, first present wins (Ollama reads only `max_tokens`). */
  readonly maxTokensFields: readonly string[];
  /** OpenAI and Groq reject more than 4 stop sequences. */
  readonly maxStopSequences: number | undefined;
  /** OpenRouter and Ollama repeat `role: "assistant"` in every delta. */
  readonly deltaRepeatsRole: boolean;
  /** Groq puts usage on the finishing chunk (no separate usage chunk). */
  readonly usageOnFinishChunk: boolean;
  /** Comment lines sent before the first data event (OpenRouter). */
  readonly streamPreamble: readonly string[];
  /** Routes beyond chat and models (vLLM's `/health`). */
  extraRoutes?(method: string, path: string): RouteMatch;
  /** Flavor-specific request checks, before the shared ones. */
  validate?(
    context: RequestContext,
    body: Readonly<Record<string, unknown>>,
  ): SimResponse | undefined;
  newId(context: RequestContext): string;
  commonHeaders(context: RequestContext): Readonly<Record<string, string>>;
  /** Extra headers on a successful chat response (OpenRouter's `X-Generation-Id`). */
  responseHeaders(id: string): Readonly<Record<string, string>>;
  usage(counts: OpenAiUsageCounts, request: SimChatRequest): Record<string, unknown>;
  /** The assistant message's fields beyond role/content/tool_calls. */
  messageExtras(): Record<string, unknown>;
  /** Fields of the first (role) delta beyond role/content (OpenAI's `refusal: null`). */
  firstDeltaExtras(): Record<string, unknown>;
  /** Fields each choice carries beyond index/message|delta/finish_reason (`logprobs`, vLLM `stop_reason`). */
  choiceExtras(
    finishReason: string | null,
    stopSequence: string | undefined,
  ): Record<string, unknown>;
  /** Top-level fields of the completion and of every chunk, besides id/object/created/model. */
  envelopeExtras(context: RequestContext, model: string): Record<string, unknown>;
  /** Top-level fields of the first chunk only (Groq's `x_groq.id`). */
  firstChunkExtras(context: RequestContext): Record<string, unknown>;
  /** Top-level fields of the finishing chunk (Groq's usage). */
  finishChunkExtras(
    context: RequestContext,
    usage: Record<string, unknown>,
  ): Record<string, unknown>;
  /** Top-level fields of the non-streamed completion only. */
  completionExtras(
    context: RequestContext,
    usage: Record<string, unknown>,
  ): Record<string, unknown>;
  /** The in-band error events after a 200 (`data: {"error":…}`, OpenRouter's error chunk…). */
  inBandErrorEvents(
    context: RequestContext,
    id: string,
    request: SimChatRequest,
  ): readonly string[];
  /** The 200 body of a non-streamed in-band error. */
  inBandErrorBody(context: RequestContext): unknown;
  modelEntry(model: string): Record<string, unknown>;
  /** The list envelope; OpenRouter's has no `object`. */
  modelList(entries: readonly Record<string, unknown>[]): unknown;
}
