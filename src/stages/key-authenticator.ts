import type { Principal } from '../core/index.js';
import {
  checkApiKey,
  parseApiKey,
  type ApiKeyManager,
  type ApiKeyRecord,
  type KeyStore,
  type RevocationChannel,
} from '../stores/index.js';
import type { Authenticator } from './authenticator.js';

export interface KeyAuthenticatorOptions {
  readonly store: KeyStore;
  readonly manager: ApiKeyManager;
  readonly hmacSecret: string;
  /** How long a lookup is trusted; the revocation broadcast drops entries sooner. */
  readonly cacheMs: number;
  readonly revocations: RevocationChannel;
  readonly now: () => number;
}

interface CacheEntry {
  readonly record: ApiKeyRecord | undefined;
  readonly until: number;
}

function principalOf(record: ApiKeyRecord): Principal {
  return {
    keyId: record.id,
    name: record.name,
    tenant: record.tenant,
    kind: 'key',
    limits: record.limits,
    scopes: {
      surfaces: record.scopes.surfaces,
      models: record.scopes.models ?? record.scopes.routes,
      maxTokensPerRequest: record.scopes.maxTokensPerRequest,
    },
    ...(record.scopes.guard === null ? {} : { guard: record.scopes.guard }),
  };
}

/**
 * Issued keys (`lsg_<id>_<secret>`): looked up by public id in a short-lived cache in front of the
 * key store, so the database is off the request path, and checked in constant time against the
 * stored HMAC. A revocation, rotation or update announced by any replica drops the cached entry at
 * once; the cache lifetime bounds staleness even if an announcement is lost.
 */
export async function createKeyAuthenticator(
  options: KeyAuthenticatorOptions,
): Promise<Authenticator> {
  const cache = new Map<string, CacheEntry>();
  await options.revocations.subscribe((event) => {
    if (event.type === 'resync') cache.clear();
    else cache.delete(event.keyId);
  });

  async function lookup(id: string): Promise<ApiKeyRecord | undefined> {
    const now = options.now();
    const cached = cache.get(id);
    if (cached !== undefined && cached.until > now) return cached.record;
    const record = await options.store.get(id);
    if (cache.size > 100_000) cache.clear();
    cache.set(id, { record, until: now + options.cacheMs });
    return record;
  }

  return {
    async authenticate(credential: string): Promise<Principal | undefined> {
      const parsed = parseApiKey(credential);
      if (parsed === undefined) return undefined;
      const record = await lookup(parsed.id);
      if (record === undefined || record.prefix !== parsed.prefix) return undefined;
      const nowMs = Date.now();
      const check = checkApiKey(record, parsed.secret, options.hmacSecret, nowMs);
      if (!check.ok) return undefined;
      options.manager.markUsed(record.id, nowMs);
      return principalOf(record);
    },
  };
}
