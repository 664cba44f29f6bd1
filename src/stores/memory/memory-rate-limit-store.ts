import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitDecision, RateLimitRequest, RateLimitStore } from '../rate-limit-store.js';

/**
 * A process-local fixed-window limiter on rate-limiter-flexible. One limiter per (limit, window)
 * pair, created on first use; the library's rejected promise is turned back into a decision.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly limiters = new Map<string, RateLimiterMemory>();

  async consume(request: RateLimitRequest): Promise<RateLimitDecision> {
    const limiter = this.limiterFor(request.limit, request.windowMs);
    try {
      const result = await limiter.consume(request.key, request.cost);
      return decision(true, request.limit, result);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return decision(false, request.limit, rejection);
      throw rejection;
    }
  }

  private limiterFor(limit: number, windowMs: number): RateLimiterMemory {
    const id = `${limit}/${windowMs}`;
    let limiter = this.limiters.get(id);
    if (limiter === undefined) {
      // The library counts whole seconds; sub-second windows round up to one second.
      limiter = new RateLimiterMemory({
        points: limit,
        duration: Math.max(1, Math.ceil(windowMs / 1000)),
      });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}

function decision(allowed: boolean, limit: number, result: RateLimiterRes): RateLimitDecision {
  return {
    allowed,
    limit,
    remaining: Math.max(0, result.remainingPoints),
    resetMs: Math.max(0, result.msBeforeNext),
  };
}
