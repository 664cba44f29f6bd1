import { afterAll, beforeAll, describe } from 'vitest';
import { describeAuditLogContract } from '../contracts/audit-log.contract.js';
import { describeBudgetStoreContract } from '../contracts/budget-store.contract.js';
import { describeConcurrencyStoreContract } from '../contracts/concurrency-store.contract.js';
import { describeKeyStoreContract } from '../contracts/key-store.contract.js';
import { describeRateLimitStoreContract } from '../contracts/rate-limit-store.contract.js';
import { describeRevocationChannelContract } from '../contracts/revocation-channel.contract.js';
import { describeTokenLimitStoreContract } from '../contracts/token-limit-store.contract.js';
import { describeUsageStoreContract } from '../contracts/usage-store.contract.js';
import type { StoreBackend } from './store-backend.js';

/**
 * The one place that runs every contract suite a backend supports. Each backend's test file is a
 * single call of this, so the suites are never copied, and backends run in parallel files.
 */
export function runStoreContracts(backend: StoreBackend, skipReason: string | undefined): void {
  const suite = skipReason === undefined ? describe : describe.skip;
  const title =
    skipReason === undefined
      ? `${backend.name} stores`
      : `${backend.name} stores (skipped: ${skipReason})`;
  suite(title, () => {
    beforeAll(() => backend.open(), 60_000);
    afterAll(() => backend.close(), 60_000);
    if (backend.limits !== undefined) {
      describeRateLimitStoreContract(backend.name, backend.limits);
      describeTokenLimitStoreContract(backend.name, backend.limits);
      describeBudgetStoreContract(backend.name, backend.limits);
      describeConcurrencyStoreContract(backend.name, backend.limits);
    }
    if (backend.keys !== undefined) describeKeyStoreContract(backend.name, backend.keys);
    if (backend.usage !== undefined) describeUsageStoreContract(backend.name, backend.usage);
    if (backend.audit !== undefined) describeAuditLogContract(backend.name, backend.audit);
    if (backend.revocations !== undefined)
      describeRevocationChannelContract(backend.name, backend.revocations);
  });
}
