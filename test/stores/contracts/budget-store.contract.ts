import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuotaBudgetStore, type BudgetLimit, type BudgetStore } from '../../../src/stores/index.js';
import { FakeClock, uniqueName } from '../support/fake-clock.js';
import { pick, type LimitSubject } from './limit-subject.js';

/** The `BudgetStore` contract: money caps per scope, per day and month, never exceeded. */
export function describeBudgetStoreContract(name: string, subject: () => LimitSubject): void {
  describe(`BudgetStore contract (${name})`, () => {
    const store = (clock: FakeClock, replica = 0): BudgetStore =>
      new QuotaBudgetStore({ quotas: subject().quotas(replica, 'durable'), now: clock.now });
    const daily = (scope: string, limitUsd: number): BudgetLimit => ({
      scope,
      period: 'day',
      limitUsd,
    });

    it('reserves up to the cap exactly and reports the limit that refused', async () => {
      const budgets = store(new FakeClock());
      const scope = uniqueName('key');
      const limits = [daily(scope, 1)];
      for (let index = 0; index < 10; index += 1) {
        expect((await budgets.reserve({ limits, amountUsd: 0.1 })).status).toBe('reserved');
      }
      const refused = await budgets.reserve({ limits, amountUsd: 0.000001 });
      expect(refused).toMatchObject({ status: 'exceeded', limit: limits[0], remainingUsd: 0 });
      if (refused.status === 'exceeded') expect(refused.resetMs).toBe(12 * 3600 * 1000);
    });

    it('settles to the real cost, and reports an overrun', async () => {
      const budgets = store(new FakeClock());
      const limits = [daily(uniqueName('key'), 1)];
      const decision = await budgets.reserve({ limits, amountUsd: 0.9 });
      if (decision.status !== 'reserved') throw new Error('expected a reservation');
      expect(decision.remainingUsd).toBeCloseTo(0.1, 9);
      expect(await budgets.settle(decision.reservation, 0.25)).toEqual({
        settled: true,
        chargedUsd: 0.25,
        overrunUsd: 0,
      });
      expect((await budgets.reserve({ limits, amountUsd: 0.75 })).status).toBe('reserved');
      expect((await budgets.reserve({ limits, amountUsd: 0.001 })).status).toBe('exceeded');
      const small = await budgets.reserve({
        limits: [daily(uniqueName('key'), 1)],
        amountUsd: 0.1,
      });
      if (small.status !== 'reserved') throw new Error('expected a reservation');
      expect((await budgets.settle(small.reservation, 0.3)).overrunUsd).toBeCloseTo(0.2, 9);
    });

    it('is all-or-nothing across scopes and periods', async () => {
      const budgets = store(new FakeClock());
      const key = uniqueName('key');
      const tenant = uniqueName('tenant');
      const limits: BudgetLimit[] = [
        daily(key, 5),
        { scope: key, period: 'month', limitUsd: 50 },
        daily(tenant, 1),
      ];
      expect((await budgets.reserve({ limits, amountUsd: 0.8 })).status).toBe('reserved');
      const refused = await budgets.reserve({ limits, amountUsd: 0.5 });
      expect(refused).toMatchObject({ status: 'exceeded', limit: { scope: tenant } });
      // The refused reservation charged nothing to the key's own counters.
      const keyOnly = await budgets.reserve({ limits: [daily(key, 5)], amountUsd: 4.2 });
      expect(keyOnly.status).toBe('reserved');
    });

    it('starts a new day at midnight UTC while the month keeps counting', async () => {
      const clock = new FakeClock();
      const budgets = store(clock);
      const key = uniqueName('key');
      const limits: BudgetLimit[] = [daily(key, 1), { scope: key, period: 'month', limitUsd: 1.5 }];
      expect((await budgets.reserve({ limits, amountUsd: 1 })).status).toBe('reserved');
      expect((await budgets.reserve({ limits, amountUsd: 0.1 })).status).toBe('exceeded');
      clock.advance(12 * 3600 * 1000);
      expect((await budgets.reserve({ limits, amountUsd: 0.5 })).status).toBe('reserved');
      const monthly = await budgets.reserve({ limits, amountUsd: 0.1 });
      expect(monthly).toMatchObject({ status: 'exceeded', limit: { period: 'month' } });
    });

    it('never spends past the cap under concurrent reservations from several clients (property)', async () => {
      const clock = new FakeClock();
      const stores = Array.from({ length: subject().replicas }, (_, replica) =>
        store(clock, replica),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 30 }),
          fc.integer({ min: 0, max: 5000 }),
          async (cents, capCents) => {
            const limits = [daily(uniqueName('race'), capCents / 100)];
            const decisions = await Promise.all(
              cents.map((amount, index) =>
                pick(stores, index).reserve({ limits, amountUsd: amount / 100 }),
              ),
            );
            const admitted = cents.filter((_, index) => decisions[index]?.status === 'reserved');
            const spent = admitted.reduce((sum, amount) => sum + amount, 0);
            expect(spent).toBeLessThanOrEqual(capCents);
            cents.forEach((amount, index) => {
              if (decisions[index]?.status === 'exceeded')
                expect(spent + amount).toBeGreaterThan(capCents);
            });
          },
        ),
        { numRuns: 20 },
      );
    });

    it('ends with exactly the settled spend after racing reserve-and-settle cycles', async () => {
      const clock = new FakeClock();
      const stores = Array.from({ length: subject().replicas }, (_, replica) =>
        store(clock, replica),
      );
      const limits = [daily(uniqueName('settle-race'), 10)];
      const outcomes = await Promise.all(
        Array.from({ length: 24 }, async (_, index) => {
          const budgets = pick(stores, index);
          const decision = await budgets.reserve({ limits, amountUsd: 1 });
          if (decision?.status !== 'reserved') return 0;
          await budgets.settle(decision.reservation, 0.25);
          return 0.25;
        }),
      );
      const spent = outcomes.reduce((sum: number, amount) => sum + amount, 0);
      expect(spent).toBeGreaterThan(0);
      const budgets = pick(stores, 0);
      expect((await budgets.reserve({ limits, amountUsd: 10 - spent }))?.status).toBe('reserved');
      expect((await budgets.reserve({ limits, amountUsd: 0.000001 }))?.status).toBe('exceeded');
    });
  });
}
