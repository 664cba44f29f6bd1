import { QuotaRateLimitStore } from '../quota-rate-limit-store.js';
import { MemoryQuotaStore } from './memory-quota-store.js';

/**
 * A process-local request-rate limiter: {@link QuotaRateLimitStore} over a
 * {@link MemoryQuotaStore}. Windows start at a key's first request, as before.
 */
export class MemoryRateLimitStore extends QuotaRateLimitStore {
  constructor(options: { readonly now?: () => number } = {}) {
    super(
      options.now === undefined
        ? { quotas: new MemoryQuotaStore() }
        : { quotas: new MemoryQuotaStore(), now: options.now },
    );
  }
}
