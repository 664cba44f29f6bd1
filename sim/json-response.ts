import type { SimResponse } from './dialect.js';

/** A JSON response; `headers` are added to the dialect's common headers. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers?: Readonly<Record<string, string>>,
): SimResponse {
  const text = JSON.stringify(body);
  return headers === undefined ? { status, body: text } : { status, body: text, headers };
}
