import { Pool } from 'pg';
import {
  PostgresAuditStorage,
  PostgresConcurrencyStore,
  PostgresDatabase,
  PostgresKeyStore,
  PostgresQuotaStore,
  PostgresRevocationChannel,
  PostgresUsageStore,
  migratePostgres,
  type AuditRow,
} from '../../../src/stores/index.js';
import { asRow } from '../../../src/stores/read-column.js';
import { parseAuditRow } from '../../../src/stores/sql/audit-sql.js';
import { auditLogOver } from '../contracts/audit-log.contract.js';
import { testDatabaseUrl, uniqueNamespace } from './services.js';
import { Opened, type StoreBackend } from './store-backend.js';

interface PostgresState {
  readonly pools: readonly Pool[];
  readonly databases: readonly PostgresDatabase[];
  readonly channels: Map<number, PostgresRevocationChannel>;
}

/**
 * The PostgreSQL backend in a schema of its own, dropped afterwards. Each replica is a separate
 * pool (as separate gateway processes would have), so races are real races between connections.
 */
export function postgresBackend(): StoreBackend {
  const state = new Opened<PostgresState>();
  const schema = uniqueNamespace('lsg_test');
  const replicas = 3;
  const database = (replica: number): PostgresDatabase => {
    const databases = state.get().databases;
    return databases[replica] ?? (databases[0] as PostgresDatabase);
  };
  return {
    name: 'postgres',
    open: async () => {
      const pools = Array.from(
        { length: replicas },
        () =>
          new Pool({ connectionString: testDatabaseUrl, max: 6, connectionTimeoutMillis: 3000 }),
      );
      for (const pool of pools) pool.on('error', () => undefined);
      const databases = pools.map((pool) => new PostgresDatabase(pool, schema));
      state.set({ pools, databases, channels: new Map() });
      // Two migrations at once, as two replicas starting together: both succeed, one applies.
      await Promise.all([
        migratePostgres(databases[0] as PostgresDatabase),
        migratePostgres(databases[1] as PostgresDatabase),
      ]);
    },
    close: async () => {
      const current = state.take();
      if (current === undefined) return;
      await Promise.all([...current.channels.values()].map((channel) => channel.close()));
      await current.pools[0]?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await Promise.all(current.pools.map((pool) => pool.end()));
    },
    limits: () => ({
      replicas,
      quotas: (replica, durability) => new PostgresQuotaStore(database(replica), { durability }),
      concurrency: (replica, now) => new PostgresConcurrencyStore(database(replica), { now }),
    }),
    keys: () => ({
      keys: () => new PostgresKeyStore(database(0)),
      dumpKeyStorage: async () => {
        // What pg_dump would write for the table: every column of every row, as text.
        const rows = await database(0).query(
          `SELECT row_to_json(k)::text AS row FROM "${schema}".api_keys k`,
          [],
        );
        return Buffer.from(rows.map((row) => String(row.row)).join('\n'));
      },
    }),
    usage: () => ({ usage: () => new PostgresUsageStore(database(0)) }),
    audit: () => ({
      chain: async () => {
        await database(0).query(`TRUNCATE "${schema}".audit_log`, []);
        await database(0).query(
          `UPDATE "${schema}".audit_head SET sequence = 0, hash = repeat('0', 64)`,
          [],
        );
        return {
          replicas,
          log: (replica: number, now: () => number) =>
            auditLogOver(new PostgresAuditStorage(database(replica)), now),
          tamper: (rewrite: (rows: AuditRow[]) => AuditRow[]) =>
            rewritePostgresAudit(database(0), schema, rewrite),
        };
      },
    }),
    revocations: () => ({
      channel: (replica) => {
        const channels = state.get().channels;
        let channel = channels.get(replica);
        if (channel === undefined) {
          channel = new PostgresRevocationChannel({ database: database(replica) });
          channels.set(replica, channel);
        }
        return channel;
      },
    }),
  };
}

/** Rewrites the audit rows in one transaction with triggers off, as a database owner could. */
async function rewritePostgresAudit(
  database: PostgresDatabase,
  schema: string,
  rewrite: (rows: AuditRow[]) => AuditRow[],
): Promise<void> {
  await database.transaction(async (client) => {
    const result = await client.query<Record<string, unknown>>(
      `SELECT * FROM "${schema}".audit_log ORDER BY sequence`,
    );
    const rows = result.rows.map((row) => parseAuditRow(asRow(row)));
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(`DELETE FROM "${schema}".audit_log`);
    for (const row of rewrite(rows)) {
      await client.query(
        `INSERT INTO "${schema}".audit_log (sequence, at_ms, type, actor, subject, tenant, request_id, details, previous_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
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
        ],
      );
    }
  });
}
