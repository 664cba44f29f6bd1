import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHeaders } from '../../core/index.js';

/**
 * Checks `Authorization: Bearer <ADMIN_API_KEY>` in constant time. Only this header: the client
 * headers (`X-API-Key`, `x-goog-api-key`) are never read here, and client keys are never admin keys.
 */
export function createAdminCheck(
  adminKey: string,
): (headers: IncomingHeaders) => 'ok' | 'missing' | 'invalid' {
  const expected = createHash('sha256').update(adminKey, 'utf8').digest();
  return (headers) => {
    const value = headers.authorization;
    const header = Array.isArray(value) ? value[0] : value;
    const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match?.[1] === undefined) return 'missing';
    const presented = createHash('sha256').update(match[1], 'utf8').digest();
    return timingSafeEqual(presented, expected) ? 'ok' : 'invalid';
  };
}
