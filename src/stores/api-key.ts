import type { GuardPolicyOverride } from '../core/index.js';

/** What a key may reach. `null` means unrestricted. */
export interface ApiKeyScopes {
  /** Inbound surfaces (`query`, `openai`, `anthropic`). */
  readonly surfaces: readonly string[] | null;
  /** Models or route names the key may ask for. */
  readonly models: readonly string[] | null;
  readonly routes: readonly string[] | null;
  readonly maxTokensPerRequest: number | null;
  /** Guard policy changes for this key (on top of the gateway's and the route's); null: none. */
  readonly guard: GuardPolicyOverride | null;
}

/** Per-key limits. `null` means the gateway default (or none). */
export interface ApiKeyLimits {
  readonly requestsPerMinute: number | null;
  readonly tokensPerMinute: number | null;
  readonly maxConcurrency: number | null;
  readonly budgetUsdPerDay: number | null;
  readonly budgetUsdPerMonth: number | null;
}

/**
 * A stored API key. It holds only an HMAC of the secret, never the secret; the full key text
 * exists once, in the answer to its creation. Times are epoch milliseconds.
 */
export interface ApiKeyRecord {
  /** The public id: the middle part of `<prefix>_<id>_<secret>`. */
  readonly id: string;
  readonly prefix: string;
  readonly name: string;
  readonly tenant: string;
  /** HMAC-SHA-256 of the secret under the server secret, lowercase hex. */
  readonly secretHash: string;
  readonly scopes: ApiKeyScopes;
  readonly limits: ApiKeyLimits;
  readonly createdAtMs: number;
  readonly expiresAtMs: number | null;
  /** Updated in batches (see `ApiKeyManager`), so it lags by up to the flush interval. */
  readonly lastUsedAtMs: number | null;
  readonly revokedAtMs: number | null;
  /** The key that replaced this one by rotation; this one stays valid until `expiresAtMs`. */
  readonly replacedById: string | null;
}

export const unrestrictedScopes: ApiKeyScopes = {
  surfaces: null,
  models: null,
  routes: null,
  maxTokensPerRequest: null,
  guard: null,
};

export const noKeyLimits: ApiKeyLimits = {
  requestsPerMinute: null,
  tokensPerMinute: null,
  maxConcurrency: null,
  budgetUsdPerDay: null,
  budgetUsdPerMonth: null,
};
