import type { Statement } from 'better-sqlite3';
import { checkReconcileRequest } from '../check-reconcile-request.js';
import { coalesceUsageRecords } from '../coalesce-usage-records.js';
import { pageLimit } from '../page-limit.js';
import { asRow } from '../read-column.js';
import { toStoreError } from '../store-error.js';
import { decodeUsageCursor, encodeUsageCursor } from '../usage-cursor.js';
import type { UsageRecord } from '../usage-record.js';
import type {
  UsagePage,
  UsageQuery,
  UsageReconcileRequest,
  UsageStore,
  UsageSummaryQuery,
  UsageSummaryRow,
} from '../usage-store.js';
import { sqliteDialect } from '../sql/sql-dialect.js';
import {
  parseUsageRow,
  parseUsageSummaryRow,
  usageColumns,
  usageListQuery,
  usageSummaryQuery,
  usageUpdateAssignments,
  usageValues,
} from '../sql/usage-sql.js';
import type { SqliteDatabase } from './open-sqlite-database.js';

/** The usage ledger in SQLite; a batch is one transaction of prepared upserts. */
export class SqliteUsageStore implements UsageStore {
  private readonly database: SqliteDatabase;
  private readonly upsert: Statement;
  private readonly select: Statement;
  private readonly statements = new Map<string, Statement>();

  constructor(database: SqliteDatabase) {
    this.database = database;
    this.upsert = database.prepare(
      `INSERT INTO usage_records (${usageColumns.join(', ')}) VALUES (${usageColumns.map(() => '?').join(', ')})
       ON CONFLICT (request_id) DO UPDATE SET ${usageUpdateAssignments} WHERE excluded.status <> 'started'`,
    );
    this.select = database.prepare('SELECT * FROM usage_records WHERE request_id = ?');
  }

  recordBatch(records: readonly UsageRecord[]): Promise<void> {
    const write = this.database.transaction((batch: readonly UsageRecord[]) => {
      for (const record of batch) this.upsert.run(...usageValues(record));
    });
    return this.run('record', () => write.immediate(coalesceUsageRecords(records)));
  }

  reconcile(request: UsageReconcileRequest): Promise<number> {
    return this.run('reconcile', () => {
      checkReconcileRequest(request);
      const scope: string[] = [];
      const values: unknown[] = [request.nowMs];
      if (request.instanceId !== undefined) {
        scope.push('instance_id = ?');
        values.push(request.instanceId);
      }
      if (request.startedBeforeMs !== undefined) {
        scope.push('started_at < ?');
        values.push(request.startedBeforeMs);
      }
      const sql = `UPDATE usage_records SET status = 'interrupted', finished_at = ?
        WHERE status = 'started' AND (${scope.join(' OR ')})`;
      return this.statement(sql).run(...values).changes;
    });
  }

  get(requestId: string): Promise<UsageRecord | undefined> {
    return this.run('get', () => {
      const row: unknown = this.select.get(requestId);
      return row === undefined ? undefined : parseUsageRow(asRow(row));
    });
  }

  list(query: UsageQuery = {}): Promise<UsagePage> {
    return this.run('list', () => {
      const limit = pageLimit(query.limit);
      const cursor = query.after === undefined ? undefined : decodeUsageCursor(query.after);
      const sql = usageListQuery(sqliteDialect, query, cursor, limit + 1);
      const rows = this.statement(sql.text).all(...sql.values);
      const records = rows.slice(0, limit).map((row) => parseUsageRow(asRow(row)));
      const last = records[records.length - 1];
      return {
        records,
        next: rows.length > limit && last !== undefined ? encodeUsageCursor(last) : null,
      };
    });
  }

  summarize(query: UsageSummaryQuery): Promise<readonly UsageSummaryRow[]> {
    return this.run('summarize', () => {
      const sql = usageSummaryQuery(sqliteDialect, query, query.groupBy);
      return this.statement(sql.text)
        .all(...sql.values)
        .map((row) => parseUsageSummaryRow(asRow(row)));
    });
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.database.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private run<T>(operation: string, work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(toStoreError(error, `SQLite usage ${operation}`));
    }
  }
}
