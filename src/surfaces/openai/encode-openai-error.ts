import type { GatewayError, ValidationIssue } from '../../core/index.js';
import type { EncodedError } from '../surface-codec.js';
import { mapStatusToOpenAIType } from './map-status-to-openai-type.js';

/** `["body", "messages", 0, "content"]` → `messages[0].content`, OpenAI's `param` form. */
function paramOf(issue: ValidationIssue | undefined): string | null {
  if (issue === undefined) return null;
  let param = '';
  for (const segment of issue.location.slice(1)) {
    param += typeof segment === 'number' ? `[${segment}]` : `${param === '' ? '' : '.'}${segment}`;
  }
  return param === '' ? null : param;
}

function statusOf(error: GatewayError): number {
  // OpenAI answers every malformed request with 400; the seed's 422 stays on /query.
  return error.status === 422 ? 400 : error.status;
}

/** The error object OpenAI's SDKs parse into their typed exceptions. */
export function openaiErrorBody(
  error: GatewayError,
  requestId: string,
): { error: Record<string, unknown> } {
  const status = statusOf(error);
  const issue = error.issues?.[0];
  const message =
    issue === undefined
      ? error.message
      : `${error.message} ${paramOf(issue) ?? 'body'}: ${issue.message}`;
  return {
    error: {
      message,
      type: mapStatusToOpenAIType(status),
      param: paramOf(issue),
      code: error.code,
      request_id: requestId,
    },
  };
}

export function encodeOpenAIError(error: GatewayError, requestId: string): EncodedError {
  return { status: statusOf(error), body: openaiErrorBody(error, requestId) };
}
