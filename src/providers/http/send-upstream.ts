import type { Dispatcher } from 'undici';
import { classifyNetworkError } from './classify-network-error.js';

/** An upstream URL split once, at start: undici then skips URL parsing on every call. */
export interface UpstreamEndpoint {
  readonly origin: string;
  /** Path and query string. */
  readonly path: string;
}

/** Joins a base URL (which may carry a path such as `/openai/v1`) and a route, once. */
export function upstreamEndpoint(baseUrl: string, route: string): UpstreamEndpoint {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${route}`);
  return { origin: url.origin, path: `${url.pathname}${url.search}` };
}

export interface UpstreamRequest {
  readonly dispatcher: Dispatcher;
  readonly endpoint: UpstreamEndpoint;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text of the request body. */
  readonly body: string;
  readonly signal: AbortSignal;
  /** Time allowed until response headers arrive. */
  readonly headersTimeoutMs?: number;
  /** Time allowed between two chunks of the response body (idle timeout). */
  readonly bodyTimeoutMs?: number;
}

export type UpstreamResponse = Dispatcher.ResponseData;

/**
 * POSTs a JSON body upstream with undici (keep-alive pools through the injected dispatcher).
 * Network failures and aborts become catalog errors; an aborted signal's GatewayError reason
 * (client gone, attempt timeout, deadline) is rethrown as is.
 */
export async function sendUpstream(upstream: UpstreamRequest): Promise<UpstreamResponse> {
  try {
    return await upstream.dispatcher.request({
      origin: upstream.endpoint.origin,
      path: upstream.endpoint.path,
      method: 'POST',
      headers: upstream.headers,
      body: upstream.body,
      signal: upstream.signal,
      headersTimeout: upstream.headersTimeoutMs ?? null,
      bodyTimeout: upstream.bodyTimeoutMs ?? null,
    });
  } catch (error) {
    throw classifyNetworkError(error, upstream.signal);
  }
}

/** Common request headers: JSON in and out, and no compression (we parse every byte anyway). */
export function jsonHeaders(extra: Readonly<Record<string, string>>): Record<string, string> {
  return { 'content-type': 'application/json', accept: 'application/json', ...extra };
}
