import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SqliteAuditStorage,
  SqliteConcurrencyStore,
  SqliteKeyStore,
  SqliteQuotaStore,
  SqliteUsageStore,
  openSqliteDatabase,
  type AuditRow,
  type SqliteDatabase,
} from '../../../src/stores/index.js';
import { asRow } from '../../../src/stores/read-column.js';
import { parseAuditRow } from '../../../src/stores/sql/audit-sql.js';
import { auditLogOver } from '../contracts/audit-log.contract.js';
import { testHmacSecret } from '../contracts/key-store.contract.js';
import { SqliteWorker } from './sqlite-worker.js';
import { Opened, type StoreBackend } from './store-backend.js';

interface SqliteState {
  readonly directory: string;
  readonly path: string;
  readonly database: SqliteDatabase;
  readonly workers: readonly SqliteWorker[];
  readonly databases: SqliteDatabase[];
  readonly quotas: SqliteQuotaStore;
  readonly keys: SqliteKeyStore;
  readonly usage: SqliteUsageStore;
}

/**
 * The SQLite backend in a fresh temporary directory. Replica 0 is this thread's connection;
 * replicas 1 and 2 are worker threads with connections of their own, so races between them are
 * real races for the file's write lock, as between processes.
 */
export function sqliteBackend(): StoreBackend {
  const state = new Opened<SqliteState>();
  let chains = 0;
  const replicas = 3;
  return {
    name: 'sqlite',
    open: () => {
      const directory = mkdtempSync(join(tmpdir(), 'lsg-stores-'));
      const path = join(directory, 'gateway.sqlite');
      const database = openSqliteDatabase(path);
      state.set({
        directory,
        path,
        database,
        workers: Array.from({ length: replicas - 1 }, () => SqliteWorker.start()),
        databases: [database],
        quotas: new SqliteQuotaStore(database),
        keys: new SqliteKeyStore(database),
        usage: new SqliteUsageStore(database),
      });
      return Promise.resolve();
    },
    close: async () => {
      const current = state.take();
      if (current === undefined) return;
      await Promise.all(current.workers.map((worker) => worker.stop()));
      for (const database of current.databases) database.close();
      rmSync(current.directory, { recursive: true, force: true });
    },
    limits: () => ({
      replicas,
      quotas: (replica) => {
        const { quotas, workers, path } = state.get();
        return replica === 0 ? quotas : (workers[replica - 1]?.quotas(path) ?? quotas);
      },
      concurrency: (replica, now) => {
        const { database, workers, path } = state.get();
        const worker = workers[replica - 1];
        return worker === undefined
          ? new SqliteConcurrencyStore(database, { now })
          : worker.concurrency(path, now);
      },
    }),
    keys: () => ({
      keys: () => state.get().keys,
      dumpKeyStorage: () => {
        const { path } = state.get();
        const files = [path, `${path}-wal`, `${path}-shm`].filter((file) => existsSync(file));
        return Promise.resolve(Buffer.concat(files.map((file) => readFileSync(file))));
      },
    }),
    usage: () => ({ usage: () => state.get().usage }),
    audit: () => ({
      chain: () => {
        const { directory, databases, workers } = state.get();
        chains += 1;
        const path = join(directory, `audit-${chains}.sqlite`);
        const database = openSqliteDatabase(path);
        databases.push(database);
        const storage = new SqliteAuditStorage(database);
        return Promise.resolve({
          replicas,
          log: (replica: number, now: () => number) => {
            const reader = auditLogOver(storage, now);
            const worker = workers[replica - 1];
            return worker === undefined ? reader : worker.audit(path, testHmacSecret, now, reader);
          },
          tamper: (rewrite: (rows: AuditRow[]) => AuditRow[]) => {
            rewriteSqliteAudit(database, rewrite);
            return Promise.resolve();
          },
        });
      },
    }),
  };
}

/** Rewrites the audit rows directly, past the append-only triggers, as an intruder could. */
function rewriteSqliteAudit(
  database: SqliteDatabase,
  rewrite: (rows: AuditRow[]) => AuditRow[],
): void {
  const rows = database.prepare('SELECT * FROM audit_log ORDER BY sequence').all() as Record<
    string,
    unknown
  >[];
  const current = rows.map((row) => parseAuditRow(asRow(row)));
  const insert = database.prepare(
    `INSERT INTO audit_log (sequence, at_ms, type, actor, subject, tenant, request_id, details, previous_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  database.transaction(() => {
    database.exec(
      'DROP TRIGGER IF EXISTS audit_log_append_only_update; DROP TRIGGER IF EXISTS audit_log_append_only_delete;',
    );
    database.exec('DELETE FROM audit_log');
    for (const row of rewrite(current)) {
      insert.run(
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
      );
    }
  })();
}
