import { StoreError } from './store-error.js';

export const defaultPageLimit = 100;
export const maxPageLimit = 1000;

/** The page size asked for, checked: 1 to 1000, default 100. */
export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return defaultPageLimit;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > maxPageLimit) {
    throw new StoreError('store_invalid_request', `A page limit is 1 to ${maxPageLimit}.`);
  }
  return limit;
}
