import { postgresBackend } from './support/postgres-backend.js';
import { runStoreContracts } from './support/run-store-contracts.js';
import { probePostgres, skipReason } from './support/services.js';

runStoreContracts(postgresBackend(), skipReason(await probePostgres()));
