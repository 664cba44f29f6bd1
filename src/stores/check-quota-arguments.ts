import type { QuotaCounter } from './quota-store.js';
import { StoreError } from './store-error.js';

const maxKeyLength = 512;

/** Rejects what no backend can count exactly: fractions, negatives, unsafe integers, empty ids. */
export function checkQuotaAmount(amount: number, name: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new StoreError('store_invalid_request', `${name} must be a non-negative safe integer.`);
  }
}

export function checkLimitKey(key: string): void {
  if (key.length === 0 || key.length > maxKeyLength) {
    throw new StoreError(
      'store_invalid_request',
      `A limit key must have 1 to ${maxKeyLength} characters.`,
    );
  }
}

export function checkWindowMs(windowMs: number): void {
  if (!Number.isSafeInteger(windowMs) || windowMs <= 0) {
    throw new StoreError('store_invalid_request', 'windowMs must be a positive integer.');
  }
}

/** Sorts by id so every process locks counters in one order, and rejects duplicates. */
export function sortCounters(counters: readonly QuotaCounter[]): QuotaCounter[] {
  const sorted = [...counters].sort((left, right) =>
    left.id < right.id ? -1 : left.id > right.id ? 1 : 0,
  );
  for (let index = 1; index < sorted.length; index += 1) {
    if (sorted[index]?.id === sorted[index - 1]?.id) {
      throw new StoreError('store_invalid_request', 'A reservation names the same counter twice.');
    }
  }
  return sorted;
}
