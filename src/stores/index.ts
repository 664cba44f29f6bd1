export { MemoryRateLimitStore } from './memory/memory-rate-limit-store.js';
export type { RateLimitDecision, RateLimitRequest, RateLimitStore } from './rate-limit-store.js';
