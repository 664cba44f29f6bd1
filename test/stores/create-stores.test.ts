import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createStores, type KeyEvent, type Stores } from '../../src/stores/index.js';
import { testHmacSecret } from './contracts/key-store.contract.js';
import { usageStart } from './contracts/usage-store.contract.js';
import { deleteRedisPrefix } from './support/redis-backend.js';
import {
  probePostgres,
  probeRedis,
  skipReason,
  testDatabaseUrl,
  testRedisUrl,
  uniqueNamespace,
} from './support/services.js';

const directory = mkdtempSync(join(tmpdir(), 'lsg-create-stores-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('createStores', () => {
  it('defaults to one SQLite file, private to its owner, that survives a restart', async () => {
    const sqlitePath = join(directory, 'nested', 'gateway.sqlite');
    const first = await createStores({
      hmacSecret: testHmacSecret,
      sqlitePath,
      instanceId: 'node-a',
    });
    expect(first.backends).toEqual({
      keys: 'sqlite',
      usage: 'sqlite',
      audit: 'sqlite',
      limits: 'sqlite',
      revocations: 'memory',
    });
    expect(statSync(sqlitePath).mode & 0o777).toBe(0o600);
    const issued = await first.apiKeys.issue({ name: 'n', tenant: 't' });
    expect(
      (await first.rateLimits.consume({ key: 'ip:1', cost: 1, limit: 5, windowMs: 1000 }))
        .remaining,
    ).toBe(4);
    expect(
      (
        await first.budgets.reserve({
          limits: [{ scope: 'key:a', period: 'day', limitUsd: 1 }],
          amountUsd: 0.5,
        })
      ).status,
    ).toBe('reserved');
    expect((await first.concurrency.acquire({ key: 'k', limit: 1, leaseMs: 1000 })).acquired).toBe(
      true,
    );
    expect(
      (await first.tokenLimits.reserve({ key: 'k', tokens: 5, limit: 10, windowMs: 1000 })).allowed,
    ).toBe(true);
    await first.audit.append({
      type: 'key.created',
      actor: 'admin',
      subject: issued.record.id,
      tenant: 't',
      requestId: null,
      details: {},
    });
    const start = usageStart();
    first.usageRecorder.started(start);
    await first.close();
    await first.close();

    const second = await createStores({
      hmacSecret: testHmacSecret,
      sqlitePath,
      instanceId: 'node-a',
    });
    expect((await second.apiKeys.authenticate(issued.key)).ok).toBe(true);
    expect(await second.usage.reconcile({ instanceId: 'node-a', nowMs: Date.now() })).toBe(1);
    expect(await second.usage.get(start.requestId)).toMatchObject({ status: 'interrupted' });
    expect(await second.audit.verify()).toMatchObject({ ok: true, count: 1 });
    expect(second.limiterMode()).toBe('primary');
    await second.close();
  });

  it('keeps everything in memory when asked', async () => {
    const stores = await createStores({ hmacSecret: testHmacSecret, memory: true });
    expect(Object.values(stores.backends)).toEqual([
      'memory',
      'memory',
      'memory',
      'memory',
      'memory',
    ]);
    await stores.close();
  });

  it('refuses a short HMAC secret and an unreachable Redis', async () => {
    await expect(createStores({ hmacSecret: 'short', memory: true })).rejects.toMatchObject({
      code: 'store_misconfigured',
    });
    await expect(
      createStores({
        hmacSecret: testHmacSecret,
        sqlitePath: join(directory, 'r.sqlite'),
        redisUrl: 'redis://127.0.0.1:1',
      }),
    ).rejects.toMatchObject({ code: 'store_unavailable' });
  });
});

const postgresSkip = skipReason(await probePostgres());
const redisSkip = skipReason(await probeRedis());

describe.skipIf(postgresSkip !== undefined || redisSkip !== undefined)(
  'createStores, scaled out',
  () => {
    const schema = uniqueNamespace('lsg_factory');
    const prefix = `${uniqueNamespace('lsg-factory')}:`;
    afterAll(async () => {
      const pool = new Pool({ connectionString: testDatabaseUrl });
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
      const redis = new Redis(testRedisUrl);
      await deleteRedisPrefix(redis, prefix);
      await redis.quit();
    });

    const replica = (options: { readonly redis: boolean }): Promise<Stores> =>
      createStores({
        hmacSecret: testHmacSecret,
        databaseUrl: testDatabaseUrl,
        postgresSchema: schema,
        redisKeyPrefix: prefix,
        ...(options.redis ? { redisUrl: testRedisUrl } : {}),
      });

    it.each([
      { redis: true, limits: 'redis' },
      { redis: false, limits: 'postgres' },
    ])(
      'shares keys, limits and revocations between replicas (Redis: $redis)',
      async ({ redis, limits }) => {
        const [first, second] = await Promise.all([replica({ redis }), replica({ redis })]);
        if (first === undefined || second === undefined) throw new Error('expected two replicas');
        expect(first.backends).toEqual({
          keys: 'postgres',
          usage: 'postgres',
          audit: 'postgres',
          limits,
          revocations: limits,
        });
        const heard: KeyEvent[] = [];
        await second.revocations.subscribe((event) => heard.push(event));
        const issued = await first.apiKeys.issue({ name: 'shared', tenant: 't' });
        expect((await second.apiKeys.authenticate(issued.key)).ok).toBe(true);
        await first.apiKeys.revoke(issued.record.id);
        const started = Date.now();
        while (heard.length === 0 && Date.now() - started < 1000)
          await new Promise((resolve) => setTimeout(resolve, 5));
        expect(heard).toEqual([
          { type: 'key-changed', keyId: issued.record.id, change: 'revoked' },
        ]);
        const key = uniqueNamespace('shared-limit');
        const decisions = await Promise.all(
          Array.from({ length: 10 }, (_, index) =>
            (index % 2 === 0 ? first : second).rateLimits.consume({
              key,
              cost: 1,
              limit: 4,
              windowMs: 60_000,
            }),
          ),
        );
        expect(decisions.filter((decision) => decision.allowed)).toHaveLength(4);
        await Promise.all([first.close(), second.close()]);
      },
    );
  },
);
