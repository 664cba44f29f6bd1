/** One request (or `cost` units) against a limit of `limit` per `windowMs` for `key`. */
export interface RateLimitRequest {
  readonly key: string;
  readonly cost: number;
  readonly limit: number;
  readonly windowMs: number;
}

/** Being limited is an answer, not an exception. */
export interface RateLimitDecision {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  /** Milliseconds until the window resets. */
  readonly resetMs: number;
}

/**
 * Counts requests per key in one atomic round trip per call. Backends: memory (one process);
 * Redis, SQLite and PostgreSQL when replicas share limits.
 */
export interface RateLimitStore {
  consume(request: RateLimitRequest): Promise<RateLimitDecision>;
}
