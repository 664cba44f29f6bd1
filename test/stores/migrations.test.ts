import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresDatabase, migratePostgres, openSqliteDatabase } from '../../src/stores/index.js';
import { probePostgres, skipReason, testDatabaseUrl, uniqueNamespace } from './support/services.js';
import { SqliteWorker } from './support/sqlite-worker.js';

const directory = mkdtempSync(join(tmpdir(), 'lsg-migrations-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('SQLite migrations', () => {
  it('run once when two processes open a new file at the same moment, and again as a no-op', async () => {
    const workers = [SqliteWorker.start(), SqliteWorker.start()];
    // Forty new files: switching one to WAL from two threads at once failed with SQLITE_BUSY in
    // about 4 % of pairs before the switch was retried, so one file would rarely show it.
    const path = (index: number) => join(directory, `race-${index}.sqlite`);
    try {
      const counter = { id: 'c', limit: 10, windowStartMs: 0, windowEndMs: Date.now() + 60_000 };
      for (let index = 0; index < 40; index += 1) {
        await Promise.all(
          workers.map((worker) => worker.quotas(path(index)).reserve([counter], 1, Date.now())),
        );
      }
      const database = openSqliteDatabase(path(0));
      expect(database.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1]);
      database.close();
      const again = openSqliteDatabase(path(0));
      expect(again.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(1);
      again.close();
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  });

  it('refuses a database from a newer gateway', () => {
    const path = join(directory, 'newer.sqlite');
    const database = openSqliteDatabase(path);
    database
      .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, ?, 0)')
      .run('future');
    database.close();
    expect(() => openSqliteDatabase(path)).toThrow(
      expect.objectContaining({ code: 'store_migration_failed' }),
    );
  });
});

const postgresSkip = skipReason(await probePostgres());

describe.skipIf(postgresSkip !== undefined)('PostgreSQL migrations', () => {
  it('run once when several replicas start together, into a schema of their own', async () => {
    const schema = uniqueNamespace('lsg_migrate');
    const pools = Array.from(
      { length: 4 },
      () => new Pool({ connectionString: testDatabaseUrl, max: 2 }),
    );
    try {
      await Promise.all(pools.map((pool) => migratePostgres(new PostgresDatabase(pool, schema))));
      await migratePostgres(new PostgresDatabase(pools[0] as Pool, schema));
      const result = await pools[0]?.query(`SELECT version FROM "${schema}".schema_migrations`);
      expect(result?.rows).toEqual([{ version: 1 }]);
    } finally {
      await pools[0]?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('rejects an unsafe schema name', () => {
    const pool = new Pool({ connectionString: testDatabaseUrl });
    expect(() => new PostgresDatabase(pool, 'x"; DROP TABLE y; --')).toThrow(
      expect.objectContaining({ code: 'store_misconfigured' }),
    );
    return pool.end();
  });
});
