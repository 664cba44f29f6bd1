import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { checkConcurrencyRequest } from '../check-concurrency-request.js';
import { checkWindowMs } from '../check-quota-arguments.js';
import type {
  ConcurrencyDecision,
  ConcurrencyLease,
  ConcurrencyRequest,
  ConcurrencyStore,
} from '../concurrency-store.js';
import { toNumber } from '../read-column.js';
import { toStoreError } from '../store-error.js';
import type { SqliteDatabase } from './open-sqlite-database.js';

export interface SqliteConcurrencyStoreOptions {
  readonly now?: () => number;
  readonly newId?: () => string;
}

const pruneEveryMs = 60_000;

/** Leases in SQLite; each acquire is one BEGIN IMMEDIATE transaction (expire, count, insert). */
export class SqliteConcurrencyStore implements ConcurrencyStore {
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly expire: Statement;
  private readonly count: Statement;
  private readonly insert: Statement;
  private readonly extend: Statement;
  private readonly remove: Statement;
  private readonly prune: Statement;
  private readonly acquireTransaction: (
    request: ConcurrencyRequest,
    id: string,
    nowMs: number,
  ) => ConcurrencyDecision;
  private nextPruneMs = 0;

  constructor(database: SqliteDatabase, options: SqliteConcurrencyStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomUUID;
    this.expire = database.prepare(
      'DELETE FROM concurrency_leases WHERE key = ? AND expires_at <= ?',
    );
    this.count = database.prepare('SELECT COUNT(*) FROM concurrency_leases WHERE key = ?').pluck();
    this.insert = database.prepare(
      'INSERT INTO concurrency_leases (key, lease_id, expires_at) VALUES (?, ?, ?)',
    );
    this.extend = database.prepare(
      'UPDATE concurrency_leases SET expires_at = ? WHERE key = ? AND lease_id = ? AND expires_at > ?',
    );
    this.remove = database.prepare('DELETE FROM concurrency_leases WHERE key = ? AND lease_id = ?');
    this.prune = database.prepare(
      `DELETE FROM concurrency_leases WHERE (key, lease_id) IN
         (SELECT key, lease_id FROM concurrency_leases WHERE expires_at <= ? LIMIT 1000)`,
    );
    const acquire = database.transaction(
      (request: ConcurrencyRequest, id: string, nowMs: number) => {
        this.expire.run(request.key, nowMs);
        const active = toNumber(this.count.get(request.key)) ?? 0;
        if (active >= request.limit)
          return { acquired: false as const, limit: request.limit, active };
        const lease = { key: request.key, id, expiresAtMs: nowMs + request.leaseMs };
        this.insert.run(lease.key, lease.id, lease.expiresAtMs);
        return { acquired: true as const, lease, limit: request.limit, active: active + 1 };
      },
    );
    this.acquireTransaction = (request, id, nowMs) => acquire.immediate(request, id, nowMs);
  }

  acquire(request: ConcurrencyRequest): Promise<ConcurrencyDecision> {
    const nowMs = this.now();
    try {
      checkConcurrencyRequest(request);
      const decision = this.acquireTransaction(request, this.newId(), nowMs);
      if (nowMs >= this.nextPruneMs) {
        this.nextPruneMs = nowMs + pruneEveryMs;
        this.prune.run(nowMs);
      }
      return Promise.resolve(decision);
    } catch (error) {
      return Promise.reject(toStoreError(error, 'SQLite lease acquire'));
    }
  }

  renew(lease: ConcurrencyLease, leaseMs: number): Promise<ConcurrencyLease | undefined> {
    const nowMs = this.now();
    try {
      checkWindowMs(leaseMs);
      const expiresAtMs = nowMs + leaseMs;
      const changed = this.extend.run(expiresAtMs, lease.key, lease.id, nowMs).changes;
      return Promise.resolve(
        changed === 0 ? undefined : { key: lease.key, id: lease.id, expiresAtMs },
      );
    } catch (error) {
      return Promise.reject(toStoreError(error, 'SQLite lease renew'));
    }
  }

  release(lease: ConcurrencyLease): Promise<void> {
    try {
      this.remove.run(lease.key, lease.id);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(toStoreError(error, 'SQLite lease release'));
    }
  }
}
