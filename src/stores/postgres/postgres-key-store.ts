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
import { SqlParameters } from '../sql/sql-dialect.js';
import { runQuery, type PostgresDatabase } from './postgres-database.js';

/** Keys in PostgreSQL; rotation is one transaction, a batch of touches one statement. */
export class PostgresKeyStore implements KeyStore {
  private readonly database: PostgresDatabase;
  private readonly insertSql: string;
  private readonly selectSql: string;
  private readonly updateSql: string;
  private readonly revokeSql: string;
  private readonly endSql: string;
  private readonly touchSql: string;

  constructor(database: PostgresDatabase) {
    this.database = database;
    const table = database.table('api_keys');
    this.insertSql = `INSERT INTO ${table} (${apiKeyColumns.join(', ')})
      VALUES (${apiKeyColumns.map((_, index) => `$${index + 1}`).join(', ')})`;
    this.selectSql = `SELECT * FROM ${table} WHERE id = $1`;
    this.updateSql = `UPDATE ${table} SET name = COALESCE($2, name),
        scopes = COALESCE($3, scopes),
        rpm = CASE WHEN $4 THEN $5::integer ELSE rpm END,
        tpm = CASE WHEN $4 THEN $6::integer ELSE tpm END,
        max_concurrency = CASE WHEN $4 THEN $7::integer ELSE max_concurrency END,
        budget_usd_per_day = CASE WHEN $4 THEN $8::double precision ELSE budget_usd_per_day END,
        budget_usd_per_month = CASE WHEN $4 THEN $9::double precision ELSE budget_usd_per_month END,
        expires_at = CASE WHEN $10 THEN $11::bigint ELSE expires_at END
      WHERE id = $1 RETURNING *`;
    this.revokeSql = `UPDATE ${table} SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 RETURNING *`;
    this.endSql = `UPDATE ${table} SET expires_at = LEAST(COALESCE(expires_at, $2), $2), replaced_by = $3
      WHERE id = $1 AND revoked_at IS NULL AND replaced_by IS NULL AND (expires_at IS NULL OR expires_at > $4)
      RETURNING *`;
    this.touchSql = `UPDATE ${table} AS k SET last_used_at = u.at
      FROM unnest($1::text[], $2::bigint[]) AS u(id, at)
      WHERE k.id = u.id AND (k.last_used_at IS NULL OR k.last_used_at < u.at)`;
  }

  async insert(record: ApiKeyRecord): Promise<void> {
    await this.database.query(this.insertSql, apiKeyValues(record), { prepared: true });
  }

  async get(id: string): Promise<ApiKeyRecord | undefined> {
    const rows = await this.database.query(this.selectSql, [id], { prepared: true });
    return rows[0] === undefined ? undefined : parseApiKeyRow(rows[0]);
  }

  async list(query: KeyListQuery = {}): Promise<KeyPage> {
    const limit = pageLimit(query.limit);
    const parameters = new SqlParameters(this.database.dialect);
    const conditions: string[] = [];
    if (query.tenant !== undefined) conditions.push(`tenant = ${parameters.add(query.tenant)}`);
    if (query.includeRevoked !== true) conditions.push('revoked_at IS NULL');
    if (query.after !== undefined) conditions.push(`id > ${parameters.add(query.after)}`);
    const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const text = `SELECT * FROM ${this.database.table('api_keys')} ${where} ORDER BY id LIMIT ${parameters.add(limit + 1)}`;
    const rows = await this.database.query(text, parameters.values);
    const keys = rows.slice(0, limit).map(parseApiKeyRow);
    const last = keys[keys.length - 1];
    return { keys, next: rows.length > limit && last !== undefined ? last.id : null };
  }

  async update(id: string, changes: ApiKeyChanges): Promise<ApiKeyRecord | undefined> {
    const limits =
      changes.limits === undefined ? [null, null, null, null, null] : limitValues(changes.limits);
    const rows = await this.database.query(
      this.updateSql,
      [
        id,
        changes.name ?? null,
        changes.scopes === undefined ? null : serializeApiKeyScopes(changes.scopes),
        changes.limits !== undefined,
        ...limits,
        changes.expiresAtMs !== undefined,
        changes.expiresAtMs ?? null,
      ],
      { prepared: true },
    );
    return rows[0] === undefined ? undefined : parseApiKeyRow(rows[0]);
  }

  async revoke(id: string, revokedAtMs: number): Promise<ApiKeyRecord | undefined> {
    const rows = await this.database.query(this.revokeSql, [id, revokedAtMs], { prepared: true });
    return rows[0] === undefined ? undefined : parseApiKeyRow(rows[0]);
  }

  rotate(rotation: KeyRotation): Promise<ApiKeyRecord | undefined> {
    return this.database.transaction(async (client) => {
      const ended = await runQuery(client, this.endSql, [
        rotation.id,
        rotation.overlapEndsAtMs,
        rotation.replacement.id,
        rotation.nowMs,
      ]);
      if (ended[0] === undefined) return undefined;
      await runQuery(client, this.insertSql, apiKeyValues(rotation.replacement));
      return parseApiKeyRow(ended[0]);
    });
  }

  async touch(uses: readonly KeyUse[]): Promise<void> {
    if (uses.length === 0) return;
    await this.database.query(
      this.touchSql,
      [uses.map((use) => use.id), uses.map((use) => use.lastUsedAtMs)],
      { prepared: true },
    );
  }
}
