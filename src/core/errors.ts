/**
 * The error catalog: one table from a stable code to its HTTP status, whether the same target may
 * be retried, whether the router may fail over to another target, and the only message a client
 * ever sees. The router decides failover from this table, never from raw upstream status codes,
 * and no client-facing error carries an upstream body, header or credential.
 */

export interface ErrorDescriptor {
  readonly status: number;
  /** The same target may be tried again after a pause. */
  readonly retryable: boolean;
  /** Another target may be tried for the same request. */
  readonly failover: boolean;
  readonly publicMessage: string;
}

const catalog = {
  // The edge and the security layers.
  missing_api_key: {
    status: 401,
    retryable: false,
    failover: false,
    publicMessage: 'Missing API key.',
  },
  invalid_api_key: {
    status: 401,
    retryable: false,
    failover: false,
    publicMessage: 'Invalid API key.',
  },
  rate_limited: {
    status: 429,
    retryable: true,
    failover: false,
    publicMessage: 'Rate limit exceeded. Retry after the time given in the Retry-After header.',
  },
  key_scope_denied: {
    status: 403,
    retryable: false,
    failover: false,
    publicMessage: 'This key may not use this API, model or request size.',
  },
  token_limit_exceeded: {
    status: 429,
    retryable: true,
    failover: false,
    publicMessage:
      'Token rate limit exceeded. Retry after the time given in the Retry-After header.',
  },
  concurrency_limit_exceeded: {
    status: 429,
    retryable: true,
    failover: false,
    publicMessage: 'Too many concurrent requests for this key.',
  },
  budget_exceeded: {
    status: 402,
    retryable: false,
    failover: false,
    publicMessage: 'The spending budget for this key or tenant is exhausted for the period.',
  },
  validation_failed: {
    status: 422,
    retryable: false,
    failover: false,
    publicMessage: 'The request body is invalid.',
  },
  invalid_json: {
    status: 400,
    retryable: false,
    failover: false,
    publicMessage: 'The request body is not valid JSON.',
  },
  json_too_deep: {
    status: 400,
    retryable: false,
    failover: false,
    publicMessage: 'The request body is nested too deeply.',
  },
  payload_too_large: {
    status: 413,
    retryable: false,
    failover: false,
    publicMessage: 'The request body is too large.',
  },
  unsupported_media_type: {
    status: 415,
    retryable: false,
    failover: false,
    publicMessage: 'The request body must be JSON (Content-Type: application/json).',
  },
  prompt_injection_detected: {
    status: 422,
    retryable: false,
    failover: false,
    publicMessage: 'Potential prompt injection detected. Please rephrase your request.',
  },
  pii_detected: {
    status: 422,
    retryable: false,
    failover: false,
    publicMessage:
      'The request contains personal data or a credential that this key may not send. Remove it and try again.',
  },
  output_blocked: {
    status: 422,
    retryable: false,
    failover: false,
    publicMessage:
      "The model's answer was withheld: it contained a credential, personal data or protected instructions.",
  },
  not_found: {
    status: 404,
    retryable: false,
    failover: false,
    publicMessage: 'Not found.',
  },
  method_not_allowed: {
    status: 405,
    retryable: false,
    failover: false,
    publicMessage: 'Method not allowed.',
  },
  model_not_found: {
    status: 404,
    retryable: false,
    failover: false,
    publicMessage: 'The requested model does not exist or is not available to this key.',
  },
  request_timeout: {
    status: 408,
    retryable: false,
    failover: false,
    publicMessage: 'The request was not received in time.',
  },
  gateway_overloaded: {
    status: 503,
    retryable: true,
    failover: false,
    publicMessage:
      'The gateway is overloaded. Retry after the time given in the Retry-After header.',
  },
  service_unavailable: {
    status: 503,
    retryable: true,
    failover: false,
    publicMessage: 'The gateway is not accepting requests right now.',
  },
  internal_error: {
    status: 500,
    retryable: false,
    failover: false,
    publicMessage: 'Internal error.',
  },

  // Routing outcomes.
  no_provider_available: {
    status: 503,
    retryable: true,
    failover: false,
    publicMessage: 'No provider is available for this request.',
  },
  all_providers_failed: {
    status: 502,
    retryable: true,
    failover: false,
    publicMessage: 'All providers failed to answer. See cascade_path for each attempt.',
  },
  deadline_exceeded: {
    status: 504,
    retryable: true,
    failover: false,
    publicMessage: 'The request did not complete within its deadline.',
  },
  client_closed_request: {
    status: 499,
    retryable: false,
    failover: false,
    publicMessage: 'The client closed the request.',
  },

  // Upstream failures, as provider adapters classify them.
  provider_rate_limited: {
    status: 429,
    retryable: true,
    failover: true,
    publicMessage: 'The provider is rate limiting requests.',
  },
  provider_quota_exhausted: {
    status: 402,
    retryable: false,
    failover: true,
    publicMessage: 'The provider account is out of quota or credits.',
  },
  provider_overloaded: {
    status: 503,
    retryable: true,
    failover: true,
    publicMessage: 'The provider is overloaded.',
  },
  provider_server_error: {
    status: 502,
    retryable: true,
    failover: true,
    publicMessage: 'The provider returned a server error.',
  },
  provider_timeout: {
    status: 504,
    retryable: true,
    failover: true,
    publicMessage: 'The provider did not answer in time.',
  },
  provider_connection_error: {
    status: 502,
    retryable: true,
    failover: true,
    publicMessage: 'The gateway could not connect to the provider.',
  },
  provider_invalid_response: {
    status: 502,
    retryable: true,
    failover: true,
    publicMessage: 'The provider returned a malformed response.',
  },
  provider_auth_failed: {
    status: 502,
    retryable: false,
    failover: true,
    publicMessage: "The provider rejected the gateway's credentials.",
  },
  provider_model_not_found: {
    status: 502,
    retryable: false,
    failover: true,
    publicMessage: 'The provider does not serve the configured model.',
  },
  provider_bad_request: {
    status: 400,
    retryable: false,
    failover: false,
    publicMessage: 'The provider rejected the request as invalid.',
  },
  provider_content_filtered: {
    status: 400,
    retryable: false,
    failover: false,
    publicMessage: "The provider's safety system blocked the request.",
  },
  circuit_open: {
    status: 503,
    retryable: true,
    failover: true,
    publicMessage: 'The provider is temporarily ejected after repeated failures.',
  },
  retry_after_pending: {
    status: 503,
    retryable: true,
    failover: true,
    publicMessage: 'The provider asked the gateway to wait before the next request.',
  },
  credential_parked: {
    status: 503,
    retryable: true,
    failover: true,
    publicMessage: "The provider rejected the gateway's credential earlier; it is parked.",
  },
  hedge_cancelled: {
    status: 499,
    retryable: false,
    failover: false,
    publicMessage: 'A faster hedged attempt answered first.',
  },
  stream_truncated: {
    status: 502,
    retryable: true,
    failover: true,
    publicMessage: 'The provider ended the stream before it was complete.',
  },
} as const satisfies Record<string, ErrorDescriptor>;

