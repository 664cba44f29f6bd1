import type { GatewayConfig } from './config/index.js';
import { createStores, loadServerSecret, type Stores } from './stores/index.js';

/** The stores the configuration names, as the gateway itself opens them. */
export function openStores(storage: GatewayConfig['storage']): Promise<Stores> {
  return createStores({
    hmacSecret: loadServerSecret(storage.secret, storage.sqlitePath),
    sqlitePath: storage.sqlitePath,
    instanceId: storage.instanceId,
    postgresSchema: storage.databaseSchema,
    redisKeyPrefix: storage.redisKeyPrefix,
    ...(storage.databaseUrl === undefined ? {} : { databaseUrl: storage.databaseUrl }),
    ...(storage.redisUrl === undefined ? {} : { redisUrl: storage.redisUrl }),
  });
}
