import type { GatewayError } from '../../core/index.js';

/** Anthropic's error `type` for a gateway error, which its SDKs map to exception classes. */
export function anthropicErrorType(error: GatewayError, status: number): string {
  if (error.code === 'provider_overloaded') return 'overloaded_error';
  if (status === 401) return 'authentication_error';
  if (status === 402) return 'billing_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 413) return 'request_too_large';
  if (status === 429) return 'rate_limit_error';
  if (status === 504) return 'timeout_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

/** Anthropic answers malformed requests with 400 (the seed's 422 stays on /query). */
export function anthropicStatus(error: GatewayError): number {
  return error.status === 422 ? 400 : error.status;
}

export function anthropicErrorBody(
  error: GatewayError,
  requestId: string,
): Record<string, unknown> {
  const status = anthropicStatus(error);
  const issue = error.issues?.[0];
  const where =
    issue === undefined ? '' : ` ${issue.location.slice(1).join('.')}: ${issue.message}`;
  return {
    type: 'error',
    error: {
      type: anthropicErrorType(error, status),
      message: `${error.message}${where}`,
      code: error.code,
    },
    request_id: requestId,
  };
}
