import type { JsonObject } from './json-value.js';

/**
 * An admin action or a security event. Types are dotted names, for example `key.created`,
 * `key.revoked`, `key.rotated`, `auth.failed`, `limit.rejected`, `guard.rejected`.
 */
export interface AuditEvent {
  readonly type: string;
  /** Who acted: an admin name, a key id, a client address. */
  readonly actor: string | null;
  /** What it was about: usually a key id. */
  readonly subject: string | null;
  readonly tenant: string | null;
  readonly requestId: string | null;
  /** Free-form detail (never a secret), at most 16 KiB as JSON. */
  readonly details: JsonObject;
}

/** A stored event: numbered from 1, and chained to the previous one by hash. */
export interface AuditRecord extends AuditEvent {
  readonly sequence: number;
  readonly atMs: number;
  readonly previousHash: string;
  readonly hash: string;
}

/** A point of the chain to check against, kept somewhere the database's writers cannot reach. */
export interface AuditAnchor {
  readonly sequence: number;
  readonly hash: string;
}

export interface AuditQuery {
  readonly type?: string;
  readonly actor?: string;
  readonly subject?: string;
  readonly tenant?: string;
  readonly fromMs?: number;
  readonly toMs?: number;
  /** Continue after this sequence number (the `next` of the previous page). */
  readonly after?: number;
  /** `desc` (newest first) by default. */
  readonly order?: 'asc' | 'desc';
  /** 1 to 1000; default 100. */
  readonly limit?: number;
}

export interface AuditPage {
  readonly records: readonly AuditRecord[];
  readonly next: number | null;
}

export type AuditViolation =
  /** A row is missing, or one was inserted or moved. */
  | 'sequence_gap'
  /** A row does not point at the hash of the row before it. */
  | 'previous_hash_mismatch'
  /** A row's content does not match its hash: it was edited. */
  | 'hash_mismatch'
  /** The chain's recorded head does not match its last row: rows were cut off or added. */
  | 'head_mismatch'
  /** The row at the anchor's sequence does not carry the anchor's hash, or is gone. */
  | 'anchor_mismatch';

export type AuditVerification =
  | { readonly ok: true; readonly count: number; readonly head: AuditAnchor }
  | {
      readonly ok: false;
      /** The first sequence number at which the chain is wrong. */
      readonly firstBadSequence: number;
      readonly violation: AuditViolation;
    };

/**
 * The append-only, hash-chained audit log. Each row stores the previous row's hash and its own,
 * an HMAC over its content and that previous hash under a key derived from the server secret, so
 * rewriting a row needs the secret as well as the database. Appends from many processes are
 * serialised into one chain. `verify()` finds any edited, deleted, inserted or reordered row;
 * cutting rows off the end together with the head is found only against an anchor.
 */
export interface AuditLog {
  append(event: AuditEvent): Promise<AuditRecord>;
  list(query?: AuditQuery): Promise<AuditPage>;
  verify(options?: { readonly anchor?: AuditAnchor }): Promise<AuditVerification>;
}
