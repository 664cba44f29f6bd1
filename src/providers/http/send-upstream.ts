import { request, type Dispatcher } from 'undici';
import { classifyNetworkError } from './classify-network-error.js';

export interface UpstreamRequest {
  readonly dispatcher: Dispatcher;
  readonly url: string;
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
    return await request(upstream.url, {
      method: 'POST',
      dispatcher: upstream.dispatcher,
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
