import { parentPort } from 'node:worker_threads';
import {
  ChainedAuditLog,
  SqliteAuditStorage,
  SqliteConcurrencyStore,
  SqliteQuotaStore,
  isStoreError,
  openSqliteDatabase,
} from '../../../src/stores/index.js';
import type { WorkerRequest } from './sqlite-worker-protocol.js';

/**
 * Runs in a worker thread: SQLite stores on their own connection, so calls from several workers
 * contend for the file's lock exactly as separate processes would.
 */
interface Opened {
  readonly quotas: SqliteQuotaStore;
  readonly leases: SqliteConcurrencyStore;
  readonly audit: (hmacSecret: string) => ChainedAuditLog;
}

let clockMs = 0;
const now = (): number => clockMs;
const opened = new Map<string, Opened>();

function open(path: string): Opened {
  let stores = opened.get(path);
  if (stores === undefined) {
    const database = openSqliteDatabase(path);
    let audit: ChainedAuditLog | undefined;
    stores = {
      quotas: new SqliteQuotaStore(database),
      leases: new SqliteConcurrencyStore(database, { now }),
      audit: (hmacSecret) =>
        (audit ??= new ChainedAuditLog({
          storage: new SqliteAuditStorage(database),
          hmacSecret,
          now,
        })),
    };
    opened.set(path, stores);
  }
  return stores;
}

async function handle(request: WorkerRequest): Promise<unknown> {
  clockMs = request.nowMs;
  const stores = open(request.path);
  switch (request.operation) {
    case 'quota.reserve':
      return stores.quotas.reserve(request.counters, request.amount, request.nowMs);
    case 'quota.adjust':
      return stores.quotas.adjust(request.windows, request.delta);
    case 'lease.acquire':
      return stores.leases.acquire(request.request);
    case 'lease.renew':
      return stores.leases.renew(request.lease, request.leaseMs);
    case 'lease.release':
      return stores.leases.release(request.lease);
    case 'audit.append':
      return stores.audit(request.hmacSecret).append(request.event);
  }
}

parentPort?.on('message', (message: unknown) => {
  const request = message as WorkerRequest;
  handle(request).then(
    (result) => parentPort?.postMessage({ id: request.id, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: {
          message: error instanceof Error ? error.message : String(error),
          code: isStoreError(error) ? error.code : undefined,
        },
      }),
  );
});
