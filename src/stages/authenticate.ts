import { GatewayError, reject, type Stage } from '../core/index.js';
import type { Authenticator } from './authenticator.js';
import type { ClientLimiter } from './client-limiter.js';
import type { SecurityAuditor } from './security-auditor.js';
import { extractCredential } from './extract-credential.js';

/**
 * Layer 1: the caller must present a known key. A failed attempt is charged to the client's rate
 * limit before the 401, so guessing keys is throttled like any other traffic.
 */
export function createAuthenticateStage(
  authenticator: Authenticator,
  limiter: ClientLimiter,
  auditor: SecurityAuditor,
): Stage {
  return {
    name: 'authenticate',
    async handle(context, next) {
      const credential = extractCredential(context.headers);
      const principal =
        credential === undefined ? undefined : await authenticator.authenticate(credential);
      if (principal === undefined) {
        const limited = await limiter.admit(context);
        const error =
          limited?.type === 'rejection'
            ? limited.error
            : new GatewayError(credential === undefined ? 'missing_api_key' : 'invalid_api_key');
        auditor.rejected(context, 'auth.failed', error);
        return reject(error);
      }
      context.principal = principal;
      return next();
    },
  };
}
