import type { Stage } from '../core/index.js';
import type { ClientLimiter } from './client-limiter.js';

/** Layer 2: authenticated requests count against the client's limit. */
export function createRateLimitStage(limiter: ClientLimiter): Stage {
  return {
    name: 'rate-limit',
    async handle(context, next) {
      return (await limiter.admit(context)) ?? next();
    },
  };
}
