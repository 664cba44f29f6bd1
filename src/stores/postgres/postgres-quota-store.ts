import type { QuotaCounter, QuotaResult, QuotaStore, QuotaWindow } from '../quota-store.js';
import { readBoolean, readNumberArray } from '../read-column.js';
import { StoreError } from '../store-error.js';
import type { PostgresDatabase } from './postgres-database.js';

const pruneEveryMs = 60_000;

export interface PostgresQuotaStoreOptions {
  /**
   * `durable` (the default, for money budgets) counts in a logged table; `volatile` (for request
   * and token rates) in an UNLOGGED one: commits skip the WAL flush, and a crash resets it.
   */
  readonly durability?: 'durable' | 'volatile';
}

/**
 * Quota counters in PostgreSQL. A reservation is one call of the `quota_reserve` function (one
 * round trip, one transaction, the counters' rows locked FOR UPDATE in id order), so replicas
 * never interleave between reading and writing a counter.
 */
export class PostgresQuotaStore implements QuotaStore {
  private readonly database: PostgresDatabase;
  private readonly reserveSql: string;
  private readonly adjustSql: string;
  private readonly pruneSql: string;
  private nextPruneMs = 0;

  constructor(database: PostgresDatabase, options: PostgresQuotaStoreOptions = {}) {
    this.database = database;
    const s = database.quotedSchema;
    const name = options.durability === 'volatile' ? 'volatile_quota' : 'quota';
    this.reserveSql = `SELECT allowed, used, window_ends FROM ${s}.${name}_reserve($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint, $6::bigint)`;
    this.adjustSql = `SELECT ${s}.${name}_adjust($1::text[], $2::bigint[], $3::bigint)`;
    this.pruneSql = `DELETE FROM ${s}.${name}_counters WHERE id IN
      (SELECT id FROM ${s}.${name}_counters WHERE window_end <= $1 LIMIT 1000)`;
  }

  async reserve(
    counters: readonly QuotaCounter[],
    amount: number,
    nowMs: number,
  ): Promise<QuotaResult> {
    const rows = await this.database.query(
      this.reserveSql,
      [
        counters.map((counter) => counter.id),
        counters.map((counter) => counter.limit),
        counters.map((counter) => counter.windowStartMs),
        counters.map((counter) => counter.windowEndMs),
        amount,
        nowMs,
      ],
      { prepared: true },
    );
    this.pruneNow(nowMs);
    const row = rows[0];
    if (row === undefined) throw new StoreError('store_corrupt', 'quota_reserve returned no row.');
    const used = readNumberArray(row, 'used');
    const ends = readNumberArray(row, 'window_ends');
    return {
      allowed: readBoolean(row, 'allowed'),
      counters: used.map((value, index) => ({ used: value, windowEndMs: ends[index] ?? 0 })),
    };
  }

  async adjust(windows: readonly QuotaWindow[], delta: number): Promise<void> {
    await this.database.query(
      this.adjustSql,
      [windows.map((window) => window.id), windows.map((window) => window.windowEndMs), delta],
      { prepared: true },
    );
  }

  /** Deletes ended windows in the background, at most once a minute per process. */
  private pruneNow(nowMs: number): void {
    if (nowMs < this.nextPruneMs) return;
    this.nextPruneMs = nowMs + pruneEveryMs;
    this.database.query(this.pruneSql, [nowMs]).catch(() => undefined);
  }
}
