import { memoryBackend } from './support/memory-backend.js';
import { runStoreContracts } from './support/run-store-contracts.js';

runStoreContracts(memoryBackend(), undefined);
