import { GatewayError, isGatewayError } from '../../core/index.js';

const timeoutCodes = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const cause = (error as { cause?: unknown }).cause;
  return cause === undefined ? undefined : errorCode(cause);
}

/**
 * Maps an error thrown while talking to an upstream into the catalog. When the call's signal was
 * aborted, its reason (a GatewayError saying why: client gone, timeout, deadline) wins.
 */
export function classifyNetworkError(error: unknown, signal: AbortSignal): GatewayError {
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    return isGatewayError(reason) ? reason : new GatewayError('provider_timeout', { cause: error });
  }
  if (isGatewayError(error)) return error;
  const code = errorCode(error);
  const detail = code ?? (error instanceof Error ? error.message : 'unknown network error');
  if (code !== undefined && timeoutCodes.has(code)) {
    return new GatewayError('provider_timeout', { detail, cause: error });
  }
  return new GatewayError('provider_connection_error', { detail, cause: error });
}
