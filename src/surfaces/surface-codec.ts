import type {
  AttemptRecord,
  ChatRequest,
  ChatResult,
  GatewayError,
  RequestContext,
  RequestDecoder,
  ServedTarget,
  StreamPart,
  SurfaceId,
} from '../core/index.js';

export interface EncodedError {
  readonly status: number;
  readonly body: unknown;
  /** Surface-specific headers (Anthropic's `request-id`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Turns canonical stream parts into one surface's server-sent events. `part` returns the text to
 * write ('' for nothing); after a `finish` part it includes the surface's terminator
 * (`[DONE]`, `message_stop`). `error` returns the terminal error, as one or more separate writes
 * (Gemini's SDK needs a bare JSON error object in a network chunk of its own).
 */
export interface StreamEncoder {
  start(): string;
  part(part: StreamPart): string;
  error(error: GatewayError): readonly string[];
}

/**
 * An inbound API: decodes its wire format into the canonical request and encodes canonical results
 * and errors back, errors in the surface's own envelope so each SDK raises its own exception.
 */
export interface SurfaceCodec {
  readonly id: SurfaceId;
  readonly decoder: RequestDecoder;
  encodeCompletion(
    result: ChatResult,
    target: ServedTarget,
    context: RequestContext,
    now: number,
  ): unknown;
  encodeError(
    error: GatewayError,
    requestId: string,
    attempts: readonly AttemptRecord[],
  ): EncodedError;
  /** Absent for surfaces that never stream (the seed's `/query`). */
  createStreamEncoder?(
    context: RequestContext,
    request: ChatRequest,
    target: ServedTarget,
  ): StreamEncoder;
}

/** One server-sent event in the `data:`-only framing (OpenAI, Gemini). */
export function dataEvent(payload: unknown): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}

/** One server-sent event with a name (Anthropic). */
export function namedEvent(name: string, payload: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
}
