import type { AuditAnchor, AuditVerification, AuditViolation } from './audit-log.js';
import { genesisHash, type AuditRow } from './audit-storage.js';
import { computeAuditHash } from './compute-audit-hash.js';

/**
 * Walks a chain row by row in sequence order and reports the first row that is wrong: a gap or
 * an extra row in the numbering, a broken link to the previous hash, content that does not match
 * its hash, or a head (or anchor) that does not match the last row.
 */
export class AuditChainVerifier {
  private expectedSequence = 1;
  private previousHash = genesisHash;
  private failure: { readonly sequence: number; readonly violation: AuditViolation } | undefined;

  constructor(
    private readonly key: Buffer,
    private readonly anchor: AuditAnchor | undefined,
  ) {}

  /** Checks one row; false once the chain is broken (no need to read further). */
  visit(row: AuditRow): boolean {
    if (row.sequence !== this.expectedSequence) {
      return this.fail(this.expectedSequence, 'sequence_gap');
    }
    if (row.previousHash !== this.previousHash) {
      return this.fail(row.sequence, 'previous_hash_mismatch');
    }
    if (computeAuditHash(this.key, row) !== row.hash)
      return this.fail(row.sequence, 'hash_mismatch');
    if (this.anchor?.sequence === row.sequence && this.anchor.hash !== row.hash) {
      return this.fail(row.sequence, 'anchor_mismatch');
    }
    this.previousHash = row.hash;
    this.expectedSequence += 1;
    return true;
  }

  finish(head: AuditAnchor): AuditVerification {
    if (this.failure !== undefined) {
      return {
        ok: false,
        firstBadSequence: this.failure.sequence,
        violation: this.failure.violation,
      };
    }
    const last = this.expectedSequence - 1;
    if (head.sequence !== last || head.hash !== this.previousHash) {
      const firstBadSequence = head.sequence === last ? last : Math.min(head.sequence, last) + 1;
      return { ok: false, firstBadSequence, violation: 'head_mismatch' };
    }
    if (this.anchor !== undefined && this.anchor.sequence > last) {
      return { ok: false, firstBadSequence: last + 1, violation: 'anchor_mismatch' };
    }
    return { ok: true, count: last, head: { sequence: last, hash: this.previousHash } };
  }

  private fail(sequence: number, violation: AuditViolation): false {
    this.failure = { sequence, violation };
    return false;
  }
}
