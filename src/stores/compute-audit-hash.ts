import { createHmac } from 'node:crypto';
import type { AuditRow } from './audit-storage.js';

/** The chain key: derived from the server secret, so it is never the key-hash key itself. */
export function deriveAuditKey(serverSecret: string): Buffer {
  return createHmac('sha256', serverSecret).update('lsg audit chain v1').digest();
}

/** HMAC-SHA-256 over the previous hash and every content column, including the sequence. */
export function computeAuditHash(key: Buffer, row: Omit<AuditRow, 'hash'>): string {
  const content = JSON.stringify([
    row.sequence,
    row.atMs,
    row.type,
    row.actor,
    row.subject,
    row.tenant,
    row.requestId,
    row.details,
  ]);
  return createHmac('sha256', key)
    .update(row.previousHash)
    .update('\n')
    .update(content)
    .digest('hex');
}
