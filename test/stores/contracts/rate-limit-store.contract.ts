import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuotaRateLimitStore, type RateLimitStore } from '../../../src/stores/index.js';
import { FakeClock, uniqueName } from '../support/fake-clock.js';
import { pick, type LimitSubject } from './limit-subject.js';

/** The `RateLimitStore` contract, for any backend's quota counters. */
export function describeRateLimitStoreContract(name: string, subject: () => LimitSubject): void {
  describe(`RateLimitStore contract (${name})`, () => {
    const store = (clock: FakeClock, replica = 0): RateLimitStore =>
      new QuotaRateLimitStore({ quotas: subject().quotas(replica, 'volatile'), now: clock.now });

    it('admits up to the limit, then refuses, with remaining and reset', async () => {
      const clock = new FakeClock();
      const limiter = store(clock);
      const key = uniqueName('rate');
      const request = { key, cost: 1, limit: 3, windowMs: 60_000 };
      const decisions = [];
      for (let index = 0; index < 4; index += 1) decisions.push(await limiter.consume(request));
      expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
      expect(decisions.map((decision) => decision.remaining)).toEqual([2, 1, 0, 0]);
      for (const decision of decisions) {
        expect(decision.limit).toBe(3);
        expect(decision.resetMs).toBe(60_000);
      }
    });

    it('charges nothing for a refused request, so a smaller one still fits', async () => {
      const limiter = store(new FakeClock());
      const key = uniqueName('rate');
      expect((await limiter.consume({ key, cost: 8, limit: 10, windowMs: 1000 })).remaining).toBe(
        2,
      );
      expect((await limiter.consume({ key, cost: 5, limit: 10, windowMs: 1000 })).allowed).toBe(
        false,
      );
      const small = await limiter.consume({ key, cost: 2, limit: 10, windowMs: 1000 });
      expect(small).toMatchObject({ allowed: true, remaining: 0 });
    });

    it('starts a new window when the old one has ended, and counts keys apart', async () => {
      const clock = new FakeClock();
      const limiter = store(clock);
      const key = uniqueName('rate');
      const other = uniqueName('rate');
      await limiter.consume({ key, cost: 2, limit: 2, windowMs: 1000 });
      expect(
        (await limiter.consume({ key: other, cost: 1, limit: 2, windowMs: 1000 })).allowed,
      ).toBe(true);
      clock.advance(400);
      const refused = await limiter.consume({ key, cost: 1, limit: 2, windowMs: 1000 });
      expect(refused).toMatchObject({ allowed: false, resetMs: 600 });
      clock.advance(600);
      const fresh = await limiter.consume({ key, cost: 1, limit: 2, windowMs: 1000 });
      expect(fresh).toMatchObject({ allowed: true, remaining: 1, resetMs: 1000 });
    });

    it('refuses everything at a limit of zero and rejects malformed requests', async () => {
      const limiter = store(new FakeClock());
      const key = uniqueName('rate');
      expect((await limiter.consume({ key, cost: 1, limit: 0, windowMs: 1000 })).allowed).toBe(
        false,
      );
      await expect(
        limiter.consume({ key, cost: -1, limit: 5, windowMs: 1000 }),
      ).rejects.toMatchObject({
        code: 'store_invalid_request',
      });
      await expect(
        limiter.consume({ key, cost: 1.5, limit: 5, windowMs: 1000 }),
      ).rejects.toMatchObject({
        code: 'store_invalid_request',
      });
      await expect(
        limiter.consume({ key: '', cost: 1, limit: 5, windowMs: 1000 }),
      ).rejects.toMatchObject({
        code: 'store_invalid_request',
      });
    });

    it('admits exactly min(N, Q) of N concurrent requests from several clients (property)', async () => {
      const clock = new FakeClock();
      const limiters = Array.from({ length: subject().replicas }, (_, replica) =>
        store(clock, replica),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 40 }),
          fc.integer({ min: 0, max: 30 }),
          fc.integer({ min: 0, max: 10 }),
          async (requests, remaining, used) => {
            const key = uniqueName('rate-race');
            const limit = remaining + used;
            if (used > 0) await limiters[0]?.consume({ key, cost: used, limit, windowMs: 60_000 });
            const decisions = await Promise.all(
              Array.from({ length: requests }, (_, index) => {
                return pick(limiters, index).consume({ key, cost: 1, limit, windowMs: 60_000 });
              }),
            );
            const admitted = decisions.filter((decision) => decision?.allowed === true).length;
            expect(admitted).toBe(Math.min(requests, remaining));
          },
        ),
        { numRuns: 25 },
      );
    });
  });
}
