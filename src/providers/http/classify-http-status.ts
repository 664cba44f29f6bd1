import type { ErrorCode } from '../../core/index.js';

/**
 * The default reading of an upstream HTTP status. Dialects refine it where a status means two
 * things (a 429 that is quota exhaustion, Gemini's 400 for a bad key).
 */
export function classifyHttpStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
    case 403:
      return 'provider_auth_failed';
    case 402:
      return 'provider_quota_exhausted';
    case 404:
      return 'provider_model_not_found';
    case 408:
    case 504:
      return 'provider_timeout';
    case 409:
    case 500:
    case 502:
      return 'provider_server_error';
    case 429:
      return 'provider_rate_limited';
    case 498:
    case 503:
    case 529:
      return 'provider_overloaded';
    default:
      if (status >= 500) return 'provider_server_error';
      return 'provider_bad_request';
  }
}
