import type { DialectErrors, RequestContext, SimResponse } from '../../dialect.js';
import { jsonResponse } from '../../json-response.js';

/** RFC 3339 without fractions, as in `anthropic-ratelimit-*-reset`. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Anthropic's envelope: `{"type":"error","error":{type,message},"request_id"}`. */
export function anthropicError(
  context: RequestContext,
  status: number,
  type: string,
  message: string,
  headers?: Readonly<Record<string, string>>,
): SimResponse {
  return jsonResponse(
    status,
    { type: 'error', error: { type, message }, request_id: context.requestId },
    headers,
  );
}

const serverErrors: Readonly<Record<number, { readonly type: string; readonly message: string }>> =
  {
    500: { type: 'api_error', message: 'Internal server error' },
    503: { type: 'overloaded_error', message: 'Overloaded' },
    504: { type: 'timeout_error', message: 'Request timed out' },
    529: { type: 'overloaded_error', message: 'Overloaded' },
  };

export const anthropicErrors: DialectErrors = {
  invalidJson: (context) =>
    anthropicError(context, 400, 'invalid_request_error', 'The request body is not valid JSON.'),
  unknownPath: (context) => anthropicError(context, 404, 'not_found_error', 'Not Found'),
  methodNotAllowed: (context, method, allow) =>
    anthropicError(context, 405, 'invalid_request_error', `Method ${method} not allowed`, {
      allow,
    }),
  payloadTooLarge: (context) =>
    anthropicError(
      context,
      413,
      'request_too_large',
      'Request exceeds the maximum allowed number of bytes.',
    ),
  authMissing: (context) =>
    anthropicError(context, 401, 'authentication_error', 'x-api-key header is required'),
  authInvalid: (context) =>
    anthropicError(context, 401, 'authentication_error', 'invalid x-api-key'),
  modelNotFound: (context, model) =>
    anthropicError(context, 404, 'not_found_error', `model: ${model}`),
  contextTooLong: (context, tokens, limit) =>
    anthropicError(
      context,
      400,
      'invalid_request_error',
      `prompt is too long: ${tokens} tokens > ${limit} maximum`,
    ),
  serverError: (context, status) => {
    const known = serverErrors[status] ?? { type: 'api_error', message: 'Internal server error' };
    return anthropicError(context, status, known.type, known.message);
  },
  rateLimited: (context, retryAfterSeconds) =>
    anthropicError(
      context,
      429,
      'rate_limit_error',
      'Number of request tokens has exceeded your per-minute rate limit (https://docs.claude.com/en/api/rate-limits); see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later.',
      {
        'retry-after': String(retryAfterSeconds),
        'anthropic-ratelimit-requests-remaining': '0',
        'anthropic-ratelimit-requests-reset': rfc3339(
          new Date(Date.now() + retryAfterSeconds * 1000),
        ),
      },
    ),
  quotaExceeded: (context) =>
    anthropicError(
      context,
      402,
      'billing_error',
      'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
    ),
};
