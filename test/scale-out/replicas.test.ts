import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnGateway, type GatewayProcess } from '../../drills/spawn-gateway.js';
import { startSimulator, type Simulator } from '../../sim/index.js';
import { startRoundRobinBalancer, type Balancer } from '../../drills/round-robin-balancer.js';
import { servicesAvailable, testDatabaseUrl, testRedisUrl } from '../helpers/require-services.js';

/**
 * Several gateway processes sharing PostgreSQL (keys, usage, audit) and Redis (limits, budgets,
 * the revocation broadcast) behind a round-robin load balancer, as in a scaled-out deployment.
 */
const services = await servicesAvailable();
const suffix = randomBytes(4).toString('hex');
const schema = `scale_${suffix}`;
const redisPrefix = `scale${suffix}:`;
const adminKey = 'scale-out-admin-key-0123456789';
const serviceKey = 'scale-out-service-key-0123';

let simulator: Simulator;
let replicas: GatewayProcess[] = [];
let balancer: Balancer;
const dispatcher = new Agent({ connections: 2048, keepAliveTimeout: 10_000 });
/** Every key issued during the run, for the plaintext scan at the end. */
const issuedKeys: string[] = [];

function replicaEnv(index: number): Record<string, string> {
  return {
    DATABASE_URL: testDatabaseUrl,
    DATABASE_SCHEMA: schema,
    REDIS_URL: testRedisUrl,
    REDIS_KEY_PREFIX: redisPrefix,
    GATEWAY_SECRET: 'scale-out-server-secret-0123456789abcdef',
    ADMIN_API_KEY: adminKey,
    SERVICE_API_KEY: serviceKey,
    GROQ_API_KEY: 'sim',
    GROQ_BASE_URL: simulator.provider('groq').baseUrl,
    PROVIDER_ORDER: 'groq',
    RATE_LIMIT: '1000000/minute',
    INSTANCE_ID: `replica-${index}`,
    // One replica logs every request, so the log scan below has something to read.
    LOG_LEVEL: index === 0 ? 'info' : 'warn',
    SHUTDOWN_GRACE_MS: '500',
    // Four replicas, the balancer and 2,000 clients share two cores (with other test files):
    // shedding on event-loop delay is the overload drill's subject, not this suite's.
    SHED_EVENT_LOOP_DELAY_MS: '10000',
  };
}

