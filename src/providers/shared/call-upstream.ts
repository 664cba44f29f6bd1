import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import type { GatewayError } from '../../core/index.js';
import { readBody } from '../http/read-body.js';
import { tryParseJson } from '../http/parse-json.js';
import {
  sendUpstream,
  type UpstreamEndpoint,
  type UpstreamResponse,
} from '../http/send-upstream.js';
import type { UpstreamLimits } from './upstream-limits.js';

/** Turns a non-2xx upstream answer into a catalog error; one per dialect. */
export type ErrorClassifier = (
  status: number,
  body: unknown,
  headers: IncomingHttpHeaders,
) => GatewayError;

export interface UpstreamCallInput {
  readonly dispatcher: Dispatcher;
  readonly endpoint: UpstreamEndpoint;
  readonly headers: Readonly<Record<string, string>>;
  readonly payload: unknown;
  readonly signal: AbortSignal;
  readonly limits: UpstreamLimits;
  readonly classifyError: ErrorClassifier;
}

const maxErrorBodyBytes = 64 * 1024;

/**
 * Sends one request upstream and returns the response once it is known to be a success. Error
 * answers are read (bounded), classified by the dialect and thrown; their bodies never leave the
 * gateway except, sanitised, in a log line.
 */
export async function callUpstream(input: UpstreamCallInput): Promise<UpstreamResponse> {
  const response = await sendUpstream({
    dispatcher: input.dispatcher,
    endpoint: input.endpoint,
    headers: input.headers,
    body: JSON.stringify(input.payload),
    signal: input.signal,
    headersTimeoutMs: input.limits.headersTimeoutMs,
    bodyTimeoutMs: input.limits.idleTimeoutMs,
  });
  if (response.statusCode >= 200 && response.statusCode < 300) return response;
  let text = '';
  try {
    text = await readBody(response.body, maxErrorBodyBytes, input.signal);
  } catch {
    // An unreadable error body still tells us its status.
  }
  throw input.classifyError(response.statusCode, tryParseJson(text), response.headers);
}
