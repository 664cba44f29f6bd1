import { Client } from 'pg';
import { Redis } from 'ioredis';

/** Where the tests find PostgreSQL and Redis. */
export const testDatabaseUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** In CI a missing service fails its suites; elsewhere they are skipped with the reason. */
export const inCi = process.env.CI === 'true';

/** Undefined when PostgreSQL answers; otherwise why not. */
export async function probePostgres(): Promise<string | undefined> {
  const client = new Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${testDatabaseUrl} is unreachable (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function probeRedis(): Promise<string | undefined> {
  const client = new Redis(testRedisUrl, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return undefined;
  } catch (error) {
    return `Redis at ${testRedisUrl} is unreachable (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    client.disconnect();
  }
}

/** The skip reason for a suite: none in CI (so an absent service fails), else the probe's. */
export function skipReason(unavailable: string | undefined): string | undefined {
  if (unavailable === undefined || inCi) return undefined;
  console.warn(
    `Skipping: ${unavailable}. Set TEST_DATABASE_URL / TEST_REDIS_URL, or CI=true to fail instead.`,
  );
  return unavailable;
}

export function uniqueNamespace(label: string): string {
  return `${label}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}
