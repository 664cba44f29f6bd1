/**
 * The one atomic primitive under every counting limit (request rate, tokens per minute, money
 * budgets). Each backend implements it in one round trip: a plain map in memory, an immediate
 * transaction in SQLite, a PL/pgSQL function in PostgreSQL and a Lua script in Redis. The limit
 * semantics (windows, periods, units) are written once on top of it, in the `quota-*` classes.
 *
 * A counter lives in one window at a time. A stored window is current when it started no earlier
 * than the requested `windowStartMs` and ends after now; otherwise it is replaced by the requested
 * window with a value of zero. Calendar windows pass their real start (midnight UTC); windows
 * that start at the first use pass `windowStartMs: 0` and `windowEndMs: now + length`.
 */
export interface QuotaCounter {
  readonly id: string;
  /** The most units the window may hold: a non-negative safe integer. */
  readonly limit: number;
  readonly windowStartMs: number;
  readonly windowEndMs: number;
}

/** A counter's state after a call: its units in the current window and when that window ends. */
export interface QuotaCounterState {
  readonly used: number;
  readonly windowEndMs: number;
}

export interface QuotaResult {
  /** True when the amount was added to every counter; false when nothing was added. */
  readonly allowed: boolean;
  /** One state per requested counter, in request order (after the call when allowed). */
  readonly counters: readonly QuotaCounterState[];
}

/** Identifies one window of one counter, as recorded by a reservation. */
export interface QuotaWindow {
  readonly id: string;
  readonly windowEndMs: number;
}

export interface QuotaStore {
  /**
   * Adds `amount` to every counter when each stays within its limit, or to none. Atomic across
   * processes; one round trip. Counters are locked in the order given (callers sort by id).
   */
  reserve(counters: readonly QuotaCounter[], amount: number, nowMs: number): Promise<QuotaResult>;
  /**
   * Adds `delta` (negative gives back, never below zero) to each counter that is still in the
   * window given; a window that has ended since is left alone. Atomic; one round trip.
   */
  adjust(windows: readonly QuotaWindow[], delta: number): Promise<void>;
}
