import type { QuotaWindow } from './quota-store.js';

/** Calendar periods in UTC: a day starts at midnight UTC, a month on its first day. */
export type BudgetPeriod = 'day' | 'month';

/** One cap: at most `limitUsd` per `period` for `scope` (for example `key:<id>`, `tenant:<name>`). */
export interface BudgetLimit {
  readonly scope: string;
  readonly period: BudgetPeriod;
  readonly limitUsd: number;
}

export interface BudgetReserveRequest {
  /** Every cap that applies; the reservation succeeds against all of them or none. */
  readonly limits: readonly BudgetLimit[];
  /** The worst-case cost of the request (its prompt and `max_tokens` at the model's prices). */
  readonly amountUsd: number;
}

/** What a reservation holds; pass it back to `settle`. Plain data, opaque to callers. */
export interface BudgetReservation {
  readonly amountUsd: number;
  /** The amount in the integer units counted (nano-dollars). */
  readonly units: number;
  readonly windows: readonly QuotaWindow[];
}

export type BudgetDecision =
  | {
      readonly status: 'reserved';
      readonly reservation: BudgetReservation;
      /** The smallest remaining budget across the limits, after this reservation. */
      readonly remainingUsd: number;
    }
  | {
      readonly status: 'exceeded';
      /** A limit the reservation would have exceeded (the first in counter id order). */
      readonly limit: BudgetLimit;
      readonly remainingUsd: number;
      readonly resetMs: number;
    }
  /** The backend could not answer; budgets fail closed. Only {@link ResilientLimits} returns it. */
  | { readonly status: 'unavailable' };

export interface BudgetSettlement {
  /** False when the backend could not be reached; the worst case then stays charged. */
  readonly settled: boolean;
  readonly chargedUsd: number;
  /** How far the real cost exceeded the reservation (a worst case that was not one). */
  readonly overrunUsd: number;
}

/**
 * Money budgets. `reserve` holds the worst case and refuses when it would exceed any remaining
 * budget; `settle` replaces it with the real cost. Atomic across processes (one round trip), so
 * committed plus reserved spend never exceeds a cap, however many requests race, provided each
 * settled cost is at most its reservation; an overrun is charged in full and reported.
 */
export interface BudgetStore {
  reserve(request: BudgetReserveRequest): Promise<BudgetDecision>;
  settle(reservation: BudgetReservation, actualUsd: number): Promise<BudgetSettlement>;
}
