import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { checkConcurrencyRequest } from '../check-concurrency-request.js';
import { checkWindowMs } from '../check-quota-arguments.js';
import type {
  ConcurrencyDecision,
  ConcurrencyLease,
  ConcurrencyRequest,
  ConcurrencyStore,
} from '../concurrency-store.js';
import { toNumber } from '../read-column.js';
import { toStoreError } from '../store-error.js';
import { RedisScript } from './redis-script.js';

/** KEYS[1]: the key's sorted set (member lease id, score expiry). ARGV: id, limit, now, expiry, ttl. */
const acquireScript = new RedisScript(`
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
local active = redis.call('ZCARD', KEYS[1])
if active >= tonumber(ARGV[2]) then return {0, active} end
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[5]) then redis.call('PEXPIRE', KEYS[1], ARGV[5]) end
return {1, active + 1}
`);

/** ARGV: id, now, new expiry, ttl. */
const renewScript = new RedisScript(`
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not score or tonumber(score) <= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], 'XX', ARGV[3], ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[4]) then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return 1
`);

export interface RedisConcurrencyStoreOptions {
  readonly client: Redis;
  readonly prefix: string;
  readonly now?: () => number;
  readonly newId?: () => string;
}

/** Slack on the key's time to live beyond its longest lease (it is only a garbage collector). */
const ttlSlackMs = 60_000;

/** Leases in one Redis sorted set per key; acquire and renew are one Lua script each. */
export class RedisConcurrencyStore implements ConcurrencyStore {
  private readonly client: Redis;
  private readonly prefix: string;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(options: RedisConcurrencyStoreOptions) {
    this.client = options.client;
    this.prefix = options.prefix;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomUUID;
  }

  async acquire(request: ConcurrencyRequest): Promise<ConcurrencyDecision> {
    checkConcurrencyRequest(request);
    const nowMs = this.now();
    const lease = { key: request.key, id: this.newId(), expiresAtMs: nowMs + request.leaseMs };
    let reply: unknown;
    try {
      reply = await acquireScript.run(
        this.client,
        [this.redisKey(request.key)],
        [lease.id, request.limit, nowMs, lease.expiresAtMs, request.leaseMs + ttlSlackMs],
      );
    } catch (error) {
      throw toStoreError(error, 'Redis lease acquire');
    }
    const [acquired, active] = Array.isArray(reply)
      ? reply.map((item: unknown) => toNumber(item) ?? 0)
      : [0, 0];
    if (acquired !== 1) return { acquired: false, limit: request.limit, active: active ?? 0 };
    return { acquired: true, lease, limit: request.limit, active: active ?? 1 };
  }

  async renew(lease: ConcurrencyLease, leaseMs: number): Promise<ConcurrencyLease | undefined> {
    checkWindowMs(leaseMs);
    const nowMs = this.now();
    const expiresAtMs = nowMs + leaseMs;
    let reply: unknown;
    try {
      reply = await renewScript.run(
        this.client,
        [this.redisKey(lease.key)],
        [lease.id, nowMs, expiresAtMs, leaseMs + ttlSlackMs],
      );
    } catch (error) {
      throw toStoreError(error, 'Redis lease renew');
    }
    return toNumber(reply) === 1 ? { key: lease.key, id: lease.id, expiresAtMs } : undefined;
  }

  async release(lease: ConcurrencyLease): Promise<void> {
    try {
      await this.client.zrem(this.redisKey(lease.key), lease.id);
    } catch (error) {
      throw toStoreError(error, 'Redis lease release');
    }
  }

  private redisKey(key: string): string {
    return `${this.prefix}lease:${key}`;
  }
}
