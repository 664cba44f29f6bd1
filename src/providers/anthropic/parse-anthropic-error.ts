import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError, type ErrorCode } from '../../core/index.js';
import { classifyHttpStatus } from '../http/classify-http-status.js';
import { isRecord, recordField, stringField } from '../http/parse-json.js';
import { parseRetryAfter } from '../http/parse-retry-after.js';
import { sanitizeUpstreamMessage } from '../shared/sanitize-upstream-message.js';

const typeToCode: Readonly<Record<string, ErrorCode>> = {
  authentication_error: 'provider_auth_failed',
  permission_error: 'provider_auth_failed',
  billing_error: 'provider_quota_exhausted',
  not_found_error: 'provider_model_not_found',
  rate_limit_error: 'provider_rate_limited',
  overloaded_error: 'provider_overloaded',
  api_error: 'provider_server_error',
  timeout_error: 'provider_timeout',
};

function describe(body: unknown): { type: string | undefined; message: string | undefined } {
  const error = isRecord(body) ? (recordField(body, 'error') ?? body) : {};
  return { type: stringField(error, 'type'), message: stringField(error, 'message') };
}

/** Classifies an Anthropic error answer (`{"type":"error","error":{type,message}}`). */
export function parseAnthropicError(
  status: number,
  body: unknown,
  headers: IncomingHttpHeaders,
): GatewayError {
  const { type, message } = describe(body);
  const code = (type === undefined ? undefined : typeToCode[type]) ?? classifyHttpStatus(status);
  const retryAfterMs = parseRetryAfter(headers, Date.now());
  return new GatewayError(code, {
    upstreamStatus: status,
    detail: `upstream ${status}${type === undefined ? '' : ` ${type}`}: ${sanitizeUpstreamMessage(message)}`,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** An `error` event after the 200. */
export function parseInBandAnthropicError(body: unknown): GatewayError {
  const { type, message } = describe(body);
  const code = (type === undefined ? undefined : typeToCode[type]) ?? 'provider_server_error';
  return new GatewayError(code, {
    detail: `upstream in-band error${type === undefined ? '' : ` ${type}`}: ${sanitizeUpstreamMessage(message)}`,
  });
}
