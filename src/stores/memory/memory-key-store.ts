import type { ApiKeyRecord } from '../api-key.js';
import type {
  ApiKeyChanges,
  KeyListQuery,
  KeyPage,
  KeyRotation,
  KeyStore,
  KeyUse,
} from '../key-store.js';
import { pageLimit } from '../page-limit.js';
import { promiseOf } from '../promise-of.js';
import { StoreError } from '../store-error.js';

/** Keys in a map, for tests and single-process demos. */
export class MemoryKeyStore implements KeyStore {
  private readonly records = new Map<string, ApiKeyRecord>();

  insert(record: ApiKeyRecord): Promise<void> {
    if (this.records.has(record.id)) {
      return Promise.reject(new StoreError('store_conflict', 'A key with this id exists.'));
    }
    this.records.set(record.id, record);
    return Promise.resolve();
  }

  get(id: string): Promise<ApiKeyRecord | undefined> {
    return Promise.resolve(this.records.get(id));
  }

  list(query: KeyListQuery = {}): Promise<KeyPage> {
    return promiseOf(() => this.listNow(query));
  }

  private listNow(query: KeyListQuery): KeyPage {
    const limit = pageLimit(query.limit);
    const after = query.after;
    const matching = [...this.records.values()]
      .filter(
        (record) =>
          (query.tenant === undefined || record.tenant === query.tenant) &&
          (query.includeRevoked === true || record.revokedAtMs === null) &&
          (after === undefined || record.id > after),
      )
      .sort((left, right) => (left.id < right.id ? -1 : 1));
    const keys = matching.slice(0, limit);
    const last = keys[keys.length - 1];
    return { keys, next: matching.length > limit && last ? last.id : null };
  }

  update(id: string, changes: ApiKeyChanges): Promise<ApiKeyRecord | undefined> {
    const record = this.records.get(id);
    if (record === undefined) return Promise.resolve(undefined);
    const updated: ApiKeyRecord = {
      ...record,
      name: changes.name ?? record.name,
      scopes: changes.scopes ?? record.scopes,
      limits: changes.limits ?? record.limits,
      expiresAtMs: changes.expiresAtMs === undefined ? record.expiresAtMs : changes.expiresAtMs,
    };
    this.records.set(id, updated);
    return Promise.resolve(updated);
  }

  revoke(id: string, revokedAtMs: number): Promise<ApiKeyRecord | undefined> {
    const record = this.records.get(id);
    if (record === undefined) return Promise.resolve(undefined);
    const updated = { ...record, revokedAtMs: record.revokedAtMs ?? revokedAtMs };
    this.records.set(id, updated);
    return Promise.resolve(updated);
  }

  rotate(rotation: KeyRotation): Promise<ApiKeyRecord | undefined> {
    const record = this.records.get(rotation.id);
    const active =
      record !== undefined &&
      record.revokedAtMs === null &&
      record.replacedById === null &&
      (record.expiresAtMs === null || record.expiresAtMs > rotation.nowMs);
    if (!active) return Promise.resolve(undefined);
    if (this.records.has(rotation.replacement.id)) {
      return Promise.reject(new StoreError('store_conflict', 'A key with this id exists.'));
    }
    const updated: ApiKeyRecord = {
      ...record,
      expiresAtMs: Math.min(
        record.expiresAtMs ?? rotation.overlapEndsAtMs,
        rotation.overlapEndsAtMs,
      ),
      replacedById: rotation.replacement.id,
    };
    this.records.set(record.id, updated);
    this.records.set(rotation.replacement.id, rotation.replacement);
    return Promise.resolve(updated);
  }

  touch(uses: readonly KeyUse[]): Promise<void> {
    for (const use of uses) {
      const record = this.records.get(use.id);
      if (record !== undefined && (record.lastUsedAtMs ?? -Infinity) < use.lastUsedAtMs) {
        this.records.set(use.id, { ...record, lastUsedAtMs: use.lastUsedAtMs });
      }
    }
    return Promise.resolve();
  }
}
