import type { PoolClient } from 'pg';
import { StoreError } from '../store-error.js';
import type { PostgresDatabase } from './postgres-database.js';
import { postgresMigrations } from './postgres-migrations.js';

/**
 * Brings the schema up to date in one transaction under an advisory lock per schema, so two
 * processes starting together apply each migration once (the second waits, then finds nothing
 * to do). Refuses a database whose schema is newer than this code.
 */
export async function migratePostgres(
  database: PostgresDatabase,
  now: () => number = Date.now,
): Promise<void> {
  let client: PoolClient;
  try {
    client = await database.pool.connect();
  } catch (error) {
    throw new StoreError('store_unavailable', 'Cannot connect to PostgreSQL to migrate.', {
      cause: error,
    });
  }
  const s = database.quotedSchema;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `lsg-migrate:${database.schema}`,
    ]);
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [
      database.schema,
    ]);
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`,
    );
    const result = await client.query<{ version: unknown }>(
      `SELECT version FROM ${s}.schema_migrations`,
    );
    const applied = new Set(result.rows.map((row) => Number(row.version)));
    const known = new Set(postgresMigrations.map((migration) => migration.version));
    const unknown = [...applied].filter((version) => !known.has(version));
    if (unknown.length > 0) {
      throw new StoreError(
        'store_migration_failed',
        `The database has schema versions this gateway does not know (${unknown.join(', ')}); it is newer.`,
      );
    }
    for (const migration of postgresMigrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql(database.schema));
      await client.query(
        `INSERT INTO ${s}.schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
        [migration.version, migration.name, now()],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError('store_migration_failed', 'The PostgreSQL migration failed.', {
      cause: error,
    });
  } finally {
    client.release();
  }
}
