import type { ModelPricing, ProviderAdapter } from '../core/index.js';

/** One provider + model the router may send a request to, with everything needed to call it. */
export interface Target {
  readonly provider: string;
  readonly model: string;
  readonly adapter: ProviderAdapter;
  /** Never logged. */
  readonly credential: string | undefined;
  readonly pricing: ModelPricing;
  /** The variable holding the credential, named in the loud log line when a provider rejects it. */
  readonly credentialName: string;
}
