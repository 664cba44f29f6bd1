import { StoreError } from './store-error.js';

/** The position of a row in newest-first order: its start time, then its request id. */
export interface UsageCursor {
  readonly startedAtMs: number;
  readonly requestId: string;
}

export function encodeUsageCursor(cursor: UsageCursor): string {
  return `${cursor.startedAtMs}:${cursor.requestId}`;
}

export function decodeUsageCursor(text: string): UsageCursor {
  const separator = text.indexOf(':');
  const startedAtMs = Number(text.slice(0, separator));
  if (separator <= 0 || !Number.isSafeInteger(startedAtMs)) {
    throw new StoreError('store_invalid_request', 'The usage cursor is malformed.');
  }
  return { startedAtMs, requestId: text.slice(separator + 1) };
}