export type ErrorCode = keyof typeof catalog;

export const errorCatalog: Readonly<Record<ErrorCode, ErrorDescriptor>> = catalog;

export function describeError(code: ErrorCode): ErrorDescriptor {
  return catalog[code];
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(catalog, value);
}

/** Where a rejected field sits, in the seed's (FastAPI's) `loc` form: `["body", "prompt"]`. */
export interface ValidationIssue {
  readonly location: readonly (string | number)[];
  readonly message: string;
  readonly type: string;
}

export interface GatewayErrorOptions {
  /** Internal detail for logs only; never sent to a client. */
  readonly detail?: string;
  /** How long the caller should wait before trying again (from an upstream hint or a limiter). */
  readonly retryAfterMs?: number;
  /** The upstream HTTP status, for logs and the cascade path. */
  readonly upstreamStatus?: number;
  readonly cause?: unknown;
  /** Field-level problems of a rejected request body (public: they describe the client's input). */
  readonly issues?: readonly ValidationIssue[];
}

/**
 * The only error type the gateway throws across module boundaries. Its `message` is the public
 * message of its code; anything specific to the failure stays in `detail`, which is logged but
 * never sent to a client.
 */
export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly failover: boolean;
  readonly detail: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly upstreamStatus: number | undefined;
  readonly issues: readonly ValidationIssue[] | undefined;

  constructor(code: ErrorCode, options: GatewayErrorOptions = {}) {
    const descriptor = catalog[code];
    super(descriptor.publicMessage, options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'GatewayError';
    this.code = code;
    this.status = descriptor.status;
    this.retryable = descriptor.retryable;
    this.failover = descriptor.failover;
    this.detail = options.detail;
    this.retryAfterMs = options.retryAfterMs;
    this.upstreamStatus = options.upstreamStatus;
    this.issues = options.issues;
  }
}

export function isGatewayError(value: unknown): value is GatewayError {
  return value instanceof GatewayError;
}
