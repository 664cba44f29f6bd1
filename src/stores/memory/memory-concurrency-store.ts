import { randomUUID } from 'node:crypto';
import { checkConcurrencyRequest } from '../check-concurrency-request.js';
import { checkWindowMs } from '../check-quota-arguments.js';
import { promiseOf } from '../promise-of.js';
import type {
  ConcurrencyDecision,
  ConcurrencyLease,
  ConcurrencyRequest,
  ConcurrencyStore,
} from '../concurrency-store.js';

export interface MemoryConcurrencyStoreOptions {
  readonly now?: () => number;
  readonly newId?: () => string;
}

/** Leases in a map of maps, for one process. Expired leases are dropped when their key is used. */
export class MemoryConcurrencyStore implements ConcurrencyStore {
  private readonly leases = new Map<string, Map<string, number>>();
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(options: MemoryConcurrencyStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomUUID;
  }

  acquire(request: ConcurrencyRequest): Promise<ConcurrencyDecision> {
    return promiseOf((): ConcurrencyDecision => {
      checkConcurrencyRequest(request);
      const nowMs = this.now();
      const held = this.live(request.key, nowMs);
      if (held.size >= request.limit)
        return { acquired: false, limit: request.limit, active: held.size };
      const lease = { key: request.key, id: this.newId(), expiresAtMs: nowMs + request.leaseMs };
      held.set(lease.id, lease.expiresAtMs);
      this.leases.set(request.key, held);
      return { acquired: true, lease, limit: request.limit, active: held.size };
    });
  }

  renew(lease: ConcurrencyLease, leaseMs: number): Promise<ConcurrencyLease | undefined> {
    return promiseOf(() => {
      checkWindowMs(leaseMs);
      const nowMs = this.now();
      const held = this.live(lease.key, nowMs);
      if (!held.has(lease.id)) return undefined;
      const renewed = { key: lease.key, id: lease.id, expiresAtMs: nowMs + leaseMs };
      held.set(lease.id, renewed.expiresAtMs);
      return renewed;
    });
  }

  release(lease: ConcurrencyLease): Promise<void> {
    const held = this.leases.get(lease.key);
    held?.delete(lease.id);
    if (held?.size === 0) this.leases.delete(lease.key);
    return Promise.resolve();
  }

  /** The key's unexpired leases (expired ones removed); an empty map when it has none. */
  private live(key: string, nowMs: number): Map<string, number> {
    const held = this.leases.get(key);
    if (held === undefined) return new Map();
    for (const [id, expiresAtMs] of held) {
      if (expiresAtMs <= nowMs) held.delete(id);
    }
    if (held.size === 0) this.leases.delete(key);
    return held;
  }
}
