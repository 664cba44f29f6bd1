import type { AuditAnchor, AuditQuery } from '../audit-log.js';
import type { AuditRow, AuditStorage } from '../audit-storage.js';
import { readNumber, readString } from '../read-column.js';
import { auditColumns, auditListQuery, auditValues, parseAuditRow } from '../sql/audit-sql.js';
import { StoreError, toStoreError } from '../store-error.js';
import { runQuery, type PostgresDatabase } from './postgres-database.js';

const scanChunk = 1000;

/**
 * Audit rows in PostgreSQL. An append locks the single head row FOR UPDATE, so appends from all
 * replicas queue on it and extend one chain; `scanRows` reads in chunks inside one REPEATABLE READ
 * transaction, so it sees one consistent chain while appends go on.
 */
export class PostgresAuditStorage implements AuditStorage {
  private readonly database: PostgresDatabase;
  private readonly lockHeadSql: string;
  private readonly insertSql: string;
  private readonly moveHeadSql: string;
  private readonly chunkSql: string;

  constructor(database: PostgresDatabase) {
    this.database = database;
    const log = database.table('audit_log');
    const head = database.table('audit_head');
    const types = [
      'bigint',
      'bigint',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
    ];
    this.lockHeadSql = `SELECT sequence, hash FROM ${head} WHERE id = 1 FOR UPDATE`;
    this.insertSql = `INSERT INTO ${log} (${auditColumns.join(', ')})
      SELECT * FROM unnest(${types.map((type, index) => `$${index + 1}::${type}[]`).join(', ')})`;
    this.moveHeadSql = `UPDATE ${head} SET sequence = $1, hash = $2 WHERE id = 1`;
    this.chunkSql = `SELECT * FROM ${log} WHERE sequence > $1 ORDER BY sequence LIMIT ${scanChunk}`;
  }

  appendRows(build: (head: AuditAnchor) => readonly AuditRow[]): Promise<readonly AuditRow[]> {
    return this.database.transaction(async (client) => {
      const heads = await runQuery(client, this.lockHeadSql, []);
      const rows = build(parseHead(heads[0]));
      const values = rows.map(auditValues);
      const columns = auditColumns.map((_, index) => values.map((row) => row[index] ?? null));
      await runQuery(client, this.insertSql, columns, true);
      const last = rows[rows.length - 1];
      if (last !== undefined)
        await runQuery(client, this.moveHeadSql, [last.sequence, last.hash], true);
      return rows;
    });
  }

  async queryRows(query: AuditQuery, limit: number): Promise<readonly AuditRow[]> {
    const sql = auditListQuery(this.database.dialect, query, limit);
    const rows = await this.database.query(sql.text, sql.values);
    return rows.map(parseAuditRow);
  }

  async scanRows(visit: (row: AuditRow) => boolean): Promise<AuditAnchor> {
    const client = await this.database.pool.connect().catch((error: unknown) => {
      throw toStoreError(error, 'PostgreSQL connect');
    });
    try {
      await runQuery(client, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', []);
      const heads = await runQuery(
        client,
        `SELECT sequence, hash FROM ${this.database.table('audit_head')} WHERE id = 1`,
        [],
      );
      let after = 0;
      let reading = true;
      while (reading) {
        const rows = await runQuery(client, this.chunkSql, [after]);
        for (const row of rows) {
          const parsed = parseAuditRow(row);
          after = parsed.sequence;
          if (!visit(parsed)) {
            reading = false;
            break;
          }
        }
        if (rows.length < scanChunk) reading = false;
      }
      await runQuery(client, 'COMMIT', []);
      return parseHead(heads[0]);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

function parseHead(row: Readonly<Record<string, unknown>> | undefined): AuditAnchor {
  if (row === undefined) throw new StoreError('store_corrupt', 'The audit head row is missing.');
  return { sequence: readNumber(row, 'sequence'), hash: readString(row, 'hash') };
}
