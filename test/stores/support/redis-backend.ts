import { Redis } from 'ioredis';
import {
  RedisConcurrencyStore,
  RedisQuotaStore,
  RedisRevocationChannel,
} from '../../../src/stores/index.js';
import { testRedisUrl, uniqueNamespace } from './services.js';
import { Opened, type StoreBackend } from './store-backend.js';

interface RedisState {
  readonly clients: readonly Redis[];
  readonly channels: Map<number, RedisRevocationChannel>;
}

/** Deletes every key under `prefix`, with SCAN (never KEYS) and UNLINK. */
export async function deleteRedisPrefix(client: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await client.unlink(...keys);
  } while (cursor !== '0');
}

/**
 * The Redis backend under a key prefix of its own, deleted afterwards. Each replica is a separate
 * client connection, as separate gateway processes would have.
 */
export function redisBackend(): StoreBackend {
  const state = new Opened<RedisState>();
  const prefix = `${uniqueNamespace('lsg-test')}:`;
  const replicas = 3;
  const client = (replica: number): Redis => {
    const clients = state.get().clients;
    return clients[replica] ?? (clients[0] as Redis);
  };
  return {
    name: 'redis',
    open: async () => {
      const clients = Array.from(
        { length: replicas },
        () =>
          new Redis(testRedisUrl, {
            lazyConnect: true,
            connectTimeout: 3000,
            maxRetriesPerRequest: 1,
          }),
      );
      for (const redis of clients) redis.on('error', () => undefined);
      state.set({ clients, channels: new Map() });
      await Promise.all(clients.map((redis) => redis.connect()));
    },
    close: async () => {
      const current = state.take();
      if (current === undefined) return;
      await Promise.all([...current.channels.values()].map((channel) => channel.close()));
      const first = current.clients[0];
      if (first !== undefined) await deleteRedisPrefix(first, prefix);
      await Promise.all(current.clients.map((redis) => redis.quit()));
    },
    limits: () => ({
      replicas,
      quotas: (replica) => new RedisQuotaStore(client(replica), prefix),
      concurrency: (replica, now) =>
        new RedisConcurrencyStore({ client: client(replica), prefix, now }),
    }),
    revocations: () => ({
      channel: (replica) => {
        const channels = state.get().channels;
        let channel = channels.get(replica);
        if (channel === undefined) {
          channel = new RedisRevocationChannel({
            client: client(replica),
            channel: `${prefix}key-events`,
          });
          channels.set(replica, channel);
        }
        return channel;
      },
    }),
  };
}
