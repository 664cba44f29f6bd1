import { GatewayError, reject, type Outcome, type RequestContext } from '../core/index.js';
import type { RateLimitStore } from '../stores/index.js';

export interface ClientLimit {
  readonly points: number;
  readonly windowMs: number;
}

/**
 * The per-client-IP limit (the seed's `RATE_LIMIT`). Admits or refuses one request and writes the
 * `RateLimit` / `RateLimit-Policy` headers (draft-ietf-httpapi-ratelimit-headers-10) and, when
 * refused, `Retry-After`. Shared by the authenticate stage, which charges failed attempts, and the
 * rate-limit stage, which charges the rest: a key guess costs as much as a request.
 */
export class ClientLimiter {
  private readonly policy: string;

  constructor(
    private readonly store: RateLimitStore,
    private readonly limit: ClientLimit,
  ) {
    this.policy = `"ip";q=${limit.points};w=${Math.ceil(limit.windowMs / 1000)}`;
  }

  /** Undefined when admitted; a rejection when the client is over its limit. */
  async admit(context: RequestContext): Promise<Outcome | undefined> {
    const decision = await this.store.consume({
      key: `ip:${context.clientIp}`,
      cost: 1,
      limit: this.limit.points,
      windowMs: this.limit.windowMs,
    });
    const resetSeconds = Math.ceil(decision.resetMs / 1000);
    context.responseHeaders['ratelimit-policy'] = this.policy;
    context.responseHeaders.ratelimit = `"ip";r=${decision.remaining};t=${resetSeconds}`;
    if (decision.allowed) return undefined;
    context.responseHeaders['retry-after'] = String(Math.max(1, resetSeconds));
    return reject(new GatewayError('rate_limited', { retryAfterMs: decision.resetMs }));
  }
}