async function post(url: string, path: string, headers: Record<string, string>, body: unknown) {
  const response = await request(`${url}${path}`, {
    method: 'POST',
    dispatcher,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    text,
    json: () => JSON.parse(text) as Record<string, unknown>,
  };
}

function chat(url: string, key: string, requestId?: string) {
  return post(
    url,
    '/v1/chat/completions',
    {
      authorization: `Bearer ${key}`,
      ...(requestId === undefined ? {} : { 'x-request-id': requestId }),
    },
    {
      model: 'default',
      messages: [{ role: 'user', content: 'hello from a replica test' }],
      max_tokens: 64,
    },
  );
}

async function createKey(settings: Record<string, unknown>): Promise<{ id: string; key: string }> {
  const response = await post(
    balancer.url,
    '/admin/keys',
    { authorization: `Bearer ${adminKey}` },
    { name: 'scale', tenant: 'scale', ...settings },
  );
  expect(response.status, JSON.stringify(response.json())).toBe(201);
  const created = response.json() as unknown as { id: string; key: string };
  issuedKeys.push(created.key);
  return created;
}

describe.skipIf(!services.available)(
  `four replicas sharing PostgreSQL and Redis${services.available ? '' : ` (skipped: ${services.reason})`}`,
  () => {
    beforeAll(async () => {
      simulator = await startSimulator(['groq']);
      // The first replica migrates the schema; the others start against it.
      replicas = [await spawnGateway(replicaEnv(0))];
      replicas.push(
        ...(await Promise.all([1, 2, 3].map((index) => spawnGateway(replicaEnv(index))))),
      );
      balancer = await startRoundRobinBalancer(replicas.map((replica) => replica.url));
    }, 60_000);

    afterAll(async () => {
      await balancer.close();
      await Promise.all(replicas.map((replica) => replica.stop()));
      await simulator.close();
      await dispatcher.close();
      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
      const redis = new Redis(testRedisUrl);
      let cursor = '0';
      do {
        const [nextCursor, keys] = await redis.scan(
          cursor,
          'MATCH',
          `${redisPrefix}*`,
          'COUNT',
          500,
        );
        cursor = nextCursor;
        if (keys.length > 0) await redis.unlink(...keys);
      } while (cursor !== '0');
      redis.disconnect();
    }, 60_000);

    it('admits exactly 100 of 2,000 concurrent requests for a key limited to 100 per minute', async () => {
      const { key } = await createKey({ rpm: 100 });
      const statuses = await Promise.all(
        Array.from({ length: 2000 }, async () => (await chat(balancer.url, key)).status),
      );
      expect(statuses.filter((status) => status === 200)).toHaveLength(100);
      expect(statuses.filter((status) => status === 429)).toHaveLength(1900);
    }, 120_000);

    it('never spends past a budget, whichever replicas the requests reach', async () => {
      const budget = 0.002;
      const { id, key } = await createKey({ budget_usd_per_day: budget });
      const statuses = await Promise.all(
        Array.from({ length: 400 }, async () => (await chat(balancer.url, key)).status),
      );
      expect(statuses).toContain(200);
      expect(statuses).toContain(402);
      await new Promise((resolve) => setTimeout(resolve, 600));
      const usage = await request(`${balancer.url}/admin/usage?key=${id}&group_by=key`, {
        dispatcher,
        headers: { authorization: `Bearer ${adminKey}` },
      });
      const rows = ((await usage.body.json()) as { rows: { cost_usd: number; requests: number }[] })
        .rows;
      expect(rows[0]?.requests).toBe(statuses.filter((status) => status === 200).length);
      expect(rows[0]?.cost_usd).toBeLessThanOrEqual(budget);
    }, 120_000);

    it('refuses a key on every replica within a second of its revocation through one', async () => {
      const { id, key } = await createKey({});
      for (const replica of replicas) expect((await chat(replica.url, key)).status).toBe(200);
      const revoked = await request(`${replicas[0]?.url ?? ''}/admin/keys/${id}`, {
        method: 'DELETE',
        dispatcher,
        headers: { authorization: `Bearer ${adminKey}` },
      });
      expect(revoked.statusCode).toBe(200);
      await revoked.body.text();
      const revokedAt = Date.now();
      const refusedAfter = await Promise.all(
        replicas.map(async (replica) => {
          for (;;) {
            if ((await chat(replica.url, key)).status === 401) return Date.now() - revokedAt;
            if (Date.now() - revokedAt > 5000) return Number.POSITIVE_INFINITY;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }),
      );
      for (const elapsed of refusedAfter) expect(elapsed).toBeLessThan(1000);
    }, 30_000);

    it('keeps exactly one terminal ledger row per acknowledged request when a replica is killed mid-load', async () => {
      const { key } = await createKey({});
      const victim = replicas[3];
      if (victim === undefined) throw new Error('no replica');
      const outcomes: { id: string; status: number; tokens: number }[] = [];
      let killed = false;
      const work = Array.from({ length: 20 }, async (_, worker) => {
        for (let index = 0; index < 25; index += 1) {
          const id = `kill-${suffix}-${worker}-${index}`;
          if (!killed && worker === 0 && index === 10) {
            killed = true;
            victim.child.kill('SIGKILL');
          }
          try {
            const response = await chat(balancer.url, key, id);
            const usage =
              response.status === 200
                ? (response.json().usage as { total_tokens: number })
                : undefined;
            outcomes.push({ id, status: response.status, tokens: usage?.total_tokens ?? 0 });
          } catch {
            outcomes.push({ id, status: 0, tokens: 0 });
          }
        }
      });
      await Promise.all(work);
      // Restart the killed replica under the same instance id: it reconciles its unfinished rows.
      const restarted = await spawnGateway(replicaEnv(3));
      replicas[3] = restarted;
      await new Promise((resolve) => setTimeout(resolve, 500));

      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      const result = await client.query<{
        request_id: string;
        status: string;
        prompt_tokens: number;
        completion_tokens: number;
      }>(
        `SELECT request_id, status, prompt_tokens, completion_tokens FROM ${schema}.usage_records WHERE request_id LIKE $1`,
        [`kill-${suffix}-%`],
      );
      await client.end();
      const rows = new Map(result.rows.map((row) => [row.request_id, row]));
      const acknowledged = outcomes.filter((outcome) => outcome.status === 200);
      expect(acknowledged.length).toBeGreaterThan(300);
      expect(outcomes.some((outcome) => outcome.status !== 200)).toBe(true);
      for (const outcome of acknowledged) {
        const row = rows.get(outcome.id);
        expect(row?.status, outcome.id).toBe('succeeded');
        expect(Number(row?.prompt_tokens) + Number(row?.completion_tokens)).toBe(outcome.tokens);
      }
      expect([...rows.values()].every((row) => row.status !== 'started')).toBe(true);
      expect(result.rows.length).toBe(new Set(result.rows.map((row) => row.request_id)).size);
    }, 120_000);

    it('keeps every key out of a PostgreSQL dump, the logs and error bodies', async () => {
      const canary = `lsg_canary${suffix}_${randomBytes(24).toString('hex')}`;
      const refused = await chat(replicas[0]?.url ?? '', canary);
      expect(refused.status).toBe(401);
      expect(refused.text).not.toContain(canary);
      const { key } = await createKey({});
      const malformed = await post(
        replicas[0]?.url ?? '',
        '/v1/chat/completions',
        { authorization: `Bearer ${key}` },
        { model: 'default', messages: 'not a list' },
      );
      expect(malformed.status).toBe(400);
      expect(malformed.text).not.toContain(key);

      const dump = execFileSync('pg_dump', ['--dbname', testDatabaseUrl, '--schema', schema], {
        maxBuffer: 256 * 1024 * 1024,
      });
      expect(dump.includes(Buffer.from(`${schema}.api_keys`))).toBe(true);
      const logs = replicas.flatMap((replica) => replica.logLines).join('\n');
      expect(logs).toContain('request');
      expect(issuedKeys.length).toBeGreaterThan(4);
      for (const secret of [...issuedKeys, canary]) {
        const secretPart = secret.slice(secret.lastIndexOf('_') + 1);
        expect(secretPart.length).toBeGreaterThanOrEqual(32);
        expect(dump.includes(Buffer.from(secretPart))).toBe(false);
        expect(logs.includes(secretPart)).toBe(false);
      }
    }, 60_000);
  },
);
