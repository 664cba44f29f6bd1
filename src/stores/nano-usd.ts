import { StoreError } from './store-error.js';

/**
 * Money is counted in integer nano-dollars, so every backend adds exactly (Lua numbers, SQLite
 * INTEGER and PostgreSQL BIGINT agree up to 2^53, about nine million dollars). A tolerance of a
 * thousandth of a unit absorbs binary noise such as 0.1 * 1e9 = 100000000.00000001.
 */
const unitsPerUsd = 1e9;
const tolerance = 1e-3;

/** Amounts round up (a reservation never under-counts). */
export function usdToUnitsUp(usd: number, name: string): number {
  return checked(Math.ceil(check(usd, name) * unitsPerUsd - tolerance), name);
}

/** Caps round down (a cap never grows). */
export function usdToUnitsDown(usd: number, name: string): number {
  return checked(Math.floor(check(usd, name) * unitsPerUsd + tolerance), name);
}

export function unitsToUsd(units: number): number {
  return units / unitsPerUsd;
}

function check(usd: number, name: string): number {
  if (!Number.isFinite(usd) || usd < 0) {
    throw new StoreError('store_invalid_request', `${name} must be a finite, non-negative amount.`);
  }
  return usd;
}

function checked(units: number, name: string): number {
  if (!Number.isSafeInteger(units)) {
    throw new StoreError('store_invalid_request', `${name} is too large to count exactly.`);
  }
  return Math.max(0, units);
}
