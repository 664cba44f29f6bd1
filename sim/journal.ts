import type { IncomingHttpHeaders } from 'node:http';
import type { JournalEntry } from './simulator-types.js';

const secretHeaders: ReadonlySet<string> = new Set([
  'authorization',
  'x-api-key',
  'x-goog-api-key',
]);
const secretQuery: ReadonlySet<string> = new Set(['key']);
export const redacted = '[redacted]';

/** Lower-cased headers with credentials replaced by `[redacted]`. */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    result[key] = secretHeaders.has(key)
      ? redacted
      : Array.isArray(value)
        ? value.join(', ')
        : value;
  }
  return result;
}

/** Query parameters with a Gemini `key` replaced by `[redacted]`. */
export function redactQuery(query: URLSearchParams | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (query === undefined) return result;
  for (const [name, value] of query) result[name] = secretQuery.has(name) ? redacted : value;
  return result;
}

/** The requests one provider received, newest last, capped at `limit` entries. */
export class Journal {
  readonly #limit: number;
  #entries: JournalEntry[] = [];
  #count = 0;

  constructor(limit: number) {
    this.#limit = Math.max(1, limit);
  }

  get entries(): readonly JournalEntry[] {
    return this.#entries;
  }

  /** Requests recorded since the last clear, including any dropped by the cap. */
  get count(): number {
    return this.#count;
  }

  add(entry: JournalEntry): void {
    this.#entries.push(entry);
    this.#count += 1;
    // Trim in batches so a long benchmark does not pay an array shift per request.
    if (this.#entries.length > this.#limit + Math.ceil(this.#limit / 10)) {
      this.#entries.splice(0, this.#entries.length - this.#limit);
    }
  }

  clear(): void {
    this.#entries = [];
    this.#count = 0;
  }
}
