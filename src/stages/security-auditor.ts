import type { GatewayError, Logger, RequestContext } from '../core/index.js';
import type { AuditLog, JsonObject } from '../stores/index.js';

/** Records security events in the audit log, off the request path. */
export interface SecurityAuditor {
  rejected(context: RequestContext, type: string, error: GatewayError, details?: JsonObject): void;
}

export const noAudit: SecurityAuditor = { rejected: () => undefined };

/**
 * Appends security events (failed authentication, limit and guard rejections) to the hash-chained
 * audit log without making the request wait; a failed append is logged, never thrown.
 */
export function createSecurityAuditor(audit: AuditLog, logger: Logger): SecurityAuditor {
  return {
    rejected(context, type, error, details = {}) {
      audit
        .append({
          type,
          actor: context.principal?.keyId ?? `ip:${context.clientIp}`,
          subject: context.principal?.keyId ?? null,
          tenant: context.principal?.tenant ?? null,
          requestId: context.requestId,
          details: { code: error.code, surface: context.surface, ...details },
        })
        .catch((failure: unknown) =>
          logger.warn({ err: failure, type }, 'could not append an audit event'),
        );
    },
  };
}
