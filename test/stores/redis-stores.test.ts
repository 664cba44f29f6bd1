import { redisBackend } from './support/redis-backend.js';
import { runStoreContracts } from './support/run-store-contracts.js';
import { probeRedis, skipReason } from './support/services.js';

runStoreContracts(redisBackend(), skipReason(await probeRedis()));
