/** Hold one of at most `limit` slots for `key`, for `leaseMs` unless renewed or released. */
export interface ConcurrencyRequest {
  readonly key: string;
  readonly limit: number;
  readonly leaseMs: number;
}

/** A held slot. Plain data; pass it to `renew` and `release`. */
export interface ConcurrencyLease {
  readonly key: string;
  readonly id: string;
  readonly expiresAtMs: number;
}

export type ConcurrencyDecision =
  | {
      readonly acquired: true;
      readonly lease: ConcurrencyLease;
      readonly limit: number;
      /** Slots held for the key, this one included. */
      readonly active: number;
    }
  | { readonly acquired: false; readonly limit: number; readonly active: number };

/**
 * Concurrent requests per key. Slots are leases: a replica that crashes without releasing
 * loses its slots when their leases expire, so nothing leaks for longer than `leaseMs`. A long
 * request (a slow stream) renews its lease before it expires. Each call is one atomic round trip.
 */
export interface ConcurrencyStore {
  acquire(request: ConcurrencyRequest): Promise<ConcurrencyDecision>;
  /** Extends a held lease to now + `leaseMs`; undefined when it already expired or was released. */
  renew(lease: ConcurrencyLease, leaseMs: number): Promise<ConcurrencyLease | undefined>;
  /** Frees the slot. Releasing twice, or after expiry, does nothing. */
  release(lease: ConcurrencyLease): Promise<void>;
}
