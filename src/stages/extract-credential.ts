import type { IncomingHeaders } from '../core/index.js';

function header(headers: IncomingHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}

/**
 * The client's key, from whichever header its SDK sends: the seed's `X-API-Key` (also Anthropic's
 * `x-api-key`), `Authorization: Bearer` (OpenAI, current Anthropic SDKs) or `x-goog-api-key`
 * (Gemini). Keys in URLs are not accepted: they end up in access logs.
 */
export function extractCredential(headers: IncomingHeaders): string | undefined {
  const apiKey = header(headers, 'x-api-key');
  if (apiKey !== undefined) return apiKey;
  const authorization = header(headers, 'authorization');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1];
  }
  return header(headers, 'x-goog-api-key');
}
