import type { AuditQuery } from '../audit-log.js';
import type { AuditRow } from '../audit-storage.js';
import { readNullableString, readNumber, readString, type Row } from '../read-column.js';
import { SqlParameters, type SqlDialect } from './sql-dialect.js';
import type { SqlQuery } from './usage-sql.js';

export const auditColumns = [
  'sequence',
  'at_ms',
  'type',
  'actor',
  'subject',
  'tenant',
  'request_id',
  'details',
  'previous_hash',
  'hash',
] as const;

export function auditValues(row: AuditRow): (string | number | null)[] {
  return [
    row.sequence,
    row.atMs,
    row.type,
    row.actor,
    row.subject,
    row.tenant,
    row.requestId,
    row.details,
    row.previousHash,
    row.hash,
  ];
}

export function parseAuditRow(row: Row): AuditRow {
  return {
    sequence: readNumber(row, 'sequence'),
    atMs: readNumber(row, 'at_ms'),
    type: readString(row, 'type'),
    actor: readNullableString(row, 'actor'),
    subject: readNullableString(row, 'subject'),
    tenant: readNullableString(row, 'tenant'),
    requestId: readNullableString(row, 'request_id'),
    details: readString(row, 'details'),
    previousHash: readString(row, 'previous_hash'),
    hash: readString(row, 'hash'),
  };
}

export function auditListQuery(dialect: SqlDialect, query: AuditQuery, limit: number): SqlQuery {
  const parameters = new SqlParameters(dialect);
  const conditions: string[] = [];
  const descending = query.order !== 'asc';
  if (query.type !== undefined) conditions.push(`type = ${parameters.add(query.type)}`);
  if (query.actor !== undefined) conditions.push(`actor = ${parameters.add(query.actor)}`);
  if (query.subject !== undefined) conditions.push(`subject = ${parameters.add(query.subject)}`);
  if (query.tenant !== undefined) conditions.push(`tenant = ${parameters.add(query.tenant)}`);
  if (query.fromMs !== undefined) conditions.push(`at_ms >= ${parameters.add(query.fromMs)}`);
  if (query.toMs !== undefined) conditions.push(`at_ms < ${parameters.add(query.toMs)}`);
  if (query.after !== undefined) {
    conditions.push(`sequence ${descending ? '<' : '>'} ${parameters.add(query.after)}`);
  }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const text = `SELECT * FROM ${dialect.table('audit_log')} ${where}
    ORDER BY sequence ${descending ? 'DESC' : 'ASC'} LIMIT ${parameters.add(limit)}`;
  return { text, values: parameters.values };
}
