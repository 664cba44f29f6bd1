import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import {
  MemoryConcurrencyStore,
  MemoryQuotaStore,
  QuotaBudgetStore,
  QuotaRateLimitStore,
  QuotaTokenLimitStore,
  RedisConcurrencyStore,
  RedisQuotaStore,
  ResilientLimits,
  StoreError,
  type ConcurrencyStore,
  type LimiterMode,
  type QuotaCounter,
  type QuotaResult,
  type QuotaStore,
  type QuotaWindow,
} from '../../src/stores/index.js';
import { FakeClock } from './support/fake-clock.js';

/** A quota store that can be switched off, and counts the calls that reached it. */
class SwitchableQuotaStore implements QuotaStore {
  down = false;
  calls = 0;
  private readonly inner = new MemoryQuotaStore();

  reserve(counters: readonly QuotaCounter[], amount: number, nowMs: number): Promise<QuotaResult> {
    this.calls += 1;
    if (this.down) return Promise.reject(new StoreError('store_unavailable', 'connection refused'));
    return this.inner.reserve(counters, amount, nowMs);
  }

  adjust(windows: readonly QuotaWindow[], delta: number): Promise<void> {
    this.calls += 1;
    if (this.down) return Promise.reject(new StoreError('store_unavailable', 'connection refused'));
    return this.inner.adjust(windows, delta);
  }
}

function resilientOver(quotas: QuotaStore, concurrency: ConcurrencyStore, clock: FakeClock) {
  const modes: LimiterMode[] = [];
  const errors: unknown[] = [];
  const fallbackQuotas = new MemoryQuotaStore();
  const limits = new ResilientLimits({
    primary: {
      rateLimits: new QuotaRateLimitStore({ quotas, now: clock.now }),
      tokenLimits: new QuotaTokenLimitStore({ quotas, now: clock.now }),
      concurrency,
      budgets: new QuotaBudgetStore({ quotas, now: clock.now }),
    },
    fallback: {
      rateLimits: new QuotaRateLimitStore({ quotas: fallbackQuotas, now: clock.now }),
      tokenLimits: new QuotaTokenLimitStore({ quotas: fallbackQuotas, now: clock.now }),
      concurrency: new MemoryConcurrencyStore({ now: clock.now }),
    },
    retryAfterMs: 1000,
    now: clock.now,
    onModeChange: (mode) => modes.push(mode),
    onError: (error) => errors.push(error),
  });
  return { limits, modes, errors };
}

const budget = { limits: [{ scope: 'key:a', period: 'day' as const, limitUsd: 10 }], amountUsd: 1 };

describe('ResilientLimits', () => {
  it('fails open to local limits and closed for budgets, then recovers', async () => {
    const clock = new FakeClock();
    const quotas = new SwitchableQuotaStore();
    const { limits, modes } = resilientOver(
      quotas,
      new MemoryConcurrencyStore({ now: clock.now }),
      clock,
    );
    const request = { key: 'ip:1', cost: 1, limit: 2, windowMs: 60_000 };
    expect((await limits.rateLimits.consume(request)).allowed).toBe(true);
    expect((await limits.budgets.reserve(budget)).status).toBe('reserved');

    quotas.down = true;
    // The local limiter still limits: two more fit its own fresh window, the third does not.
    expect((await limits.rateLimits.consume(request)).allowed).toBe(true);
    expect(limits.mode()).toBe('fallback');
    expect((await limits.rateLimits.consume(request)).allowed).toBe(true);
    expect((await limits.rateLimits.consume(request)).allowed).toBe(false);
    expect(await limits.budgets.reserve(budget)).toEqual({ status: 'unavailable' });
    expect(quotas.calls).toBe(3);

    quotas.down = false;
    clock.advance(1000);
    expect((await limits.rateLimits.consume(request)).allowed).toBe(true);
    expect(limits.mode()).toBe('primary');
    expect((await limits.rateLimits.consume(request)).allowed).toBe(false);
    expect(modes).toEqual(['fallback', 'primary']);
  });

  it('settles and releases where the reservation was made, and never throws on follow-ups', async () => {
    const clock = new FakeClock();
    const quotas = new SwitchableQuotaStore();
    const { limits, errors } = resilientOver(
      quotas,
      new MemoryConcurrencyStore({ now: clock.now }),
      clock,
    );
    const primaryReservation = await limits.tokenLimits.reserve({
      key: 'k',
      tokens: 10,
      limit: 100,
      windowMs: 60_000,
    });
    const reserved = await limits.budgets.reserve(budget);
    quotas.down = true;
    const localReservation = await limits.tokenLimits.reserve({
      key: 'k',
      tokens: 10,
      limit: 100,
      windowMs: 60_000,
    });
    const before = quotas.calls;
    if (
      !localReservation.allowed ||
      !primaryReservation.allowed ||
      reserved.status !== 'reserved'
    ) {
      throw new Error('expected reservations');
    }
    await limits.tokenLimits.settle(localReservation.reservation, 5);
    expect(quotas.calls).toBe(before);
    await limits.tokenLimits.settle(primaryReservation.reservation, 5);
    expect(await limits.budgets.settle(reserved.reservation, 0.5)).toEqual({
      settled: false,
      chargedUsd: 1,
      overrunUsd: 0,
    });
    expect(errors).toHaveLength(2);
  });

  it('rethrows a malformed request instead of treating it as an outage', async () => {
    const clock = new FakeClock();
    const { limits } = resilientOver(
      new SwitchableQuotaStore(),
      new MemoryConcurrencyStore({ now: clock.now }),
      clock,
    );
    await expect(
      limits.rateLimits.consume({ key: 'k', cost: -1, limit: 1, windowMs: 1 }),
    ).rejects.toMatchObject({
      code: 'store_invalid_request',
    });
    expect(limits.mode()).toBe('primary');
  });

  it('keeps limiting locally when Redis cannot be reached at all', async () => {
    const clock = new FakeClock();
    const unreachable = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    unreachable.on('error', () => undefined);
    const quotas = new RedisQuotaStore(unreachable, 'lsg-unreachable:');
    await expect(quotas.reserve([], 1, clock.now())).rejects.toMatchObject({
      code: 'store_unavailable',
    });
    const concurrency = new RedisConcurrencyStore({
      client: unreachable,
      prefix: 'lsg-unreachable:',
      now: clock.now,
    });
    const { limits, modes } = resilientOver(quotas, concurrency, clock);
    const started = Date.now();
    expect(
      (await limits.rateLimits.consume({ key: 'ip:1', cost: 1, limit: 1, windowMs: 1000 })).allowed,
    ).toBe(true);
    expect(
      (await limits.rateLimits.consume({ key: 'ip:1', cost: 1, limit: 1, windowMs: 1000 })).allowed,
    ).toBe(false);
    const lease = await limits.concurrency.acquire({ key: 'k', limit: 1, leaseMs: 1000 });
    expect(lease.acquired).toBe(true);
    if (lease.acquired) await limits.concurrency.release(lease.lease);
    expect(await limits.budgets.reserve(budget)).toEqual({ status: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(modes).toEqual(['fallback']);
    unreachable.disconnect();
  });
});
