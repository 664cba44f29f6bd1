import type { IncomingHttpHeaders } from 'node:http';
import type { RequestContext, SimResponse } from './dialect.js';
import type { ProviderState } from './provider-state.js';

/** The dialect's auth rejection, or undefined when the request may proceed. */
export function checkAuth(
  state: ProviderState,
  context: RequestContext,
  headers: IncomingHttpHeaders,
  query: URLSearchParams | undefined,
): SimResponse | undefined {
  const { dialect, apiKey } = state;
  if (dialect.auth === 'none') return undefined;
  if (dialect.auth === 'optional' && apiKey === undefined) return undefined;
  const credential = dialect.readCredential({ headers, query });
  if (credential === undefined) return dialect.errors.authMissing(context);
  if (apiKey !== undefined && credential !== apiKey) return dialect.errors.authInvalid(context);
  return undefined;
}
