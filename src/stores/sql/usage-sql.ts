import {
  readNullableNumber,
  readNullableString,
  readNumber,
  readString,
  type Row,
} from '../read-column.js';
import { StoreError } from '../store-error.js';
import type { UsageCursor } from '../usage-cursor.js';
import { isUsageStatus, type UsageRecord } from '../usage-record.js';
import type { UsageDimension, UsageFilter, UsageSummaryRow } from '../usage-store.js';
import { SqlParameters, type SqlDialect } from './sql-dialect.js';

/** The ledger's columns, in the order of {@link usageValues}. */
export const usageColumns = [
  'request_id',
  'key_id',
  'tenant',
  'surface',
  'route',
  'provider',
  'model',
  'prompt_tokens',
  'completion_tokens',
  'estimated_cost_usd',
  'settled_cost_usd',
  'latency_ms',
  'status',
  'error_code',
  'attempts',
  'instance_id',
  'started_at',
  'finished_at',
] as const;

export function usageValues(record: UsageRecord): (string | number | null)[] {
  return [
    record.requestId,
    record.keyId,
    record.tenant,
    record.surface,
    record.route,
    record.provider,
    record.model,
    record.promptTokens,
    record.completionTokens,
    record.estimatedCostUsd,
    record.settledCostUsd,
    record.latencyMs,
    record.status,
    record.errorCode,
    record.attempts,
    record.instanceId,
    record.startedAtMs,
    record.finishedAtMs,
  ];
}

/** `SET` list of the upsert: a completion overwrites every column but the request id. */
export const usageUpdateAssignments = usageColumns
  .filter((column) => column !== 'request_id')
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');

export function parseUsageRow(row: Row): UsageRecord {
  const status = readString(row, 'status');
  if (!isUsageStatus(status))
    throw new StoreError('store_corrupt', `Unknown usage status ${status}.`);
  return {
    requestId: readString(row, 'request_id'),
    keyId: readNullableString(row, 'key_id'),
    tenant: readNullableString(row, 'tenant'),
    surface: readString(row, 'surface'),
    route: readNullableString(row, 'route'),
    provider: readNullableString(row, 'provider'),
    model: readNullableString(row, 'model'),
    promptTokens: readNumber(row, 'prompt_tokens'),
    completionTokens: readNumber(row, 'completion_tokens'),
    estimatedCostUsd: readNullableNumber(row, 'estimated_cost_usd'),
    settledCostUsd: readNullableNumber(row, 'settled_cost_usd'),
    latencyMs: readNullableNumber(row, 'latency_ms'),
    status,
    errorCode: readNullableString(row, 'error_code'),
    attempts: readNumber(row, 'attempts'),
    instanceId: readString(row, 'instance_id'),
    startedAtMs: readNumber(row, 'started_at'),
    finishedAtMs: readNullableNumber(row, 'finished_at'),
  };
}

export interface SqlQuery {
  readonly text: string;
  readonly values: unknown[];
}

function whereClause(filter: UsageFilter, parameters: SqlParameters): string[] {
  const conditions: string[] = [];
  if (filter.keyId !== undefined) conditions.push(`key_id = ${parameters.add(filter.keyId)}`);
  if (filter.tenant !== undefined) conditions.push(`tenant = ${parameters.add(filter.tenant)}`);
  if (filter.model !== undefined) conditions.push(`model = ${parameters.add(filter.model)}`);
  if (filter.fromMs !== undefined)
    conditions.push(`started_at >= ${parameters.add(filter.fromMs)}`);
  if (filter.toMs !== undefined) conditions.push(`started_at < ${parameters.add(filter.toMs)}`);
  return conditions;
}

/** Newest first, `limit` rows after the cursor. */
export function usageListQuery(
  dialect: SqlDialect,
  filter: UsageFilter,
  cursor: UsageCursor | undefined,
  limit: number,
): SqlQuery {
  const parameters = new SqlParameters(dialect);
  const conditions = whereClause(filter, parameters);
  if (cursor !== undefined) {
    const startedAt = parameters.add(cursor.startedAtMs);
    const startedAtAgain = parameters.add(cursor.startedAtMs);
    const requestId = parameters.add(cursor.requestId);
    conditions.push(
      `(started_at < ${startedAt} OR (started_at = ${startedAtAgain} AND request_id < ${requestId}))`,
    );
  }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const text = `SELECT * FROM ${dialect.table('usage_records')} ${where}
    ORDER BY started_at DESC, request_id DESC LIMIT ${parameters.add(limit)}`;
  return { text, values: parameters.values };
}

const dimensionColumns: Record<UsageDimension, string> = {
  day: 'day',
  keyId: 'key_id',
  tenant: 'tenant',
  model: 'model',
};

export function usageSummaryQuery(
  dialect: SqlDialect,
  filter: UsageFilter,
  groupBy: readonly UsageDimension[],
): SqlQuery {
  const parameters = new SqlParameters(dialect);
  const conditions = whereClause(filter, parameters);
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const selected = (['day', 'keyId', 'tenant', 'model'] as const).map((dimension) => {
    if (!groupBy.includes(dimension)) return `NULL AS ${dimensionColumns[dimension]}`;
    if (dimension === 'day') return `${dialect.utcDay('started_at')} AS day`;
    return dimensionColumns[dimension];
  });
  const grouped = (['day', 'keyId', 'tenant', 'model'] as const)
    .filter((dimension) => groupBy.includes(dimension))
    .map((dimension) =>
      dimension === 'day' ? dialect.utcDay('started_at') : dimensionColumns[dimension],
    );
  const groupClause = grouped.length === 0 ? '' : `GROUP BY ${grouped.join(', ')}`;
  const orderClause =
    grouped.length === 0
      ? ''
      : `ORDER BY ${grouped.map((column) => `${column} NULLS LAST`).join(', ')}`;
  const text = `SELECT ${selected.join(', ')}, COUNT(*) AS requests,
      COALESCE(SUM(prompt_tokens), 0) AS prompt_tokens,
      COALESCE(SUM(completion_tokens), 0) AS completion_tokens,
      COALESCE(SUM(COALESCE(settled_cost_usd, estimated_cost_usd, 0)), 0) AS cost_usd
    FROM ${dialect.table('usage_records')} ${where} ${groupClause} HAVING COUNT(*) > 0 ${orderClause}`;
  return { text, values: parameters.values };
}

export function parseUsageSummaryRow(row: Row): UsageSummaryRow {
  return {
    day: readNullableString(row, 'day'),
    keyId: readNullableString(row, 'key_id'),
    tenant: readNullableString(row, 'tenant'),
    model: readNullableString(row, 'model'),
    requests: readNumber(row, 'requests'),
    promptTokens: readNumber(row, 'prompt_tokens'),
    completionTokens: readNumber(row, 'completion_tokens'),
    costUsd: Math.round(readNumber(row, 'cost_usd') * 1e12) / 1e12,
  };
}
