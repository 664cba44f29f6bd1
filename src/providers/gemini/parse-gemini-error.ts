import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError, type ErrorCode } from '../../core/index.js';
import { classifyHttpStatus } from '../http/classify-http-status.js';
import { arrayField, isRecord, numberField, recordField, stringField } from '../http/parse-json.js';
import { parseDurationSeconds } from '../http/parse-retry-after.js';
import { sanitizeUpstreamMessage } from '../shared/sanitize-upstream-message.js';

interface GoogleError {
  readonly code: number | undefined;
  readonly status: string | undefined;
  readonly message: string | undefined;
  readonly reasons: readonly string[];
  readonly quotaIds: readonly string[];
  readonly retryDelayMs: number | undefined;
}

function readGoogleError(body: unknown): GoogleError {
  const error = isRecord(body) ? (recordField(body, 'error') ?? body) : {};
  const reasons: string[] = [];
  const quotaIds: string[] = [];
  let retryDelayMs: number | undefined;
  for (const detail of arrayField(error, 'details')) {
    if (!isRecord(detail)) continue;
    const reason = stringField(detail, 'reason');
    if (reason !== undefined) reasons.push(reason);
    const delay = stringField(detail, 'retryDelay');
    if (delay !== undefined) retryDelayMs = parseDurationSeconds(delay);
    for (const violation of arrayField(detail, 'violations')) {
      const quotaId = isRecord(violation) ? stringField(violation, 'quotaId') : undefined;
      if (quotaId !== undefined) quotaIds.push(quotaId);
    }
  }
  return {
    code: numberField(error, 'code'),
    status: stringField(error, 'status'),
    message: stringField(error, 'message'),
    reasons,
    quotaIds,
    retryDelayMs,
  };
}

function classify(status: number, error: GoogleError): ErrorCode {
  // With API keys, a bad key is a 400 (API_KEY_INVALID) and a missing one a 403, never a 401.
  if (error.reasons.includes('API_KEY_INVALID')) return 'provider_auth_failed';
  if (error.status === 'FAILED_PRECONDITION' || error.status === 'PERMISSION_DENIED') {
    return 'provider_auth_failed';
  }
  if (status === 429 && error.quotaIds.some((id) => /PerDay/i.test(id))) {
    return 'provider_quota_exhausted';
  }
  return classifyHttpStatus(status);
}

/** Classifies a Google API error answer (HTTP status, `status` and `details[]`). */
export function parseGeminiError(
  status: number,
  body: unknown,
  _headers: IncomingHttpHeaders,
): GatewayError {
  const error = readGoogleError(body);
  return new GatewayError(classify(status, error), {
    upstreamStatus: status,
    detail: `upstream ${status}${error.status === undefined ? '' : ` ${error.status}`}: ${sanitizeUpstreamMessage(error.message)}`,
    ...(error.retryDelayMs === undefined ? {} : { retryAfterMs: error.retryDelayMs }),
  });
}

/** An error object that arrived inside a 200 stream or body. */
export function parseInBandGeminiError(body: unknown): GatewayError {
  const error = readGoogleError(body);
  return parseGeminiError(error.code ?? 500, body, {});
}
