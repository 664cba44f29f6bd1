import { sqliteBackend } from './support/sqlite-backend.js';
import { runStoreContracts } from './support/run-store-contracts.js';

runStoreContracts(sqliteBackend(), undefined);
