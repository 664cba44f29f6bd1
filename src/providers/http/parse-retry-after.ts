/**
 * Reads an upstream's retry hint in the order the official SDKs use: `retry-after-ms`, then
 * `retry-after` as seconds or as an HTTP date. Returns milliseconds, or undefined.
 */
export function parseRetryAfter(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  nowMs: number,
): number | undefined {
  const milliseconds = Number(firstValue(headers['retry-after-ms']));
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const raw = firstValue(headers['retry-after']);
  if (raw === undefined || raw === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Parses a protobuf Duration string such as `27s` or `34.4s` (Gemini's RetryInfo.retryDelay). */
export function parseDurationSeconds(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]) * 1000;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
