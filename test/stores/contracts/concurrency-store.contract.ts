import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeClock, uniqueName } from '../support/fake-clock.js';
import { pick, type LimitSubject } from './limit-subject.js';

/** The `ConcurrencyStore` contract: at most `limit` leases per key, freed on release or expiry. */
export function describeConcurrencyStoreContract(name: string, subject: () => LimitSubject): void {
  describe(`ConcurrencyStore contract (${name})`, () => {
    it('holds up to the limit and frees a slot on release (twice is harmless)', async () => {
      const clock = new FakeClock();
      const store = subject().concurrency(0, clock.now);
      const key = uniqueName('slots');
      const request = { key, limit: 2, leaseMs: 30_000 };
      const first = await store.acquire(request);
      const second = await store.acquire(request);
      expect(first).toMatchObject({ acquired: true, active: 1, limit: 2 });
      expect(second).toMatchObject({ acquired: true, active: 2 });
      expect(await store.acquire(request)).toEqual({ acquired: false, active: 2, limit: 2 });
      if (!first.acquired) throw new Error('expected a lease');
      expect(first.lease.expiresAtMs).toBe(clock.now() + 30_000);
      await store.release(first.lease);
      await store.release(first.lease);
      expect(await store.acquire(request)).toMatchObject({ acquired: true, active: 2 });
    });

    it('frees the slots of a crashed holder when their leases expire', async () => {
      const clock = new FakeClock();
      const store = subject().concurrency(0, clock.now);
      const key = uniqueName('slots');
      const request = { key, limit: 1, leaseMs: 5000 };
      expect((await store.acquire(request)).acquired).toBe(true);
      clock.advance(4999);
      expect((await store.acquire(request)).acquired).toBe(false);
      clock.advance(1);
      expect(await store.acquire(request)).toMatchObject({ acquired: true, active: 1 });
    });

    it('renews a live lease and refuses to renew an expired one', async () => {
      const clock = new FakeClock();
      const store = subject().concurrency(0, clock.now);
      const key = uniqueName('slots');
      const request = { key, limit: 1, leaseMs: 5000 };
      const decision = await store.acquire(request);
      if (!decision.acquired) throw new Error('expected a lease');
      clock.advance(4000);
      const renewed = await store.renew(decision.lease, 5000);
      expect(renewed).toEqual({ key, id: decision.lease.id, expiresAtMs: clock.now() + 5000 });
      clock.advance(4000);
      expect((await store.acquire(request)).acquired).toBe(false);
      clock.advance(1000);
      expect(await store.renew(decision.lease, 5000)).toBeUndefined();
    });

    it('grants exactly min(N, limit) of N concurrent acquires from several clients (property)', async () => {
      const clock = new FakeClock();
      const stores = Array.from({ length: subject().replicas }, (_, replica) =>
        subject().concurrency(replica, clock.now),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 30 }),
          fc.integer({ min: 0, max: 20 }),
          async (requests, limit) => {
            const key = uniqueName('slots-race');
            const decisions = await Promise.all(
              Array.from({ length: requests }, (_, index) =>
                pick(stores, index).acquire({ key, limit, leaseMs: 60_000 }),
              ),
            );
            const granted = decisions.filter((decision) => decision?.acquired === true);
            expect(granted.length).toBe(Math.min(requests, limit));
            const ids = new Set(
              granted.map((decision) => (decision?.acquired === true ? decision.lease.id : '')),
            );
            expect(ids.size).toBe(granted.length);
          },
        ),
        { numRuns: 20 },
      );
    });
  });
}
