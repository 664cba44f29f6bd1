import { checkLimitKey, checkQuotaAmount, checkWindowMs } from './check-quota-arguments.js';
import type { ConcurrencyRequest } from './concurrency-store.js';

export function checkConcurrencyRequest(request: ConcurrencyRequest): void {
  checkLimitKey(request.key);
  checkQuotaAmount(request.limit, 'limit');
  checkWindowMs(request.leaseMs);
}
