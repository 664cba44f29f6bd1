import { silentLogger, type Logger } from '../core/index.js';
import {
  noKeyLimits,
  unrestrictedScopes,
  type ApiKeyLimits,
  type ApiKeyRecord,
  type ApiKeyScopes,
} from './api-key.js';
import { defaultApiKeyPrefix } from './api-key-format.js';
import { checkApiKey, type ApiKeyCheck } from './check-api-key.js';
import { generateApiKey, type RandomBytes } from './generate-api-key.js';
import { checkServerSecret, hashSecret, verifySecret } from './hash-secret.js';
import type { ApiKeyChanges, KeyStore } from './key-store.js';
import { parseApiKey } from './parse-api-key.js';
import type { KeyChange, RevocationChannel } from './revocation-channel.js';
import { StoreError } from './store-error.js';

export interface ApiKeyManagerOptions {
  readonly store: KeyStore;
  /** The server secret the key hashes are keyed with (at least 32 characters). */
  readonly hmacSecret: string;
  readonly prefix?: string;
  readonly now?: () => number;
  readonly randomBytes?: RandomBytes;
  /** When given, revocations, rotations and updates are announced to every replica. */
  readonly revocations?: RevocationChannel;
  /** How often `lastUsedAtMs` is written, in one batch (default 10 s). */
  readonly touchIntervalMs?: number;
  readonly logger?: Logger;
}

export interface NewApiKey {
  readonly name: string;
  readonly tenant: string;
  readonly scopes?: Partial<ApiKeyScopes>;
  readonly limits?: Partial<ApiKeyLimits>;
  readonly expiresAtMs?: number | null;
}

/** The full key text appears here once, and is never stored. */
export interface IssuedApiKey {
  readonly key: string;
  readonly record: ApiKeyRecord;
}

const unusedHash = '0'.repeat(64);

/**
 * Issues, checks, rotates and revokes keys over any {@link KeyStore}. Remembers uses in memory
 * and writes `lastUsedAtMs` in one batch per interval (and on `flush`/`close`), never once per
 * request. Caching lookups is the caller's choice; subscribe to the revocation channel to drop
 * cached keys.
 */
export class ApiKeyManager {
  private readonly store: KeyStore;
  private readonly hmacSecret: string;
  private readonly prefix: string;
  private readonly now: () => number;
  private readonly randomBytes: RandomBytes | undefined;
  private readonly revocations: RevocationChannel | undefined;
  private readonly logger: Logger;
  private uses = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(options: ApiKeyManagerOptions) {
    checkServerSecret(options.hmacSecret);
    this.store = options.store;
    this.hmacSecret = options.hmacSecret;
    this.prefix = options.prefix ?? defaultApiKeyPrefix;
    this.now = options.now ?? Date.now;
    this.randomBytes = options.randomBytes;
    this.revocations = options.revocations;
    this.logger = options.logger ?? silentLogger;
    this.timer = setInterval(() => void this.flush(), options.touchIntervalMs ?? 10_000);
    this.timer.unref();
  }

  async issue(input: NewApiKey): Promise<IssuedApiKey> {
    const issued = this.newRecord(input);
    await this.store.insert(issued.record);
    return issued;
  }

  /** Parses, looks up and checks presented key text; records the use when it is valid. */
  async authenticate(text: string): Promise<ApiKeyCheck> {
    const parsed = parseApiKey(text);
    if (parsed === undefined) return { ok: false, reason: 'malformed' };
    const record = await this.store.get(parsed.id);
    if (record === undefined || record.prefix !== parsed.prefix) {
      verifySecret(parsed.secret, unusedHash, this.hmacSecret); // Same work as a known id.
      return { ok: false, reason: 'unknown' };
    }
    const nowMs = this.now();
    const check = checkApiKey(record, parsed.secret, this.hmacSecret, nowMs);
    if (check.ok) this.markUsed(record.id, nowMs);
    return check;
  }

  /**
   * A new key with the old one's tenant, scopes and limits; the old one stays valid for
   * `overlapMs` more. Undefined when the old key is missing, revoked, expired or already rotated.
   */
  async rotate(
    id: string,
    options: { readonly overlapMs: number },
  ): Promise<IssuedApiKey | undefined> {
    const old = await this.store.get(id);
    if (old === undefined) return undefined;
    const nowMs = this.now();
    const issued = this.newRecord({
      name: old.name,
      tenant: old.tenant,
      scopes: old.scopes,
      limits: old.limits,
      expiresAtMs: old.expiresAtMs,
    });
    const rotated = await this.store.rotate({
      id,
      replacement: issued.record,
      overlapEndsAtMs: nowMs + Math.max(0, options.overlapMs),
      nowMs,
    });
    if (rotated === undefined) return undefined;
    await this.announce(id, 'rotated');
    return issued;
  }

  async revoke(id: string): Promise<ApiKeyRecord | undefined> {
    const record = await this.store.revoke(id, this.now());
    if (record !== undefined) await this.announce(id, 'revoked');
    return record;
  }

  async update(id: string, changes: ApiKeyChanges): Promise<ApiKeyRecord | undefined> {
    const record = await this.store.update(id, changes);
    if (record !== undefined) await this.announce(id, 'updated');
    return record;
  }

  /** Remembers a use; written with the next batch. */
  markUsed(id: string, atMs: number = this.now()): void {
    const previous = this.uses.get(id);
    if (previous === undefined || previous < atMs) this.uses.set(id, atMs);
  }

  /** Writes the remembered uses now. A failed write keeps them for the next try. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeUses());
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async writeUses(): Promise<void> {
    if (this.uses.size === 0) return;
    const batch = this.uses;
    this.uses = new Map();
    try {
      await this.store.touch([...batch].map(([id, lastUsedAtMs]) => ({ id, lastUsedAtMs })));
    } catch (error) {
      for (const [id, atMs] of batch) this.markUsed(id, atMs);
      this.logger.warn({ err: error, keys: batch.size }, 'Could not record key uses; will retry.');
    }
  }

  private newRecord(input: NewApiKey): IssuedApiKey {
    if (input.name.length === 0 || input.tenant.length === 0) {
      throw new StoreError('store_invalid_request', 'A key needs a name and a tenant.');
    }
    const generated = generateApiKey(this.prefix, this.randomBytes);
    const record: ApiKeyRecord = {
      id: generated.id,
      prefix: generated.prefix,
      name: input.name,
      tenant: input.tenant,
      secretHash: hashSecret(generated.secret, this.hmacSecret),
      scopes: { ...unrestrictedScopes, ...input.scopes },
      limits: { ...noKeyLimits, ...input.limits },
      createdAtMs: this.now(),
      expiresAtMs: input.expiresAtMs ?? null,
      lastUsedAtMs: null,
      revokedAtMs: null,
      replacedById: null,
    };
    return { key: generated.key, record };
  }

  private async announce(keyId: string, change: KeyChange): Promise<void> {
    if (this.revocations === undefined) return;
    try {
      await this.revocations.publish(keyId, change);
    } catch (error) {
      this.logger.error({ err: error, keyId, change }, 'Could not broadcast a key change.');
    }
  }
}
