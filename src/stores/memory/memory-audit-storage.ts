import type { AuditAnchor, AuditQuery } from '../audit-log.js';
import { emptyAuditHead, type AuditRow, type AuditStorage } from '../audit-storage.js';

/** Audit rows in an array (which tests may pass in, to tamper with), for one process. */
export class MemoryAuditStorage implements AuditStorage {
  private head: AuditAnchor = emptyAuditHead;

  constructor(private readonly rows: AuditRow[] = []) {
    const last = rows[rows.length - 1];
    if (last !== undefined) this.head = { sequence: last.sequence, hash: last.hash };
  }

  appendRows(build: (head: AuditAnchor) => readonly AuditRow[]): Promise<readonly AuditRow[]> {
    const added = build(this.head);
    this.rows.push(...added);
    const last = added[added.length - 1];
    if (last !== undefined) this.head = { sequence: last.sequence, hash: last.hash };
    return Promise.resolve(added);
  }

  queryRows(query: AuditQuery, limit: number): Promise<readonly AuditRow[]> {
    const descending = query.order !== 'asc';
    const after = query.after;
    const matching = this.rows.filter(
      (row) =>
        (query.type === undefined || row.type === query.type) &&
        (query.actor === undefined || row.actor === query.actor) &&
        (query.subject === undefined || row.subject === query.subject) &&
        (query.tenant === undefined || row.tenant === query.tenant) &&
        (query.fromMs === undefined || row.atMs >= query.fromMs) &&
        (query.toMs === undefined || row.atMs < query.toMs) &&
        (after === undefined || (descending ? row.sequence < after : row.sequence > after)),
    );
    matching.sort((left, right) =>
      descending ? right.sequence - left.sequence : left.sequence - right.sequence,
    );
    return Promise.resolve(matching.slice(0, limit));
  }

  scanRows(visit: (row: AuditRow) => boolean): Promise<AuditAnchor> {
    const ordered = [...this.rows].sort((left, right) => left.sequence - right.sequence);
    for (const row of ordered) {
      if (!visit(row)) break;
    }
    return Promise.resolve(this.head);
  }
}
