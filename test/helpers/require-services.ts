import { Redis } from 'ioredis';
import pg from 'pg';

export const testDatabaseUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether PostgreSQL and Redis answer. Under CI=true an unreachable service is an error (the suite
 * must fail, never skip); elsewhere the caller skips with the reason.
 */
export async function servicesAvailable(): Promise<{ available: boolean; reason: string }> {
  const problems: string[] = [];
  const client = new pg.Client({
    connectionString: testDatabaseUrl,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    problems.push(
      `PostgreSQL at ${testDatabaseUrl}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(testRedisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    problems.push(
      `Redis at ${testRedisUrl}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    redis.disconnect();
  }
  if (problems.length > 0 && process.env.CI === 'true') {
    throw new Error(
      `CI=true and a service the scale-out tests need is unreachable: ${problems.join('; ')}`,
    );
  }
  return { available: problems.length === 0, reason: problems.join('; ') };
}
