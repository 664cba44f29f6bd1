/**
 * Stable codes for store failures. Being limited, a missing key or a refused reservation are
 * values, never errors; these codes are for the backend itself failing or being misused.
 */
export type StoreErrorCode =
  /** The backend (Redis, PostgreSQL, the SQLite file) did not answer or refused the connection. */
  | 'store_unavailable'
  /** A write collided with an existing row (a duplicate key id or request id). */
  | 'store_conflict'
  /** A row read back does not have the expected shape. */
  | 'store_corrupt'
  /** A schema migration failed; the store was not opened. */
  | 'store_migration_failed'
  /** The caller passed an argument the store cannot accept (a negative amount, an empty key). */
  | 'store_invalid_request'
  /** The options are unusable (a short HMAC secret, an unsafe schema name). */
  | 'store_misconfigured'
  /** The store was used after `close()`. */
  | 'store_closed';

/** The one error type stores throw. `message` is internal detail for logs; it holds no secret. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options: { readonly cause?: unknown } = {}) {
    super(message, options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'StoreError';
    this.code = code;
  }
}

export function isStoreError(value: unknown): value is StoreError {
  return value instanceof StoreError;
}

/** Wraps a driver error as `store_unavailable` unless it already is a {@link StoreError}. */
export function toStoreError(error: unknown, context: string): StoreError {
  if (error instanceof StoreError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError('store_unavailable', `${context}: ${detail}`, { cause: error });
}
