import type { Statement } from 'better-sqlite3';
import type {
  QuotaCounter,
  QuotaCounterState,
  QuotaResult,
  QuotaStore,
  QuotaWindow,
} from '../quota-store.js';
import { asRow, readNumber } from '../read-column.js';
import { toStoreError } from '../store-error.js';
import type { SqliteDatabase } from './open-sqlite-database.js';

const pruneEveryMs = 60_000;

/**
 * Quota counters in SQLite. A reservation is one BEGIN IMMEDIATE transaction (read, check,
 * write), which holds the database's write lock, so processes sharing the file never interleave.
 * Ended windows are deleted in small batches at most once a minute.
 */
export class SqliteQuotaStore implements QuotaStore {
  private readonly select: Statement;
  private readonly upsert: Statement;
  private readonly update: Statement;
  private readonly prune: Statement;
  private readonly reserveTransaction: (
    counters: readonly QuotaCounter[],
    amount: number,
    nowMs: number,
  ) => QuotaResult;
  private readonly adjustTransaction: (windows: readonly QuotaWindow[], delta: number) => void;
  private nextPruneMs = 0;

  constructor(database: SqliteDatabase) {
    this.select = database.prepare(
      'SELECT window_start, window_end, value FROM quota_counters WHERE id = ?',
    );
    this.upsert = database.prepare(
      `INSERT INTO quota_counters (id, window_start, window_end, value) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET window_start = excluded.window_start,
         window_end = excluded.window_end, value = excluded.value`,
    );
    this.update = database.prepare(
      'UPDATE quota_counters SET value = MAX(0, value + ?) WHERE id = ? AND window_end = ?',
    );
    this.prune = database.prepare(
      'DELETE FROM quota_counters WHERE id IN (SELECT id FROM quota_counters WHERE window_end <= ? LIMIT 1000)',
    );
    const reserve = database.transaction(
      (counters: readonly QuotaCounter[], amount: number, nowMs: number) =>
        this.reserveNow(counters, amount, nowMs),
    );
    this.reserveTransaction = (counters, amount, nowMs) =>
      reserve.immediate(counters, amount, nowMs);
    const adjust = database.transaction((windows: readonly QuotaWindow[], delta: number) => {
      for (const window of windows) this.update.run(delta, window.id, window.windowEndMs);
    });
    this.adjustTransaction = (windows, delta) => adjust.immediate(windows, delta);
  }

  reserve(counters: readonly QuotaCounter[], amount: number, nowMs: number): Promise<QuotaResult> {
    try {
      const result = this.reserveTransaction(counters, amount, nowMs);
      if (nowMs >= this.nextPruneMs) {
        this.nextPruneMs = nowMs + pruneEveryMs;
        this.prune.run(nowMs);
      }
      return Promise.resolve(result);
    } catch (error) {
      return Promise.reject(toStoreError(error, 'SQLite quota reserve'));
    }
  }

  adjust(windows: readonly QuotaWindow[], delta: number): Promise<void> {
    try {
      this.adjustTransaction(windows, delta);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(toStoreError(error, 'SQLite quota adjust'));
    }
  }

  private reserveNow(
    counters: readonly QuotaCounter[],
    amount: number,
    nowMs: number,
  ): QuotaResult {
    const windows: { startMs: number; state: QuotaCounterState }[] = [];
    let allowed = true;
    for (const counter of counters) {
      const stored: unknown = this.select.get(counter.id);
      const row = stored === undefined ? undefined : asRow(stored);
      const startMs = row === undefined ? 0 : readNumber(row, 'window_start');
      const endMs = row === undefined ? 0 : readNumber(row, 'window_end');
      const current = row !== undefined && startMs >= counter.windowStartMs && endMs > nowMs;
      const used = current ? readNumber(row, 'value') : 0;
      windows.push({
        startMs: current ? startMs : counter.windowStartMs,
        state: { used, windowEndMs: current ? endMs : counter.windowEndMs },
      });
      if (used + amount > counter.limit) allowed = false;
    }
    if (!allowed) return { allowed, counters: windows.map((window) => window.state) };
    const after = counters.map((counter, index): QuotaCounterState => {
      const window = windows[index] ?? {
        startMs: counter.windowStartMs,
        state: { used: 0, windowEndMs: counter.windowEndMs },
      };
      const used = window.state.used + amount;
      this.upsert.run(counter.id, window.startMs, window.state.windowEndMs, used);
      return { used, windowEndMs: window.state.windowEndMs };
    });
    return { allowed, counters: after };
  }
}
