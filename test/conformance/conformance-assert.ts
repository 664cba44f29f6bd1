import { isDeepStrictEqual } from 'node:util';

/**
 * Assertions for the conformance checks. They run under Vitest and under the plain-Node
 * `npm run conformance`, so they throw their own error with a message that says what was
 * expected, what arrived and where, instead of depending on a test framework.
 */
export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

/** A short, single-line rendering of a value for failure messages. */
export function show(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`.slice(0, 300);
  if (typeof value === 'string')
    return JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(value);
  }
}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

export function checkEqual(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new ConformanceFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function checkIncludes(text: string | null | undefined, part: string, what: string): void {
  if (typeof text !== 'string' || !text.includes(part)) {
    throw new ConformanceFailure(
      `${what}: expected text containing ${show(part)}, got ${show(text)}`,
    );
  }
}

export function checkPositiveInteger(value: unknown, what: string): asserts value is number {
  check(
    typeof value === 'number' && Number.isInteger(value) && value > 0,
    `${what}: expected a positive integer, got ${show(value)}`,
  );
}

/** Asserts `value` is an instance of the SDK exception class `type`. */
export function checkInstance<T>(
  value: unknown,
  type: abstract new (...args: never[]) => T,
  what: string,
): asserts value is T {
  if (!(value instanceof type)) {
    const actual = value instanceof Error ? value.constructor.name : typeof value;
    throw new ConformanceFailure(`${what}: expected ${type.name}, got ${actual} (${show(value)})`);
  }
}

/** The error the call raised; a failure if it succeeded instead. */
export async function rejectionOf(call: () => Promise<unknown>, what: string): Promise<unknown> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    return error;
  }
  throw new ConformanceFailure(`${what}: expected the SDK to raise, it returned ${show(result)}`);
}

/** Reads `value[a][b]…` without trusting its shape; undefined when a step is missing. */
export function readPath(value: unknown, ...path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Parses text that must be a JSON object. */
export function parseJsonObject(
  text: string | null | undefined,
  what: string,
): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    throw new ConformanceFailure(`${what}: expected JSON, got ${show(text)}`);
  }
  check(
    typeof value === 'object' && value !== null && !Array.isArray(value),
    `${what}: expected a JSON object, got ${show(value)}`,
  );
  return value as Record<string, unknown>;
}
