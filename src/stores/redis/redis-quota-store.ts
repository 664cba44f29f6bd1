import type { Redis } from 'ioredis';
import type { QuotaCounter, QuotaResult, QuotaStore, QuotaWindow } from '../quota-store.js';
import { toNumber } from '../read-column.js';
import { StoreError, toStoreError } from '../store-error.js';
import { RedisScript } from './redis-script.js';

/**
 * KEYS: one hash per counter ({w = window start, e = window end, v = value}).
 * ARGV: amount, now, then limit, start, end per counter.
 * Returns {allowed, used1, end1, used2, end2, ...}.
 */
const reserveScript = new RedisScript(`
local amount = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local allowed = 1
local starts, ends, used = {}, {}, {}
for i = 1, #KEYS do
  local limit = tonumber(ARGV[3 * i])
  local start = tonumber(ARGV[3 * i + 1])
  local stored = redis.call('HMGET', KEYS[i], 'w', 'e', 'v')
  local w, e, v = tonumber(stored[1]), tonumber(stored[2]), tonumber(stored[3])
  if w == nil or e == nil or v == nil or w < start or e <= now then
    w, e, v = start, tonumber(ARGV[3 * i + 2]), 0
  end
  starts[i], ends[i], used[i] = w, e, v
  if v + amount > limit then allowed = 0 end
end
local reply = {allowed}
for i = 1, #KEYS do
  if allowed == 1 then
    used[i] = used[i] + amount
    redis.call('HSET', KEYS[i], 'w', starts[i], 'e', ends[i], 'v', used[i])
    redis.call('PEXPIRE', KEYS[i], math.max(1, ends[i] - now) + 1000)
  end
  reply[2 * i] = used[i]
  reply[2 * i + 1] = ends[i]
end
return reply
`);

/** KEYS: counters; ARGV: delta, then the window end each reservation was made in. */
const adjustScript = new RedisScript(`
local delta = tonumber(ARGV[1])
for i = 1, #KEYS do
  local stored = redis.call('HMGET', KEYS[i], 'e', 'v')
  if tonumber(stored[1]) == tonumber(ARGV[i + 1]) then
    redis.call('HSET', KEYS[i], 'v', math.max(0, (tonumber(stored[2]) or 0) + delta))
  end
end
return 1
`);

/**
 * Quota counters in Redis: each reservation and adjustment is one Lua script (EVALSHA), which
 * Redis runs atomically, so any number of replicas share exact counts. Keys expire a second after
 * their window ends. Not for Redis Cluster: a multi-counter reservation spans hash slots.
 */
export class RedisQuotaStore implements QuotaStore {
  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
  ) {}

  async reserve(
    counters: readonly QuotaCounter[],
    amount: number,
    nowMs: number,
  ): Promise<QuotaResult> {
    const keys = counters.map((counter) => `${this.prefix}quota:${counter.id}`);
    const args: (string | number)[] = [amount, nowMs];
    for (const counter of counters)
      args.push(counter.limit, counter.windowStartMs, counter.windowEndMs);
    let reply: unknown;
    try {
      reply = await reserveScript.run(this.client, keys, args);
    } catch (error) {
      throw toStoreError(error, 'Redis quota reserve');
    }
    if (!Array.isArray(reply) || reply.length !== 1 + 2 * counters.length) {
      throw new StoreError('store_corrupt', 'The quota script returned an unexpected reply.');
    }
    const numbers = reply.map((item: unknown) => toNumber(item) ?? 0);
    return {
      allowed: numbers[0] === 1,
      counters: counters.map((_, index) => ({
        used: numbers[1 + 2 * index] ?? 0,
        windowEndMs: numbers[2 + 2 * index] ?? 0,
      })),
    };
  }

  async adjust(windows: readonly QuotaWindow[], delta: number): Promise<void> {
    const keys = windows.map((window) => `${this.prefix}quota:${window.id}`);
    try {
      await adjustScript.run(this.client, keys, [
        delta,
        ...windows.map((window) => window.windowEndMs),
      ]);
    } catch (error) {
      throw toStoreError(error, 'Redis quota adjust');
    }
  }
}
