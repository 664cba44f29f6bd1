import { createStores, type Stores } from '../../src/stores/index.js';

export const testServerSecret = 'test-server-secret-0123456789-abcdef';

/** Stores in process memory: each test gateway gets its own, nothing touches the disk. */
export function createMemoryStores(): Promise<Stores> {
  return createStores({ memory: true, hmacSecret: testServerSecret });
}
