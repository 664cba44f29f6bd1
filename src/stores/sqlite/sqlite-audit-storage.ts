import type { Statement } from 'better-sqlite3';
import type { AuditAnchor, AuditQuery } from '../audit-log.js';
import type { AuditRow, AuditStorage } from '../audit-storage.js';
import { asRow, readNumber, readString } from '../read-column.js';
import { toStoreError } from '../store-error.js';
import { auditColumns, auditListQuery, auditValues, parseAuditRow } from '../sql/audit-sql.js';
import { sqliteDialect } from '../sql/sql-dialect.js';
import type { SqliteDatabase } from './open-sqlite-database.js';

/**
 * Audit rows in SQLite. An append is one BEGIN IMMEDIATE transaction, which excludes every other
 * writer of the file, so processes sharing it extend one chain. `scanRows` reads inside one
 * transaction (a WAL snapshot), synchronously.
 */
export class SqliteAuditStorage implements AuditStorage {
  private readonly database: SqliteDatabase;
  private readonly readHead: Statement;
  private readonly insert: Statement;
  private readonly moveHead: Statement;
  private readonly scan: Statement;
  private readonly statements = new Map<string, Statement>();

  constructor(database: SqliteDatabase) {
    this.database = database;
    this.readHead = database.prepare('SELECT sequence, hash FROM audit_head WHERE id = 1');
    this.insert = database.prepare(
      `INSERT INTO audit_log (${auditColumns.join(', ')}) VALUES (${auditColumns.map(() => '?').join(', ')})`,
    );
    this.moveHead = database.prepare('UPDATE audit_head SET sequence = ?, hash = ? WHERE id = 1');
    this.scan = database.prepare('SELECT * FROM audit_log ORDER BY sequence');
  }

  appendRows(build: (head: AuditAnchor) => readonly AuditRow[]): Promise<readonly AuditRow[]> {
    const append = this.database.transaction(() => {
      const rows = build(this.head());
      for (const row of rows) this.insert.run(...auditValues(row));
      const last = rows[rows.length - 1];
      if (last !== undefined) this.moveHead.run(last.sequence, last.hash);
      return rows;
    });
    return this.run('append', () => append.immediate());
  }

  queryRows(query: AuditQuery, limit: number): Promise<readonly AuditRow[]> {
    return this.run('query', () => {
      const sql = auditListQuery(sqliteDialect, query, limit);
      let statement = this.statements.get(sql.text);
      if (statement === undefined) {
        statement = this.database.prepare(sql.text);
        this.statements.set(sql.text, statement);
      }
      return statement.all(...sql.values).map((row) => parseAuditRow(asRow(row)));
    });
  }

  scanRows(visit: (row: AuditRow) => boolean): Promise<AuditAnchor> {
    const scan = this.database.transaction(() => {
      for (const row of this.scan.iterate()) {
        if (!visit(parseAuditRow(asRow(row)))) break;
      }
      return this.head();
    });
    return this.run('scan', () => scan.deferred());
  }

  private head(): AuditAnchor {
    const row = asRow(this.readHead.get());
    return { sequence: readNumber(row, 'sequence'), hash: readString(row, 'hash') };
  }

  private run<T>(operation: string, work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(toStoreError(error, `SQLite audit ${operation}`));
    }
  }
}
