import type { ModelPricing, ProviderAdapter } from '../core/index.js';

/** One of a provider's keys. The secret is never logged; `id` (`k1`, `k2`…) is what logs show. */
export interface Credential {
  readonly id: string;
  readonly secret: string | undefined;
  /** Where the key comes from (`GROQ_API_KEY`), named in the loud log line when it is rejected. */
  readonly source: string;
}

/** One provider + model the router may send a request to. */
export interface Target {
  readonly provider: string;
  readonly model: string;
  readonly adapter: ProviderAdapter;
  readonly pricing: ModelPricing;
  /** At least one; several form a key pool, each its own lane. */
  readonly credentials: readonly Credential[];
}
