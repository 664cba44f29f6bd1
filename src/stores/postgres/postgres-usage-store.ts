import { checkReconcileRequest } from '../check-reconcile-request.js';
import { coalesceUsageRecords } from '../coalesce-usage-records.js';
import { pageLimit } from '../page-limit.js';
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
import {
  parseUsageRow,
  parseUsageSummaryRow,
  usageColumns,
  usageListQuery,
  usageSummaryQuery,
  usageUpdateAssignments,
  usageValues,
} from '../sql/usage-sql.js';
import type { PostgresDatabase } from './postgres-database.js';

const columnTypes: Record<(typeof usageColumns)[number], string> = {
  request_id: 'text',
  key_id: 'text',
  tenant: 'text',
  surface: 'text',
  route: 'text',
  provider: 'text',
  model: 'text',
  prompt_tokens: 'bigint',
  completion_tokens: 'bigint',
  estimated_cost_usd: 'double precision',
  settled_cost_usd: 'double precision',
  latency_ms: 'bigint',
  status: 'text',
  error_code: 'text',
  attempts: 'integer',
  instance_id: 'text',
  started_at: 'bigint',
  finished_at: 'bigint',
};

/** The usage ledger in PostgreSQL; a batch is one multi-row upsert (one array per column). */
export class PostgresUsageStore implements UsageStore {
  private readonly database: PostgresDatabase;
  private readonly upsertSql: string;
  private readonly selectSql: string;

  constructor(database: PostgresDatabase) {
    this.database = database;
    const table = database.table('usage_records');
    const arrays = usageColumns.map((column, index) => `$${index + 1}::${columnTypes[column]}[]`);
    this.upsertSql = `INSERT INTO ${table} AS u (${usageColumns.join(', ')})
      SELECT * FROM unnest(${arrays.join(', ')})
      ON CONFLICT (request_id) DO UPDATE SET ${usageUpdateAssignments}
      WHERE excluded.status <> 'started'`;
    this.selectSql = `SELECT * FROM ${table} WHERE request_id = $1`;
  }

  async recordBatch(records: readonly UsageRecord[]): Promise<void> {
    const rows = coalesceUsageRecords(records).map(usageValues);
    if (rows.length === 0) return;
    const columns = usageColumns.map((_, index) => rows.map((row) => row[index] ?? null));
    await this.database.query(this.upsertSql, columns, { prepared: true });
  }

  async reconcile(request: UsageReconcileRequest): Promise<number> {
    checkReconcileRequest(request);
    const rows = await this.database.query(
      `UPDATE ${this.database.table('usage_records')} SET status = 'interrupted', finished_at = $1
       WHERE status = 'started' AND (instance_id = $2 OR started_at < $3) RETURNING request_id`,
      [request.nowMs, request.instanceId ?? null, request.startedBeforeMs ?? null],
    );
    return rows.length;
  }

  async get(requestId: string): Promise<UsageRecord | undefined> {
    const rows = await this.database.query(this.selectSql, [requestId], { prepared: true });
    return rows[0] === undefined ? undefined : parseUsageRow(rows[0]);
  }

  async list(query: UsageQuery = {}): Promise<UsagePage> {
    const limit = pageLimit(query.limit);
    const cursor = query.after === undefined ? undefined : decodeUsageCursor(query.after);
    const sql = usageListQuery(this.database.dialect, query, cursor, limit + 1);
    const rows = await this.database.query(sql.text, sql.values);
    const records = rows.slice(0, limit).map(parseUsageRow);
    const last = records[records.length - 1];
    return {
      records,
      next: rows.length > limit && last !== undefined ? encodeUsageCursor(last) : null,
    };
  }

  async summarize(query: UsageSummaryQuery): Promise<readonly UsageSummaryRow[]> {
    const sql = usageSummaryQuery(this.database.dialect, query, query.groupBy);
    const rows = await this.database.query(sql.text, sql.values);
    return rows.map(parseUsageSummaryRow);
  }
}
