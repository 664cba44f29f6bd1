import type { RateLimitConfig } from './gateway-config.js';

const units: Readonly<Record<string, number>> = {
  s: 1000,
  sec: 1000,
  second: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
};

/**
 * Parses a limit in the seed's (slowapi's) notation: `10/minute`, `100 per hour`, `5/second`,
 * `10/5minutes`. Returns undefined when the text is not a limit.
 */
export function parseRateLimit(text: string): RateLimitConfig | undefined {
  const match = /^\s*(\d+)\s*(?:\/|per)\s*(\d+)?\s*([a-z]+?)s?\s*$/i.exec(text);
  if (match === null) return undefined;
  const points = Number(match[1]);
  const multiple = match[2] === undefined ? 1 : Number(match[2]);
  const unit = units[(match[3] ?? '').toLowerCase()];
  if (unit === undefined || points < 1 || multiple < 1) return undefined;
  return { points, windowMs: unit * multiple, text: text.trim() };
}
