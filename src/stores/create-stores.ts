import { silentLogger, type Logger } from '../core/index.js';
import { ApiKeyManager } from './api-key-manager.js';
import type { AuditLog } from './audit-log.js';
import type { BudgetStore } from './budget-store.js';
import { ChainedAuditLog } from './chained-audit-log.js';
import type { ConcurrencyStore } from './concurrency-store.js';
import { checkServerSecret } from './hash-secret.js';
import type { KeyStore } from './key-store.js';
import { MemoryConcurrencyStore } from './memory/memory-concurrency-store.js';
import { MemoryQuotaStore } from './memory/memory-quota-store.js';
import {
  chooseLimits,
  chooseRecords,
  chooseRevocations,
  openPostgres,
  openRedis,
  type Closers,
} from './open-store-backends.js';
import { migratePostgres } from './postgres/migrate-postgres.js';
import type { PostgresDatabase } from './postgres/postgres-database.js';
import { QuotaBudgetStore } from './quota-budget-store.js';
import { QuotaRateLimitStore } from './quota-rate-limit-store.js';
import { QuotaTokenLimitStore } from './quota-token-limit-store.js';
import type { RateLimitStore } from './rate-limit-store.js';
import type { Redis } from 'ioredis';
import { ResilientLimits, type LimiterMode } from './resilient-limits.js';
import type { RevocationChannel } from './revocation-channel.js';
import {
  isSqliteFile,
  openSqliteDatabase,
  type SqliteDatabase,
} from './sqlite/open-sqlite-database.js';
import { startSqliteCheckpointer } from './sqlite/sqlite-checkpointer.js';
import type { TokenLimitStore } from './token-limit-store.js';
import { UsageRecorder } from './usage-recorder.js';
import type { UsageStore } from './usage-store.js';

export interface StoresOptions {
  /** Keys the API key hashes and the audit chain; at least 32 characters. */
  readonly hmacSecret: string;
  /** Everything in process memory (tests, demos): nothing survives a restart. */
  readonly memory?: boolean;
  /** The SQLite file used when no `databaseUrl` is set (default `data/gateway.sqlite`). */
  readonly sqlitePath?: string;
  /** PostgreSQL for keys, usage and audit (and limits, without Redis). */
  readonly databaseUrl?: string;
  /** The PostgreSQL schema of the gateway's tables (default `public`). */
  readonly postgresSchema?: string;
  readonly postgresPoolSize?: number;
  /** Redis for limits, budgets and the revocation broadcast. */
  readonly redisUrl?: string;
  /** Prefix of every Redis key and channel (default `lsg:`). */
  readonly redisKeyPrefix?: string;
  /** A Redis command slower than this counts as a failure (default 500 ms). */
  readonly redisCommandTimeoutMs?: number;
  /** The usage rows' instance id (a stable name per replica; default `default`). */
  readonly instanceId?: string;
  /** The first part of issued keys (default `lsg`). */
  readonly keyPrefix?: string;
  readonly usageFlushIntervalMs?: number;
  readonly usageBatchSize?: number;
  readonly keyTouchIntervalMs?: number;
  /** How long limits answer locally after the shared store failed (default 1 s). */
  readonly limiterRetryAfterMs?: number;
  readonly onLimiterModeChange?: (mode: LimiterMode, error: unknown) => void;
  readonly now?: () => number;
  readonly logger?: Logger;
}

export type StoreBackend = 'memory' | 'sqlite' | 'postgres' | 'redis';

export interface Stores {
  readonly backends: {
    readonly keys: StoreBackend;
    readonly usage: StoreBackend;
    readonly audit: StoreBackend;
    readonly limits: StoreBackend;
    readonly revocations: StoreBackend;
  };
  /** The server secret the key hashes and the audit chain are keyed with. */
  readonly hmacSecret: string;
  readonly keys: KeyStore;
  readonly apiKeys: ApiKeyManager;
  readonly usage: UsageStore;
  readonly usageRecorder: UsageRecorder;
  readonly audit: AuditLog;
  readonly rateLimits: RateLimitStore;
  readonly tokenLimits: TokenLimitStore;
  readonly concurrency: ConcurrencyStore;
  readonly budgets: BudgetStore;
  readonly revocations: RevocationChannel;
  /** `fallback` while a shared limit store (Redis, PostgreSQL) is failing; else `primary`. */
  limiterMode(): LimiterMode;
  /** Flushes buffered usage rows and key uses, then closes every connection. Idempotent. */
  close(): Promise<void>;
}

/**
 * Opens the stores the options call for and runs their migrations: SQLite by default; PostgreSQL
 * for keys, usage and audit when `databaseUrl` is set; Redis for limits, budgets and broadcast
 * when `redisUrl` is set (PostgreSQL takes limits when there is no Redis). Fails with
 * `store_unavailable` when a configured service cannot be reached at start.
 */
