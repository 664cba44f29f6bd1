import { GatewayError } from '../../core/index.js';
import { isRecord } from '../http/parse-json.js';

/**
 * Parses a tool call's JSON-text arguments into the object that Gemini and Anthropic want. Text
 * that is not a JSON object cannot be forwarded faithfully, so it is the client's error.
 */
export function parseToolArguments(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new GatewayError('provider_bad_request', {
      detail: 'tool call arguments are not valid JSON',
    });
  }
  if (!isRecord(value)) {
    throw new GatewayError('provider_bad_request', {
      detail: 'tool call arguments are not a JSON object',
    });
  }
  return value;
}
