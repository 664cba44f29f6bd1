import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError, type ErrorCode } from '../../core/index.js';
import { classifyHttpStatus } from '../http/classify-http-status.js';
import { isRecord, recordField, stringField } from '../http/parse-json.js';
import { parseRetryAfter } from '../http/parse-retry-after.js';
import { sanitizeUpstreamMessage } from '../shared/sanitize-upstream-message.js';

const quotaCodes = new Set([
  'insufficient_quota',
  'credit_balance_exhausted',
  'billing_hard_limit_reached',
]);

/** Reads the `{error: {message, type, code}}` envelope (OpenAI, Groq, OpenRouter, Ollama, vLLM). */
function describeEnvelope(body: unknown): { message?: string; kind?: string } {
  if (!isRecord(body)) return {};
  const error = recordField(body, 'error') ?? body;
  const code = error.code;
  const kind = typeof code === 'string' ? code : stringField(error, 'type');
  const message = stringField(error, 'message');
  const described: { message?: string; kind?: string } = {};
  if (message !== undefined) described.message = message;
  if (kind !== undefined) described.kind = kind;
  return described;
}

/** Classifies an OpenAI-dialect error answer, including quota 429s that must not be retried. */
export function parseOpenAIError(
  status: number,
  body: unknown,
  headers: IncomingHttpHeaders,
): GatewayError {
  const { message, kind } = describeEnvelope(body);
  let code: ErrorCode = classifyHttpStatus(status);
  if (status === 429 && kind !== undefined && quotaCodes.has(kind))
    code = 'provider_quota_exhausted';
  if (status === 400 && kind === 'model_not_found') code = 'provider_model_not_found';
  const envelope = isRecord(body) ? recordField(body, 'error') : undefined;
  if (
    status === 403 &&
    envelope !== undefined &&
    recordField(envelope, 'metadata')?.reasons !== undefined
  ) {
    // OpenRouter's moderation rejection of the input.
    code = 'provider_content_filtered';
  }
  const retryAfterMs = parseRetryAfter(headers, Date.now());
  return new GatewayError(code, {
    upstreamStatus: status,
    detail: `upstream ${status}${kind === undefined ? '' : ` ${kind}`}: ${sanitizeUpstreamMessage(message)}`,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** An error that arrived inside a 200 (OpenRouter bodies and chunks, mid-stream `data: {error}`). */
export function parseInBandOpenAIError(error: unknown): GatewayError {
  const described = describeEnvelope({ error });
  const numeric = isRecord(error) && typeof error.code === 'number' ? error.code : undefined;
  const code: ErrorCode =
    numeric !== undefined && numeric >= 400 ? classifyHttpStatus(numeric) : 'provider_server_error';
  return new GatewayError(code, {
    detail: `upstream in-band error${described.kind === undefined ? '' : ` ${described.kind}`}: ${sanitizeUpstreamMessage(described.message)}`,
  });
}
