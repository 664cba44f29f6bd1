import type { JsonValue } from './json-value.js';

/**
 * JSON with object keys sorted at every level, so equal values always give equal text (and
 * equal hashes). Non-finite numbers become null, as in `JSON.stringify`.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${(value as readonly JsonValue[]).map((item) => canonicalJson(item)).join(',')}]`;
  }
  const object = value as { readonly [key: string]: JsonValue };
  const entries = Object.keys(object)
    .sort()
    .flatMap((key) => {
      const item = object[key];
      return item === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(item)}`];
    });
  return `{${entries.join(',')}}`;
}
