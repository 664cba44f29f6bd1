import type { ApiKeyRecord } from './api-key.js';
import { verifySecret } from './hash-secret.js';

export type ApiKeyRejection = 'malformed' | 'unknown' | 'mismatch' | 'revoked' | 'expired';

export type ApiKeyCheck =
  | { readonly ok: true; readonly record: ApiKeyRecord }
  | { readonly ok: false; readonly reason: ApiKeyRejection };

/**
 * Checks a presented secret against a stored key. The secret is compared first, in constant
 * time, so only the holder of the real secret learns whether a key is revoked or expired. A key
 * replaced by rotation stays valid until its `expiresAtMs` (the end of the overlap window).
 */
export function checkApiKey(
  record: ApiKeyRecord,
  secret: string,
  serverSecret: string,
  nowMs: number,
): ApiKeyCheck {
  if (!verifySecret(secret, record.secretHash, serverSecret))
    return { ok: false, reason: 'mismatch' };
  if (record.revokedAtMs !== null && record.revokedAtMs <= nowMs) {
    return { ok: false, reason: 'revoked' };
  }
  if (record.expiresAtMs !== null && record.expiresAtMs <= nowMs) {
    return { ok: false, reason: 'expired' };
  }
  return { ok: true, record };
}
