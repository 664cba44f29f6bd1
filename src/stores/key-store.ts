import type { ApiKeyLimits, ApiKeyRecord, ApiKeyScopes } from './api-key.js';

export interface KeyListQuery {
  readonly tenant?: string;
  /** Revoked keys are left out unless asked for. */
  readonly includeRevoked?: boolean;
  /** Continue after this key id (the `next` of the previous page). */
  readonly after?: string;
  /** At most this many keys (1 to 1000; default 100). */
  readonly limit?: number;
}

export interface KeyPage {
  readonly keys: readonly ApiKeyRecord[];
  /** The cursor for the next page; null on the last page. */
  readonly next: string | null;
}

/** Fields an admin may change on a key. The secret, id and tenant never change. */
export interface ApiKeyChanges {
  readonly name?: string;
  readonly scopes?: ApiKeyScopes;
  readonly limits?: ApiKeyLimits;
  readonly expiresAtMs?: number | null;
}

export interface KeyRotation {
  /** The key being replaced. */
  readonly id: string;
  /** The new key's record (same tenant, scopes and limits; a new id and secret hash). */
  readonly replacement: ApiKeyRecord;
  /** Until when the old key stays valid alongside the new one. */
  readonly overlapEndsAtMs: number;
  readonly nowMs: number;
}

export interface KeyUse {
  readonly id: string;
  readonly lastUsedAtMs: number;
}

/**
 * Stored API keys, looked up by public id only. Holds hashes, never secrets; issuing, checking
 * and rotating keys with secrets is `ApiKeyManager`'s job.
 */
export interface KeyStore {
  /** Stores a new key; `store_conflict` when the id exists. */
  insert(record: ApiKeyRecord): Promise<void>;
  get(id: string): Promise<ApiKeyRecord | undefined>;
  /** Keys ordered by id. */
  list(query?: KeyListQuery): Promise<KeyPage>;
  update(id: string, changes: ApiKeyChanges): Promise<ApiKeyRecord | undefined>;
  /** Marks a key revoked (the first revocation time is kept); undefined when it does not exist. */
  revoke(id: string, revokedAtMs: number): Promise<ApiKeyRecord | undefined>;
  /**
   * Atomically inserts the replacement and ends the old key at the overlap's end (or earlier, if
   * it expires sooner). Undefined, and nothing written, unless the old key exists and is active:
   * not revoked, not expired and not already replaced (so two racing rotations yield one winner).
   */
  rotate(rotation: KeyRotation): Promise<ApiKeyRecord | undefined>;
  /** Records uses in one batch; a time earlier than the stored one is ignored. */
  touch(uses: readonly KeyUse[]): Promise<void>;
}
