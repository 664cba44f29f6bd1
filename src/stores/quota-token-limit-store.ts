import { checkLimitKey, checkQuotaAmount, checkWindowMs } from './check-quota-arguments.js';
import type { QuotaStore } from './quota-store.js';
import type {
  TokenDecision,
  TokenLimitStore,
  TokenReservation,
  TokenReserveRequest,
} from './token-limit-store.js';

export interface QuotaTokenLimitStoreOptions {
  readonly quotas: QuotaStore;
  readonly now?: () => number;
  readonly namespace?: string;
}

/** {@link TokenLimitStore} over any {@link QuotaStore}; windows start at a key's first use. */
export class QuotaTokenLimitStore implements TokenLimitStore {
  private readonly quotas: QuotaStore;
  private readonly now: () => number;
  private readonly namespace: string;

  constructor(options: QuotaTokenLimitStoreOptions) {
    this.quotas = options.quotas;
    this.now = options.now ?? Date.now;
    this.namespace = options.namespace ?? 'tokens:';
  }

  async reserve(request: TokenReserveRequest): Promise<TokenDecision> {
    checkLimitKey(request.key);
    checkQuotaAmount(request.tokens, 'tokens');
    checkQuotaAmount(request.limit, 'limit');
    checkWindowMs(request.windowMs);
    const nowMs = this.now();
    const counter = {
      id: this.namespace + request.key,
      limit: request.limit,
      windowStartMs: 0,
      windowEndMs: nowMs + request.windowMs,
    };
    const result = await this.quotas.reserve([counter], request.tokens, nowMs);
    const state = result.counters[0] ?? { used: 0, windowEndMs: counter.windowEndMs };
    const remaining = Math.max(0, request.limit - state.used);
    const resetMs = Math.max(0, state.windowEndMs - nowMs);
    if (!result.allowed) return { allowed: false, limit: request.limit, remaining, resetMs };
    const reservation: TokenReservation = {
      key: request.key,
      tokens: request.tokens,
      window: { id: counter.id, windowEndMs: state.windowEndMs },
    };
    return { allowed: true, reservation, limit: request.limit, remaining, resetMs };
  }

  async settle(reservation: TokenReservation, actualTokens: number): Promise<void> {
    checkQuotaAmount(actualTokens, 'actualTokens');
    const delta = actualTokens - reservation.tokens;
    if (delta !== 0) await this.quotas.adjust([reservation.window], delta);
  }
}
