import {
  MemoryAuditStorage,
  MemoryConcurrencyStore,
  MemoryKeyStore,
  MemoryQuotaStore,
  MemoryRevocationChannel,
  MemoryUsageStore,
  type AuditRow,
  type ConcurrencyStore,
} from '../../../src/stores/index.js';
import { auditLogOver } from '../contracts/audit-log.contract.js';
import type { StoreBackend } from './store-backend.js';

/** The memory backend: one process, so every "replica" shares the same objects. */
export function memoryBackend(): StoreBackend {
  const quotas = new MemoryQuotaStore();
  const leases = new Map<() => number, ConcurrencyStore>();
  const keys = new MemoryKeyStore();
  const usage = new MemoryUsageStore();
  const channel = new MemoryRevocationChannel();
  return {
    name: 'memory',
    open: () => Promise.resolve(),
    close: () => Promise.resolve(),
    limits: () => ({
      replicas: 3,
      quotas: () => quotas,
      concurrency: (_replica, now) => {
        let store = leases.get(now);
        if (store === undefined) {
          store = new MemoryConcurrencyStore({ now });
          leases.set(now, store);
        }
        return store;
      },
    }),
    keys: () => ({ keys: () => keys }),
    usage: () => ({ usage: () => usage }),
    audit: () => ({
      chain: () => {
        const rows: AuditRow[] = [];
        const storage = new MemoryAuditStorage(rows);
        return Promise.resolve({
          replicas: 3,
          log: (_replica: number, now: () => number) => auditLogOver(storage, now),
          tamper: (rewrite: (rows: AuditRow[]) => AuditRow[]) => {
            rows.splice(0, rows.length, ...rewrite([...rows]));
            return Promise.resolve();
          },
        });
      },
    }),
    revocations: () => ({ channel: () => channel }),
  };
}
