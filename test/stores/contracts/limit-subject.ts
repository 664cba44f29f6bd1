import type { ConcurrencyStore, QuotaStore } from '../../../src/stores/index.js';

/**
 * How a backend lends itself to the limit contracts: stores for `replicas` independent clients
 * (connections, pools, worker threads) that share one namespace, reading the clock given.
 */
export interface LimitSubject {
  readonly replicas: number;
  /** Budgets ask for `durable` counters, rates for `volatile` ones (where a backend has both). */
  quotas(replica: number, durability: 'durable' | 'volatile'): QuotaStore;
  concurrency(replica: number, now: () => number): ConcurrencyStore;
}

/** Round-robin over the replicas, so concurrent calls really come from different clients. */
export function replicaFor(index: number, subject: LimitSubject): number {
  return index % subject.replicas;
}

/** The item at `index` (wrapping around), which must exist. */
export function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}
