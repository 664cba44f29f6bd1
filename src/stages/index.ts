export { createAuthenticateStage } from './authenticate.js';
export {
  chainAuthenticators,
  createStaticKeyAuthenticator,
  type Authenticator,
} from './authenticator.js';
export { ClientLimiter, type ClientLimit } from './client-limiter.js';
export { extractCredential } from './extract-credential.js';
export { createGuardInputStage, type GuardInputOptions } from './guard-input.js';
export { createGuardOutputStage } from './guard-output.js';
export { createObserveStage } from './observe.js';
export { exceedsDepth, parseJsonBody } from './parse-json-body.js';
export { createRateLimitStage } from './rate-limit.js';
export { createRouteHandler } from './route.js';
export { createValidateStage } from './validate.js';
export { createAdmission, type Admission } from './admission.js';
export { createAuthorizeStage } from './authorize.js';
export { createKeyAuthenticator } from './key-authenticator.js';
export { createQuotaStage } from './quota.js';
export { createRecordUsageStage } from './record-usage.js';
export { createSecurityAuditor, noAudit, type SecurityAuditor } from './security-auditor.js';
