import type { GatewayError } from '../../core/index.js';

const statuses: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  402: 'RESOURCE_EXHAUSTED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  408: 'DEADLINE_EXCEEDED',
  413: 'INVALID_ARGUMENT',
  415: 'INVALID_ARGUMENT',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

/** Google answers malformed requests with 400 (the seed's 422 stays on /query). */
export function geminiStatus(error: GatewayError): number {
  return error.status === 422 ? 400 : error.status;
}

/** The Google API error envelope (`{error: {code, message, status, details}}`). */
export function geminiErrorBody(error: GatewayError, requestId: string): Record<string, unknown> {
  const code = geminiStatus(error);
  const issue = error.issues?.[0];
  const where =
    issue === undefined ? '' : ` ${issue.location.slice(1).join('.')}: ${issue.message}`;
  return {
    error: {
      code,
      message: `${error.message}${where}`,
      status: statuses[code] ?? (code >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION'),
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: error.code,
          domain: 'llm-secure-gateway',
          metadata: { request_id: requestId },
        },
        // Google's own retry hint, which Gemini clients read (they see no headers).
        ...(error.retryAfterMs === undefined
          ? []
          : [
              {
                '@type': 'type.googleapis.com/google.rpc.RetryInfo',
                retryDelay: `${Math.max(1, Math.ceil(error.retryAfterMs / 1000))}s`,
              },
            ]),
      ],
    },
  };
}
