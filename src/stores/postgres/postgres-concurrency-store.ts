import { randomUUID } from 'node:crypto';
import { checkConcurrencyRequest } from '../check-concurrency-request.js';
import { checkWindowMs } from '../check-quota-arguments.js';
import type {
  ConcurrencyDecision,
  ConcurrencyLease,
  ConcurrencyRequest,
  ConcurrencyStore,
} from '../concurrency-store.js';
import { readBoolean, readNumber } from '../read-column.js';
import { StoreError } from '../store-error.js';
import type { PostgresDatabase } from './postgres-database.js';

export interface PostgresConcurrencyStoreOptions {
  readonly now?: () => number;
  readonly newId?: () => string;
}

const pruneEveryMs = 60_000;

/** Leases in PostgreSQL; an acquire is one call of `lease_acquire` (advisory lock per key). */
export class PostgresConcurrencyStore implements ConcurrencyStore {
  private readonly database: PostgresDatabase;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly acquireSql: string;
  private readonly renewSql: string;
  private readonly releaseSql: string;
  private readonly pruneSql: string;
  private nextPruneMs = 0;

  constructor(database: PostgresDatabase, options: PostgresConcurrencyStoreOptions = {}) {
    this.database = database;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomUUID;
    const s = database.quotedSchema;
    this.acquireSql = `SELECT acquired, active FROM ${s}.lease_acquire($1, $2, $3::bigint, $4::bigint, $5::bigint)`;
    this.renewSql = `UPDATE ${s}.concurrency_leases SET expires_at = $1
      WHERE key = $2 AND lease_id = $3 AND expires_at > $4 RETURNING expires_at`;
    this.releaseSql = `DELETE FROM ${s}.concurrency_leases WHERE key = $1 AND lease_id = $2`;
    this.pruneSql = `DELETE FROM ${s}.concurrency_leases WHERE (key, lease_id) IN
      (SELECT key, lease_id FROM ${s}.concurrency_leases WHERE expires_at <= $1 LIMIT 1000)`;
  }

  async acquire(request: ConcurrencyRequest): Promise<ConcurrencyDecision> {
    checkConcurrencyRequest(request);
    const nowMs = this.now();
    const lease = { key: request.key, id: this.newId(), expiresAtMs: nowMs + request.leaseMs };
    const rows = await this.database.query(
      this.acquireSql,
      [lease.key, lease.id, request.limit, nowMs, lease.expiresAtMs],
      { prepared: true },
    );
    this.pruneNow(nowMs);
    const row = rows[0];
    if (row === undefined) throw new StoreError('store_corrupt', 'lease_acquire returned no row.');
    const active = readNumber(row, 'active');
    if (!readBoolean(row, 'acquired')) return { acquired: false, limit: request.limit, active };
    return { acquired: true, lease, limit: request.limit, active };
  }

  async renew(lease: ConcurrencyLease, leaseMs: number): Promise<ConcurrencyLease | undefined> {
    checkWindowMs(leaseMs);
    const nowMs = this.now();
    const expiresAtMs = nowMs + leaseMs;
    const rows = await this.database.query(
      this.renewSql,
      [expiresAtMs, lease.key, lease.id, nowMs],
      { prepared: true },
    );
    return rows.length === 0 ? undefined : { key: lease.key, id: lease.id, expiresAtMs };
  }

  async release(lease: ConcurrencyLease): Promise<void> {
    await this.database.query(this.releaseSql, [lease.key, lease.id], { prepared: true });
  }

  private pruneNow(nowMs: number): void {
    if (nowMs < this.nextPruneMs) return;
    this.nextPruneMs = nowMs + pruneEveryMs;
    this.database.query(this.pruneSql, [nowMs]).catch(() => undefined);
  }
}
