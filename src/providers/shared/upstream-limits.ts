/** Bounds on what the gateway accepts from an upstream, shared by every adapter. */
export interface UpstreamLimits {
  /** Largest non-streamed response body read. */
  readonly maxResponseBytes: number;
  /** Largest single server-sent event. */
  readonly maxEventBytes: number;
  /** Time allowed until response headers arrive. */
  readonly headersTimeoutMs: number;
  /** Time allowed between two chunks of a response body. */
  readonly idleTimeoutMs: number;
}

export const defaultUpstreamLimits: UpstreamLimits = {
  maxResponseBytes: 16 * 1024 * 1024,
  maxEventBytes: 1024 * 1024,
  headersTimeoutMs: 60_000,
  idleTimeoutMs: 60_000,
};
