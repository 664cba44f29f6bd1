import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuotaTokenLimitStore, type TokenLimitStore } from '../../../src/stores/index.js';
import { FakeClock, uniqueName } from '../support/fake-clock.js';
import { pick, type LimitSubject } from './limit-subject.js';

/** The `TokenLimitStore` contract: reserve an estimate, settle to the real count. */
export function describeTokenLimitStoreContract(name: string, subject: () => LimitSubject): void {
  describe(`TokenLimitStore contract (${name})`, () => {
    const store = (clock: FakeClock, replica = 0): TokenLimitStore =>
      new QuotaTokenLimitStore({ quotas: subject().quotas(replica, 'volatile'), now: clock.now });

    it('reserves within the limit and refuses an estimate that does not fit', async () => {
      const tokens = store(new FakeClock());
      const key = uniqueName('tpm');
      const first = await tokens.reserve({ key, tokens: 600, limit: 1000, windowMs: 60_000 });
      expect(first).toMatchObject({ allowed: true, remaining: 400, limit: 1000, resetMs: 60_000 });
      const second = await tokens.reserve({ key, tokens: 500, limit: 1000, windowMs: 60_000 });
      expect(second).toMatchObject({ allowed: false, remaining: 400 });
      expect(
        (await tokens.reserve({ key, tokens: 5000, limit: 1000, windowMs: 60_000 })).allowed,
      ).toBe(false);
    });

    it('gives back an over-estimate and charges an under-estimate when settled', async () => {
      const tokens = store(new FakeClock());
      const key = uniqueName('tpm');
      const request = { key, limit: 1000, windowMs: 60_000 };
      const reserved = await tokens.reserve({ ...request, tokens: 800 });
      if (!reserved.allowed) throw new Error('expected a reservation');
      await tokens.settle(reserved.reservation, 300);
      const next = await tokens.reserve({ ...request, tokens: 700 });
      expect(next).toMatchObject({ allowed: true, remaining: 0 });
      if (!next.allowed) throw new Error('expected a reservation');
      await tokens.settle(next.reservation, 900);
      // 300 + 900 = 1200 used: over the limit, so even one token waits for the next window.
      expect(await tokens.reserve({ ...request, tokens: 1 })).toMatchObject({
        allowed: false,
        remaining: 0,
      });
    });

    it('leaves a new window alone when a reservation from the old one is settled', async () => {
      const clock = new FakeClock();
      const tokens = store(clock);
      const key = uniqueName('tpm');
      const request = { key, limit: 100, windowMs: 1000 };
      const old = await tokens.reserve({ ...request, tokens: 100 });
      if (!old.allowed) throw new Error('expected a reservation');
      clock.advance(1000);
      const fresh = await tokens.reserve({ ...request, tokens: 50 });
      expect(fresh).toMatchObject({ allowed: true, remaining: 50 });
      await tokens.settle(old.reservation, 0);
      expect(await tokens.reserve({ ...request, tokens: 51 })).toMatchObject({
        allowed: false,
        remaining: 50,
      });
    });

    it('never reserves more than the limit under concurrent reservations (property)', async () => {
      const clock = new FakeClock();
      const stores = Array.from({ length: subject().replicas }, (_, replica) =>
        store(clock, replica),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 30 }),
          fc.integer({ min: 0, max: 3000 }),
          async (estimates, limit) => {
            const key = uniqueName('tpm-race');
            const decisions = await Promise.all(
              estimates.map((estimate, index) =>
                pick(stores, index).reserve({
                  key,
                  tokens: estimate,
                  limit,
                  windowMs: 60_000,
                }),
              ),
            );
            const admitted = estimates.filter((_, index) => decisions[index]?.allowed === true);
            const total = admitted.reduce((sum, estimate) => sum + estimate, 0);
            expect(total).toBeLessThanOrEqual(limit);
            // Every refusal was necessary: it would not have fitted even beside the final total.
            estimates.forEach((estimate, index) => {
              if (decisions[index]?.allowed === false)
                expect(total + estimate).toBeGreaterThan(limit);
            });
          },
        ),
        { numRuns: 20 },
      );
    });
  });
}
