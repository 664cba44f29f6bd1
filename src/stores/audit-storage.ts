import type { AuditAnchor, AuditQuery } from './audit-log.js';

/** A stored row, `details` as the exact canonical JSON text that was hashed. */
export interface AuditRow {
  readonly sequence: number;
  readonly atMs: number;
  readonly type: string;
  readonly actor: string | null;
  readonly subject: string | null;
  readonly tenant: string | null;
  readonly requestId: string | null;
  readonly details: string;
  readonly previousHash: string;
  readonly hash: string;
}

export const genesisHash = '0'.repeat(64);

/** The head of an empty chain. */
export const emptyAuditHead: AuditAnchor = { sequence: 0, hash: genesisHash };

/**
 * What a backend provides under `ChainedAuditLog`, which does the hashing and checking once for
 * all of them. Rows are never updated or deleted.
 */
export interface AuditStorage {
  /**
   * Within one transaction that excludes every other append (a row lock on PostgreSQL,
   * BEGIN IMMEDIATE on SQLite): reads the head, stores the rows `build` makes from it, and moves
   * the head to the last of them.
   */
  appendRows(build: (head: AuditAnchor) => readonly AuditRow[]): Promise<readonly AuditRow[]>;
  queryRows(query: AuditQuery, limit: number): Promise<readonly AuditRow[]>;
  /**
   * Visits every row in sequence order, from one consistent snapshot, until `visit` returns
   * false; returns the head of that same snapshot.
   */
  scanRows(visit: (row: AuditRow) => boolean): Promise<AuditAnchor>;
}
