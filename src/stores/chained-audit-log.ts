import type {
  AuditAnchor,
  AuditEvent,
  AuditLog,
  AuditPage,
  AuditQuery,
  AuditRecord,
  AuditVerification,
} from './audit-log.js';
import { AuditChainVerifier } from './audit-chain-verifier.js';
import type { AuditRow, AuditStorage } from './audit-storage.js';
import { canonicalJson } from './canonical-json.js';
import { computeAuditHash, deriveAuditKey } from './compute-audit-hash.js';
import { checkServerSecret } from './hash-secret.js';
import type { JsonObject } from './json-value.js';
import { pageLimit } from './page-limit.js';
import { StoreError } from './store-error.js';

export interface ChainedAuditLogOptions {
  readonly storage: AuditStorage;
  /** The server secret; the chain key is derived from it. */
  readonly hmacSecret: string;
  readonly now?: () => number;
}

interface PendingAppend {
  readonly event: AuditEvent;
  readonly details: string;
  readonly resolve: (record: AuditRecord) => void;
  readonly reject: (error: unknown) => void;
}

const maxDetailsLength = 16_384;
const maxGroupSize = 256;

/**
 * {@link AuditLog} over any {@link AuditStorage}. Appends that arrive while one is being written
 * are chained together in the next transaction (group commit), so a burst of events costs one
 * lock and one round trip per group rather than per event.
 */
export class ChainedAuditLog implements AuditLog {
  private readonly storage: AuditStorage;
  private readonly key: Buffer;
  private readonly now: () => number;
  private readonly pending: PendingAppend[] = [];
  private writing = false;

  constructor(options: ChainedAuditLogOptions) {
    checkServerSecret(options.hmacSecret);
    this.storage = options.storage;
    this.key = deriveAuditKey(options.hmacSecret);
    this.now = options.now ?? Date.now;
  }

  append(event: AuditEvent): Promise<AuditRecord> {
    const details = canonicalJson(event.details);
    if (details.length > maxDetailsLength || event.type.length === 0) {
      return Promise.reject(
        new StoreError(
          'store_invalid_request',
          'An audit event needs a type and details under 16 KiB.',
        ),
      );
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ event, details, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  async list(query: AuditQuery = {}): Promise<AuditPage> {
    const limit = pageLimit(query.limit);
    const rows = await this.storage.queryRows(query, limit + 1);
    const records = rows.slice(0, limit).map(toRecord);
    const last = records[records.length - 1];
    return { records, next: rows.length > limit && last !== undefined ? last.sequence : null };
  }

  async verify(options: { readonly anchor?: AuditAnchor } = {}): Promise<AuditVerification> {
    const verifier = new AuditChainVerifier(this.key, options.anchor);
    const head = await this.storage.scanRows((row) => verifier.visit(row));
    return verifier.finish(head);
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.pending.length > 0) {
      const group = this.pending.splice(0, maxGroupSize);
      try {
        const rows = await this.storage.appendRows((head) => this.chain(group, head));
        group.forEach((item, index) => {
          const row = rows[index];
          if (row === undefined)
            item.reject(new StoreError('store_corrupt', 'An append lost a row.'));
          else item.resolve(toRecord(row));
        });
      } catch (error) {
        for (const item of group) item.reject(error);
      }
    }
    this.writing = false;
  }

  private chain(group: readonly PendingAppend[], head: AuditAnchor): AuditRow[] {
    const atMs = this.now();
    let previous = head;
    return group.map((item) => {
      const content = {
        sequence: previous.sequence + 1,
        atMs,
        type: item.event.type,
        actor: item.event.actor,
        subject: item.event.subject,
        tenant: item.event.tenant,
        requestId: item.event.requestId,
        details: item.details,
        previousHash: previous.hash,
      };
      const row = { ...content, hash: computeAuditHash(this.key, content) };
      previous = { sequence: row.sequence, hash: row.hash };
      return row;
    });
  }
}

function toRecord(row: AuditRow): AuditRecord {
  let details: JsonObject = {};
  try {
    const parsed: unknown = JSON.parse(row.details);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      details = parsed as JsonObject;
    }
  } catch {
    // A row whose details no longer parse is reported by verify(); list shows it without them.
  }
  return {
    sequence: row.sequence,
    atMs: row.atMs,
    type: row.type,
    actor: row.actor,
    subject: row.subject,
    tenant: row.tenant,
    requestId: row.requestId,
    details,
    previousHash: row.previousHash,
    hash: row.hash,
  };
}
