import type { ChatRequest, ChatResult } from './chat.js';
import type { StreamPart } from './stream-part.js';

/** What the router hands an adapter for one upstream attempt. */
export interface UpstreamCall {
  /** The provider's own model id. */
  readonly model: string;
  /** The gateway's credential for this provider. Never logged, never returned to a client. */
  readonly credential: string | undefined;
  /**
   * Aborted on client disconnect, attempt timeout or deadline. Its `reason` is a GatewayError that
   * says which; adapters rethrow it as is.
   */
  readonly signal: AbortSignal;
  readonly requestId: string;
}

/**
 * Translates the canonical model to one provider dialect's wire format and back. Adapters throw
 * only {@link GatewayError}s from the catalog (`provider_rate_limited`, `provider_timeout`, …).
 */
export interface ProviderAdapter {
  readonly dialect: string;
  generate(request: ChatRequest, call: UpstreamCall): Promise<ChatResult>;
  /**
   * Resolves once the upstream accepted the request (status and headers received). Failures after
   * that arrive as `error` parts, never as exceptions from the iterator.
   */
  stream(request: ChatRequest, call: UpstreamCall): Promise<AsyncIterable<StreamPart>>;
}
