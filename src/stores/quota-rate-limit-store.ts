import { checkLimitKey, checkQuotaAmount, checkWindowMs } from './check-quota-arguments.js';
import type { QuotaStore } from './quota-store.js';
import type { RateLimitDecision, RateLimitRequest, RateLimitStore } from './rate-limit-store.js';

export interface QuotaRateLimitStoreOptions {
  readonly quotas: QuotaStore;
  readonly now?: () => number;
  /** Prefix of the counter ids, so request counts never share a counter with other limits. */
  readonly namespace?: string;
}

/**
 * Request-rate limiting over any {@link QuotaStore}: a fixed window that starts at a key's first
 * request after the previous window ended (as rate-limiter-flexible counts). A refused request
 * costs nothing, so N concurrent requests against Q remaining admit exactly min(N, Q).
 */
export class QuotaRateLimitStore implements RateLimitStore {
  private readonly quotas: QuotaStore;
  private readonly now: () => number;
  private readonly namespace: string;

  constructor(options: QuotaRateLimitStoreOptions) {
    this.quotas = options.quotas;
    this.now = options.now ?? Date.now;
    this.namespace = options.namespace ?? 'rate:';
  }

  async consume(request: RateLimitRequest): Promise<RateLimitDecision> {
    checkLimitKey(request.key);
    checkQuotaAmount(request.cost, 'cost');
    checkQuotaAmount(request.limit, 'limit');
    checkWindowMs(request.windowMs);
    const nowMs = this.now();
    const counter = {
      id: this.namespace + request.key,
      limit: request.limit,
      windowStartMs: 0,
      windowEndMs: nowMs + request.windowMs,
    };
    const result = await this.quotas.reserve([counter], request.cost, nowMs);
    const state = result.counters[0] ?? { used: 0, windowEndMs: counter.windowEndMs };
    return {
      allowed: result.allowed,
      limit: request.limit,
      remaining: Math.max(0, request.limit - state.used),
      resetMs: Math.max(0, state.windowEndMs - nowMs),
    };
  }
}
