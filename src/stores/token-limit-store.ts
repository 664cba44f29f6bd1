import type { QuotaWindow } from './quota-store.js';

/** Reserve `tokens` (an estimate) against `limit` tokens per `windowMs` for `key`. */
export interface TokenReserveRequest {
  readonly key: string;
  readonly tokens: number;
  readonly limit: number;
  readonly windowMs: number;
}

/** What a reservation charged; pass it back to `settle`. Plain data, opaque to callers. */
export interface TokenReservation {
  readonly key: string;
  readonly tokens: number;
  readonly window: QuotaWindow;
}

export type TokenDecision =
  | {
      readonly allowed: true;
      readonly reservation: TokenReservation;
      readonly limit: number;
      readonly remaining: number;
      readonly resetMs: number;
    }
  | {
      readonly allowed: false;
      readonly limit: number;
      readonly remaining: number;
      readonly resetMs: number;
    };

/**
 * Tokens per minute (or any window): reserve an estimate at admission, settle to the real usage
 * afterwards; the difference is given back, or charged when the real usage was higher (the window
 * may then run over its limit, and later requests wait for the next window). An estimate larger
 * than the limit is never admitted. Each call is one atomic round trip.
 */
export interface TokenLimitStore {
  reserve(request: TokenReserveRequest): Promise<TokenDecision>;
  settle(reservation: TokenReservation, actualTokens: number): Promise<void>;
}
