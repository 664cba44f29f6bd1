import type {
  BudgetDecision,
  BudgetReservation,
  BudgetReserveRequest,
  BudgetSettlement,
  BudgetStore,
} from './budget-store.js';
import type {
  ConcurrencyDecision,
  ConcurrencyLease,
  ConcurrencyRequest,
  ConcurrencyStore,
} from './concurrency-store.js';
import type { RateLimitDecision, RateLimitRequest, RateLimitStore } from './rate-limit-store.js';
import { isStoreError } from './store-error.js';
import type {
  TokenDecision,
  TokenLimitStore,
  TokenReservation,
  TokenReserveRequest,
} from './token-limit-store.js';

/** `primary`: the shared store answers. `fallback`: it failed; local limits answer instead. */
export type LimiterMode = 'primary' | 'fallback';

export interface LimitStores {
  readonly rateLimits: RateLimitStore;
  readonly tokenLimits: TokenLimitStore;
  readonly concurrency: ConcurrencyStore;
}

export interface ResilientLimitsOptions {
  readonly primary: LimitStores & { readonly budgets: BudgetStore };
  /** Process-local stores (memory) that answer while the primary is down. */
  readonly fallback: LimitStores;
  /** After a failure, how long to answer from the fallback before trying the primary again. */
  readonly retryAfterMs?: number;
  readonly now?: () => number;
  /** Called on every switch between modes, to log and meter it. */
  readonly onModeChange?: (mode: LimiterMode, error: unknown) => void;
  /** Called when a settle, renew or release could not reach the primary. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Limits that survive the shared store (Redis, PostgreSQL) going away. Request rate, tokens and
 * concurrency fail open to a local limiter, so each replica still limits on its own; money budgets
 * fail closed (`unavailable`), since a budget that one replica cannot see is no budget. A failure
 * switches every limit to fallback mode for `retryAfterMs`, so a dead store costs one timeout,
 * not one per request; then the next call tries the primary again.
 */
export class ResilientLimits {
  readonly rateLimits: RateLimitStore;
  readonly tokenLimits: TokenLimitStore;
  readonly concurrency: ConcurrencyStore;
  readonly budgets: BudgetStore;
  private readonly primary: ResilientLimitsOptions['primary'];
  private readonly fallback: LimitStores;
  private readonly retryAfterMs: number;
  private readonly now: () => number;
  private readonly onModeChange: (mode: LimiterMode, error: unknown) => void;
  private readonly onError: (error: unknown) => void;
  private readonly local = new WeakSet<object>();
  private fallbackUntilMs = 0;
  private currentMode: LimiterMode = 'primary';

  constructor(options: ResilientLimitsOptions) {
    this.primary = options.primary;
    this.fallback = options.fallback;
    this.retryAfterMs = options.retryAfterMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.onModeChange = options.onModeChange ?? (() => undefined);
    this.onError = options.onError ?? (() => undefined);
    this.rateLimits = { consume: (request) => this.consume(request) };
    this.tokenLimits = {
      reserve: (request) => this.reserveTokens(request),
      settle: (reservation, actual) => this.settleTokens(reservation, actual),
    };
    this.concurrency = {
      acquire: (request) => this.acquire(request),
      renew: (lease, leaseMs) => this.renew(lease, leaseMs),
      release: (lease) => this.release(lease),
    };
    this.budgets = {
      reserve: (request) => this.reserveBudget(request),
      settle: (reservation, actual) => this.settleBudget(reservation, actual),
    };
  }

  mode(): LimiterMode {
    return this.currentMode;
  }

  private consume(request: RateLimitRequest): Promise<RateLimitDecision> {
    return this.failOpen(
      () => this.primary.rateLimits.consume(request),
      () => this.fallback.rateLimits.consume(request),
    );
  }

  private async reserveTokens(request: TokenReserveRequest): Promise<TokenDecision> {
    let local = false;
    const decision = await this.failOpen(
      () => this.primary.tokenLimits.reserve(request),
      () => {
        local = true;
        return this.fallback.tokenLimits.reserve(request);
      },
    );
    if (local && decision.allowed) this.local.add(decision.reservation);
    return decision;
  }

  private async settleTokens(reservation: TokenReservation, actual: number): Promise<void> {
    if (this.local.has(reservation)) return this.fallback.tokenLimits.settle(reservation, actual);
    await this.quietly(() => this.primary.tokenLimits.settle(reservation, actual), undefined);
  }

  private async acquire(request: ConcurrencyRequest): Promise<ConcurrencyDecision> {
    let local = false;
    const decision = await this.failOpen(
      () => this.primary.concurrency.acquire(request),
      () => {
        local = true;
        return this.fallback.concurrency.acquire(request);
      },
    );
    if (local && decision.acquired) this.local.add(decision.lease);
    return decision;
  }

  private async renew(
    lease: ConcurrencyLease,
    leaseMs: number,
  ): Promise<ConcurrencyLease | undefined> {
    if (this.local.has(lease)) {
      const renewed = await this.fallback.concurrency.renew(lease, leaseMs);
      if (renewed !== undefined) this.local.add(renewed);
      return renewed;
    }
    // A lease the primary cannot renew right now is kept: the request goes on.
    return this.quietly(() => this.primary.concurrency.renew(lease, leaseMs), lease);
  }

  private async release(lease: ConcurrencyLease): Promise<void> {
    if (this.local.has(lease)) return this.fallback.concurrency.release(lease);
    await this.quietly(() => this.primary.concurrency.release(lease), undefined);
  }

  private async reserveBudget(request: BudgetReserveRequest): Promise<BudgetDecision> {
    if (this.inFallback()) return { status: 'unavailable' };
    try {
      const decision = await this.primary.budgets.reserve(request);
      this.recovered();
      return decision;
    } catch (error) {
      if (isInvalid(error)) throw error;
      this.failed(error);
      return { status: 'unavailable' };
    }
  }

  private settleBudget(reservation: BudgetReservation, actual: number): Promise<BudgetSettlement> {
    const unsettled: BudgetSettlement = {
      settled: false,
      chargedUsd: reservation.amountUsd,
      overrunUsd: Math.max(0, actual - reservation.amountUsd),
    };
    return this.quietly(() => this.primary.budgets.settle(reservation, actual), unsettled);
  }

  private async failOpen<T>(primary: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (this.inFallback()) return fallback();
    try {
      const result = await primary();
      this.recovered();
      return result;
    } catch (error) {
      if (isInvalid(error)) throw error;
      this.failed(error);
      return fallback();
    }
  }

  /** Follow-up calls (settle, renew, release) never throw at the caller and never switch modes. */
  private async quietly<T>(work: () => Promise<T>, otherwise: T): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isInvalid(error)) throw error;
      this.onError(error);
      return otherwise;
    }
  }

  private inFallback(): boolean {
    return this.currentMode === 'fallback' && this.now() < this.fallbackUntilMs;
  }

  private failed(error: unknown): void {
    this.fallbackUntilMs = this.now() + this.retryAfterMs;
    if (this.currentMode === 'fallback') return;
    this.currentMode = 'fallback';
    this.onModeChange('fallback', error);
  }

  private recovered(): void {
    if (this.currentMode === 'primary') return;
    this.currentMode = 'primary';
    this.onModeChange('primary', undefined);
  }
}

function isInvalid(error: unknown): boolean {
  return isStoreError(error) && error.code === 'store_invalid_request';
}
