import type { Statement } from 'better-sqlite3';
import type { ApiKeyRecord } from '../api-key.js';
import type {
  ApiKeyChanges,
  KeyListQuery,
  KeyPage,
  KeyRotation,
  KeyStore,
  KeyUse,
} from '../key-store.js';
import { pageLimit } from '../page-limit.js';
import {
  apiKeyColumns,
  apiKeyValues,
  limitValues,
  parseApiKeyRow,
  serializeApiKeyScopes,
} from '../parse-api-key-columns.js';
import { asRow } from '../read-column.js';
import { StoreError, toStoreError } from '../store-error.js';
import type { SqliteDatabase } from './open-sqlite-database.js';

/** Keys in SQLite; rotation and batched touches are single transactions. */
export class SqliteKeyStore implements KeyStore {
  private readonly database: SqliteDatabase;
  private readonly insertStatement: Statement;
  private readonly selectStatement: Statement;
  private readonly updateStatement: Statement;
  private readonly revokeStatement: Statement;
  private readonly endStatement: Statement;
  private readonly touchStatement: Statement;
  private readonly listStatements = new Map<string, Statement>();

  constructor(database: SqliteDatabase) {
    this.database = database;
    this.insertStatement = database.prepare(
      `INSERT INTO api_keys (${apiKeyColumns.join(', ')}) VALUES (${apiKeyColumns.map(() => '?').join(', ')})`,
    );
    this.selectStatement = database.prepare('SELECT * FROM api_keys WHERE id = ?');
    this.updateStatement = database.prepare(
      `UPDATE api_keys SET name = ?, scopes = ?, rpm = ?, tpm = ?, max_concurrency = ?,
         budget_usd_per_day = ?, budget_usd_per_month = ?, expires_at = ? WHERE id = ?`,
    );
    this.revokeStatement = database.prepare(
      'UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?',
    );
    this.endStatement = database.prepare(
      `UPDATE api_keys SET expires_at = MIN(COALESCE(expires_at, ?), ?), replaced_by = ?
       WHERE id = ? AND revoked_at IS NULL AND replaced_by IS NULL AND (expires_at IS NULL OR expires_at > ?)`,
    );
    this.touchStatement = database.prepare(
      'UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)',
    );
  }

  insert(record: ApiKeyRecord): Promise<void> {
    return this.run('insert', () => {
      this.insertStatement.run(...apiKeyValues(record));
    });
  }

  get(id: string): Promise<ApiKeyRecord | undefined> {
    return this.run('get', () => this.read(id));
  }

  list(query: KeyListQuery = {}): Promise<KeyPage> {
    return this.run('list', () => {
      const limit = pageLimit(query.limit);
      const conditions: string[] = [];
      const values: unknown[] = [];
      if (query.tenant !== undefined) {
        conditions.push('tenant = ?');
        values.push(query.tenant);
      }
      if (query.includeRevoked !== true) conditions.push('revoked_at IS NULL');
      if (query.after !== undefined) {
        conditions.push('id > ?');
        values.push(query.after);
      }
      const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
      const rows = this.statement(`SELECT * FROM api_keys ${where} ORDER BY id LIMIT ?`).all(
        ...values,
        limit + 1,
      );
      const keys = rows.slice(0, limit).map((row) => parseApiKeyRow(asRow(row)));
      const last = keys[keys.length - 1];
      return { keys, next: rows.length > limit && last !== undefined ? last.id : null };
    });
  }

  update(id: string, changes: ApiKeyChanges): Promise<ApiKeyRecord | undefined> {
    const update = this.database.transaction(() => {
      const record = this.read(id);
      if (record === undefined) return undefined;
      const scopes = changes.scopes ?? record.scopes;
      const limits = changes.limits ?? record.limits;
      const expiresAtMs =
        changes.expiresAtMs === undefined ? record.expiresAtMs : changes.expiresAtMs;
      this.updateStatement.run(
        changes.name ?? record.name,
        serializeApiKeyScopes(scopes),
        ...limitValues(limits),
        expiresAtMs,
        id,
      );
      return this.read(id);
    });
    return this.run('update', () => update.immediate());
  }

  revoke(id: string, revokedAtMs: number): Promise<ApiKeyRecord | undefined> {
    return this.run('revoke', () => {
      this.revokeStatement.run(revokedAtMs, id);
      return this.read(id);
    });
  }

  rotate(rotation: KeyRotation): Promise<ApiKeyRecord | undefined> {
    const rotate = this.database.transaction(() => {
      const end = rotation.overlapEndsAtMs;
      const changed = this.endStatement.run(
        end,
        end,
        rotation.replacement.id,
        rotation.id,
        rotation.nowMs,
      ).changes;
      if (changed === 0) return undefined;
      this.insertStatement.run(...apiKeyValues(rotation.replacement));
      return this.read(rotation.id);
    });
    return this.run('rotate', () => rotate.immediate());
  }

  touch(uses: readonly KeyUse[]): Promise<void> {
    const touch = this.database.transaction(() => {
      for (const use of uses) this.touchStatement.run(use.lastUsedAtMs, use.id, use.lastUsedAtMs);
    });
    return this.run('touch', () => touch.immediate());
  }

  private read(id: string): ApiKeyRecord | undefined {
    const row: unknown = this.selectStatement.get(id);
    return row === undefined ? undefined : parseApiKeyRow(asRow(row));
  }

  private statement(sql: string): Statement {
    let statement = this.listStatements.get(sql);
    if (statement === undefined) {
      statement = this.database.prepare(sql);
      this.listStatements.set(sql, statement);
    }
    return statement;
  }

  private run<T>(operation: string, work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      if (isUniqueViolation(error)) {
        return Promise.reject(
          new StoreError('store_conflict', 'A key with this id exists.', { cause: error }),
        );
      }
      return Promise.reject(toStoreError(error, `SQLite key ${operation}`));
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === 'SQLITE_CONSTRAINT_UNIQUE')
  );
}
