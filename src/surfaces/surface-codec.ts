import type {
  AttemptRecord,
  ChatResult,
  GatewayError,
  RequestContext,
  RequestDecoder,
  ServedTarget,
  SurfaceId,
} from '../core/index.js';

export interface EncodedError {
  readonly status: number;
  readonly body: unknown;
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
}
