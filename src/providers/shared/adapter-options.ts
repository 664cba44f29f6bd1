import type { Dispatcher } from 'undici';
import type { UpstreamLimits } from './upstream-limits.js';

/** What every adapter factory receives from the composition root. */
export interface AdapterOptions {
  /** Base URL including the API version where the provider's SDK includes it. */
  readonly baseUrl: string;
  readonly dispatcher: Dispatcher;
  readonly limits: UpstreamLimits;
  /** Extra headers sent on every request to this provider (from configuration). */
  readonly headers?: Readonly<Record<string, string>>;
}
