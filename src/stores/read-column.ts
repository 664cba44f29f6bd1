import { StoreError } from './store-error.js';

/**
 * Readers for driver rows, which arrive as `unknown`: SQLite gives numbers, PostgreSQL gives
 * BIGINT as strings. Each reader throws `store_corrupt` when a column has the wrong shape.
 */
export type Row = Readonly<Record<string, unknown>>;

export function readString(row: Row, column: string): string {
  const value = row[column];
  if (typeof value === 'string') return value;
  throw corrupt(column, value);
}

export function readNullableString(row: Row, column: string): string | null {
  const value = row[column];
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  throw corrupt(column, value);
}

export function readNumber(row: Row, column: string): number {
  const value = toNumber(row[column]);
  if (value === undefined) throw corrupt(column, row[column]);
  return value;
}

export function readNullableNumber(row: Row, column: string): number | null {
  const value = row[column];
  if (value === null || value === undefined) return null;
  const number = toNumber(value);
  if (number === undefined) throw corrupt(column, value);
  return number;
}

export function readBoolean(row: Row, column: string): boolean {
  const value = row[column];
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  throw corrupt(column, value);
}

/** A numeric array column (PostgreSQL `bigint[]` arrives as an array of strings). */
export function readNumberArray(row: Row, column: string): number[] {
  const value = row[column];
  if (!Array.isArray(value)) throw corrupt(column, value);
  return value.map((item: unknown) => {
    const number = toNumber(item);
    if (number === undefined) throw corrupt(column, item);
    return number;
  });
}

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

export function asRow(value: unknown): Row {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Row;
  throw new StoreError('store_corrupt', 'Expected a row object from the driver.');
}

function corrupt(column: string, value: unknown): StoreError {
  return new StoreError('store_corrupt', `Column ${column} has an unexpected ${typeof value}.`);
}