export async function createStores(options: StoresOptions): Promise<Stores> {
  checkServerSecret(options.hmacSecret);
  const now = options.now ?? Date.now;
  const logger = options.logger ?? silentLogger;
  const closers: Closers = [];
  const closeAll = async (): Promise<void> => {
    for (const close of closers.splice(0).reverse()) {
      await Promise.resolve(close()).catch((error: unknown) =>
        logger.warn({ err: error }, 'Closing a store failed.'),
      );
    }
  };
  try {
    let sqlite: SqliteDatabase | undefined;
    let postgres: PostgresDatabase | undefined;
    let redis: Redis | undefined;
    if (options.memory !== true && options.databaseUrl === undefined) {
      const path = options.sqlitePath ?? 'data/gateway.sqlite';
      const database = openSqliteDatabase(path, { now });
      closers.push(() => {
        database.close();
      });
      if (isSqliteFile(path)) {
        const checkpointer = startSqliteCheckpointer(database, path, { logger });
        closers.push(() => checkpointer.close());
      }
      sqlite = database;
    }
    if (options.memory !== true && options.databaseUrl !== undefined) {
      postgres = openPostgres(options, logger, closers);
      await migratePostgres(postgres, now);
    }
    if (options.memory !== true && options.redisUrl !== undefined) {
      redis = await openRedis(
        options.redisUrl,
        options.redisCommandTimeoutMs ?? 500,
        logger,
        closers,
      );
    }
    const prefix = options.redisKeyPrefix ?? 'lsg:';
    const records = chooseRecords(sqlite, postgres);
    const limits = chooseLimits(options, sqlite, postgres, redis, prefix);
    const revocations = chooseRevocations(postgres, redis, prefix, logger, closers);

    const local = { now };
    const shared = {
      rateLimits: new QuotaRateLimitStore({ quotas: limits.quotas, ...local }),
      tokenLimits: new QuotaTokenLimitStore({ quotas: limits.quotas, ...local }),
      concurrency: limits.concurrency,
      budgets: new QuotaBudgetStore({ quotas: limits.budgetQuotas, ...local }),
    };
    const fallbackQuotas = new MemoryQuotaStore();
    const resilient = limits.remote
      ? new ResilientLimits({
          primary: shared,
          fallback: {
            rateLimits: new QuotaRateLimitStore({ quotas: fallbackQuotas, ...local }),
            tokenLimits: new QuotaTokenLimitStore({ quotas: fallbackQuotas, ...local }),
            concurrency: new MemoryConcurrencyStore(local),
          },
          retryAfterMs: options.limiterRetryAfterMs ?? 1000,
          now,
          onModeChange: (mode, error) => {
            if (mode === 'fallback')
              logger.error(
                { err: error },
                'Shared limits unreachable: local limits, budgets refuse.',
              );
            else logger.info({}, 'Shared limits reachable again.');
            options.onLimiterModeChange?.(mode, error);
          },
          onError: (error) => logger.warn({ err: error }, 'A limit follow-up call failed.'),
        })
      : undefined;

    const apiKeys = new ApiKeyManager({
      store: records.keys,
      hmacSecret: options.hmacSecret,
      revocations: revocations.channel,
      logger,
      now,
      ...(options.keyPrefix === undefined ? {} : { prefix: options.keyPrefix }),
      ...(options.keyTouchIntervalMs === undefined
        ? {}
        : { touchIntervalMs: options.keyTouchIntervalMs }),
    });
    const usageRecorder = new UsageRecorder({
      store: records.usage,
      logger,
      ...(options.instanceId === undefined ? {} : { instanceId: options.instanceId }),
      ...(options.usageFlushIntervalMs === undefined
        ? {}
        : { flushIntervalMs: options.usageFlushIntervalMs }),
      ...(options.usageBatchSize === undefined ? {} : { batchSize: options.usageBatchSize }),
    });
    closers.push(
      () => usageRecorder.close(),
      () => apiKeys.close(),
    );

    let closed: Promise<void> | undefined;
    return {
      hmacSecret: options.hmacSecret,
      backends: {
        keys: records.backend,
        usage: records.backend,
        audit: records.backend,
        limits: limits.backend,
        revocations: revocations.backend,
      },
      keys: records.keys,
      apiKeys,
      usage: records.usage,
      usageRecorder,
      audit: new ChainedAuditLog({ storage: records.audit, hmacSecret: options.hmacSecret, now }),
      rateLimits: resilient?.rateLimits ?? shared.rateLimits,
      tokenLimits: resilient?.tokenLimits ?? shared.tokenLimits,
      concurrency: resilient?.concurrency ?? shared.concurrency,
      budgets: resilient?.budgets ?? shared.budgets,
      revocations: revocations.channel,
      limiterMode: () => resilient?.mode() ?? 'primary',
      close: () => (closed ??= closeAll()),
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
