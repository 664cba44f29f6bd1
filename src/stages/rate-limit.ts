import {
  GatewayError,
  reject,
  settleOutcome,
  type Outcome,
  type RequestContext,
  type Stage,
} from '../core/index.js';
import type { ConcurrencyLease, ConcurrencyStore, RateLimitStore } from '../stores/index.js';
import type { ClientLimiter } from './client-limiter.js';

export interface TenantRequestLimits {
  readonly requestsPerMinute: number | null;
  readonly maxConcurrency: number | null;
}

export interface RateLimitStageOptions {
  /** The seed's per-client-IP limit: anonymous traffic and the static SERVICE_API_KEY. */
  readonly clients: ClientLimiter;
  readonly rates: RateLimitStore;
  readonly concurrency: ConcurrencyStore;
  readonly tenants: Readonly<Record<string, TenantRequestLimits>>;
  /** How long a concurrency slot lives without release (a crashed replica's slots free themselves). */
  readonly leaseMs: number;
  readonly onRejected: (context: RequestContext, error: GatewayError) => void;
}

const minute = 60_000;

/**
 * Layer 2: requests per minute and requests in flight. Issued keys are limited per key and per
 * tenant (atomic in the shared store, so the limits hold across replicas); the static
 * SERVICE_API_KEY per client IP, as in the seed. Concurrency slots are released when the answer
 * (a stream included) is over.
 */
export function createRateLimitStage(options: RateLimitStageOptions): Stage {
  async function perMinute(
    context: RequestContext,
    scope: string,
    limit: number,
  ): Promise<GatewayError | undefined> {
    const decision = await options.rates.consume({
      key: `${scope}:rpm`,
      cost: 1,
      limit,
      windowMs: minute,
    });
    const resetSeconds = Math.ceil(decision.resetMs / 1000);
    const name = scope.startsWith('key:') ? 'key' : 'tenant';
    context.responseHeaders['ratelimit-policy'] = `"${name}";q=${limit};w=60`;
    context.responseHeaders.ratelimit = `"${name}";r=${decision.remaining};t=${resetSeconds}`;
    if (decision.allowed) return undefined;
    context.responseHeaders['retry-after'] = String(Math.max(1, resetSeconds));
    return new GatewayError('rate_limited', { retryAfterMs: decision.resetMs });
  }

  return {
    name: 'rate-limit',
    async handle(context, next) {
      const principal = context.principal;
      if (principal === undefined || principal.kind === 'static') {
        const limited = await options.clients.admit(context);
        if (limited !== undefined && limited.type === 'rejection')
          options.onRejected(context, limited.error);
        return limited ?? next();
      }
      const tenant = principal.tenant === undefined ? undefined : options.tenants[principal.tenant];
      const checks: [string, number | null | undefined][] = [
        [`tenant:${principal.tenant ?? ''}`, tenant?.requestsPerMinute],
        [`key:${principal.keyId}`, principal.limits?.requestsPerMinute],
      ];
      for (const [scope, limit] of checks) {
        if (limit === null || limit === undefined) continue;
        const refused = await perMinute(context, scope, limit);
        if (refused !== undefined) {
          options.onRejected(context, refused);
          return reject(refused);
        }
      }

      const leases: ConcurrencyLease[] = [];
      const slots: [string, number | null | undefined][] = [
        [`tenant:${principal.tenant ?? ''}`, tenant?.maxConcurrency],
        [`key:${principal.keyId}`, principal.limits?.maxConcurrency],
      ];
      const release = (): void => {
        for (const lease of leases) void options.concurrency.release(lease).catch(() => undefined);
      };
      for (const [key, limit] of slots) {
        if (limit === null || limit === undefined) continue;
        const decision = await options.concurrency.acquire({
          key,
          limit,
          leaseMs: options.leaseMs,
        });
        if (!decision.acquired) {
          release();
          const refused = new GatewayError('concurrency_limit_exceeded', { retryAfterMs: 1000 });
          options.onRejected(context, refused);
          return reject(refused);
        }
        leases.push(decision.lease);
      }
      if (leases.length === 0) return next();
      let outcome: Outcome;
      try {
        outcome = await next();
      } catch (error) {
        release();
        throw error;
      }
      return settleOutcome(outcome, release);
    },
  };
}
