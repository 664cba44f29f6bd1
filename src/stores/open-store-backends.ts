import { Pool } from 'pg';
import { Redis } from 'ioredis';
import type { Logger } from '../core/index.js';
import type { AuditStorage } from './audit-storage.js';
import type { ConcurrencyStore } from './concurrency-store.js';
import type { StoreBackend, StoresOptions } from './create-stores.js';
import type { KeyStore } from './key-store.js';
import { MemoryAuditStorage } from './memory/memory-audit-storage.js';
import { MemoryConcurrencyStore } from './memory/memory-concurrency-store.js';
import { MemoryKeyStore } from './memory/memory-key-store.js';
import { MemoryQuotaStore } from './memory/memory-quota-store.js';
import { MemoryRevocationChannel } from './memory/memory-revocation-channel.js';
import { MemoryUsageStore } from './memory/memory-usage-store.js';
import { PostgresAuditStorage } from './postgres/postgres-audit-storage.js';
import { PostgresConcurrencyStore } from './postgres/postgres-concurrency-store.js';
import { PostgresDatabase } from './postgres/postgres-database.js';
import { PostgresKeyStore } from './postgres/postgres-key-store.js';
import { PostgresQuotaStore } from './postgres/postgres-quota-store.js';
import { PostgresRevocationChannel } from './postgres/postgres-revocation-channel.js';
import { PostgresUsageStore } from './postgres/postgres-usage-store.js';
import type { QuotaStore } from './quota-store.js';
import { RedisConcurrencyStore } from './redis/redis-concurrency-store.js';
import { RedisQuotaStore } from './redis/redis-quota-store.js';
import { RedisRevocationChannel } from './redis/redis-revocation-channel.js';
import type { RevocationChannel } from './revocation-channel.js';
import type { SqliteDatabase } from './sqlite/open-sqlite-database.js';
import { SqliteAuditStorage } from './sqlite/sqlite-audit-storage.js';
import { SqliteConcurrencyStore } from './sqlite/sqlite-concurrency-store.js';
import { SqliteKeyStore } from './sqlite/sqlite-key-store.js';
import { SqliteQuotaStore } from './sqlite/sqlite-quota-store.js';
import { SqliteUsageStore } from './sqlite/sqlite-usage-store.js';
import { StoreError } from './store-error.js';
import type { UsageStore } from './usage-store.js';

/** Cleanup steps, run in reverse order by `Stores.close()`. */
export type Closers = (() => Promise<void> | void)[];

/** The backends `createStores` picks for each concern, and how it connects to them. */
export interface Records {
  readonly backend: StoreBackend;
  readonly keys: KeyStore;
  readonly usage: UsageStore;
  readonly audit: AuditStorage;
}

export interface Limits {
  readonly backend: StoreBackend;
  /** Request and token counters: may be lost in a crash of the backend. */
  readonly quotas: QuotaStore;
  /** Money budgets: as durable as the backend allows. */
  readonly budgetQuotas: QuotaStore;
  readonly concurrency: ConcurrencyStore;
  readonly remote: boolean;
}

export function openPostgres(
  options: StoresOptions,
  logger: Logger,
  closers: Closers,
): PostgresDatabase {
  const pool = new Pool({
    connectionString: options.databaseUrl,
    max: options.postgresPoolSize ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
  });
  pool.on('error', (error) => logger.warn({ err: error }, 'An idle PostgreSQL connection failed.'));
  closers.push(() => pool.end());
  return new PostgresDatabase(pool, options.postgresSchema ?? 'public');
}

export async function openRedis(
  url: string,
  commandTimeoutMs: number,
  logger: Logger,
  closers: Closers,
): Promise<Redis> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: commandTimeoutMs,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let errors = 0;
  client.on('error', (error: Error) => {
    errors += 1;
    if (errors === 1 || errors % 100 === 0)
      logger.warn({ err: error, errors }, 'Redis connection error.');
  });
  client.on('ready', () => {
    errors = 0;
  });
  closers.push(async () => {
    await client.quit().catch(() => client.disconnect());
  });
  try {
    await client.connect();
  } catch (error) {
    throw new StoreError('store_unavailable', 'Cannot connect to Redis.', { cause: error });
  }
  return client;
}

export function chooseRecords(
  sqlite: SqliteDatabase | undefined,
  postgres: PostgresDatabase | undefined,
): Records {
  if (postgres !== undefined) {
    return {
      backend: 'postgres',
      keys: new PostgresKeyStore(postgres),
      usage: new PostgresUsageStore(postgres),
      audit: new PostgresAuditStorage(postgres),
    };
  }
  if (sqlite !== undefined) {
    return {
      backend: 'sqlite',
      keys: new SqliteKeyStore(sqlite),
      usage: new SqliteUsageStore(sqlite),
      audit: new SqliteAuditStorage(sqlite),
    };
  }
  return {
    backend: 'memory',
    keys: new MemoryKeyStore(),
    usage: new MemoryUsageStore(),
    audit: new MemoryAuditStorage(),
  };
}

export function chooseLimits(
  options: StoresOptions,
  sqlite: SqliteDatabase | undefined,
  postgres: PostgresDatabase | undefined,
  redis: Redis | undefined,
  prefix: string,
): Limits {
  const now = options.now ?? Date.now;
  if (redis !== undefined) {
    const quotas = new RedisQuotaStore(redis, prefix);
    return {
      backend: 'redis',
      quotas,
      budgetQuotas: quotas,
      concurrency: new RedisConcurrencyStore({ client: redis, prefix, now }),
      remote: true,
    };
  }
  if (postgres !== undefined) {
    return {
      backend: 'postgres',
      quotas: new PostgresQuotaStore(postgres, { durability: 'volatile' }),
      budgetQuotas: new PostgresQuotaStore(postgres, { durability: 'durable' }),
      concurrency: new PostgresConcurrencyStore(postgres, { now }),
      remote: true,
    };
  }
  if (sqlite !== undefined) {
    const quotas = new SqliteQuotaStore(sqlite);
    return {
      backend: 'sqlite',
      quotas,
      budgetQuotas: quotas,
      concurrency: new SqliteConcurrencyStore(sqlite, { now }),
      remote: false,
    };
  }
  const quotas = new MemoryQuotaStore();
  return {
    backend: 'memory',
    quotas,
    budgetQuotas: quotas,
    concurrency: new MemoryConcurrencyStore({ now }),
    remote: false,
  };
}

export function chooseRevocations(
  postgres: PostgresDatabase | undefined,
  redis: Redis | undefined,
  prefix: string,
  logger: Logger,
  closers: Closers,
): { readonly backend: StoreBackend; readonly channel: RevocationChannel } {
  if (redis !== undefined) {
    const channel = new RedisRevocationChannel({
      client: redis,
      channel: `${prefix}key-events`,
      logger,
    });
    closers.push(() => channel.close());
    return { backend: 'redis', channel };
  }
  if (postgres !== undefined) {
    const channel = new PostgresRevocationChannel({ database: postgres, logger });
    closers.push(() => channel.close());
    return { backend: 'postgres', channel };
  }
  return { backend: 'memory', channel: new MemoryRevocationChannel({ logger }) };
}
