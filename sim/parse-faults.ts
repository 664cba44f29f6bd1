import { isRecord } from './is-record.js';
import type { SimFault, SimFaultKind } from './simulator-types.js';

const kinds: ReadonlySet<string> = new Set<SimFaultKind>([
  'error',
  'rate_limit',
  'quota',
  'auth',
  'bad_request',
  'model_not_found',
  'hang',
  'reset',
  'close',
  'slow_first_byte',
  'malformed',
  'html',
  'empty',
  'truncate',
  'disconnect',
  'stall',
  'in_band_error',
  'safety',
]);

const fields: ReadonlySet<string> = new Set([
  'kind',
  'status',
  'retryAfterSeconds',
  'delayMs',
  'afterChunks',
  'count',
  'probability',
]);

export type ParseFaultsOutcome =
  | { readonly ok: true; readonly faults: readonly SimFault[] }
  | { readonly ok: false; readonly message: string };

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function parseFault(value: unknown, where: string): SimFault | string {
  if (!isRecord(value)) return `${where} must be an object`;
  for (const key of Object.keys(value)) {
    if (!fields.has(key)) return `${where}.${key} is not a fault field`;
  }
  const { kind, status, retryAfterSeconds, delayMs, afterChunks, count, probability } = value;
  if (typeof kind !== 'string' || !kinds.has(kind))
    return `${where}.kind must be one of ${[...kinds].join(', ')}`;
  const fault: { -readonly [K in keyof SimFault]: SimFault[K] } = { kind: kind as SimFaultKind };
  if (status !== undefined) {
    if (!isNonNegativeInteger(status) || status < 100 || status > 599)
      return `${where}.status must be an HTTP status (100..599)`;
    fault.status = status;
  }
  if (retryAfterSeconds !== undefined) {
    if (typeof retryAfterSeconds !== 'number' || !(retryAfterSeconds >= 0))
      return `${where}.retryAfterSeconds must be >= 0`;
    fault.retryAfterSeconds = retryAfterSeconds;
  }
  if (delayMs !== undefined) {
    if (!isNonNegativeInteger(delayMs)) return `${where}.delayMs must be a non-negative integer`;
    fault.delayMs = delayMs;
  }
  if (afterChunks !== undefined) {
    if (!isNonNegativeInteger(afterChunks))
      return `${where}.afterChunks must be a non-negative integer`;
    fault.afterChunks = afterChunks;
  }
  if (count !== undefined) {
    if (count === -1 || count === Number.POSITIVE_INFINITY) fault.count = Number.POSITIVE_INFINITY;
    else if (isNonNegativeInteger(count) && count >= 1) fault.count = count;
    else return `${where}.count must be a positive integer, or -1 for "until cleared"`;
  }
  if (probability !== undefined) {
    if (typeof probability !== 'number' || !(probability >= 0 && probability <= 1))
      return `${where}.probability must be within 0..1`;
    if (count !== undefined) return `${where} cannot have both count and probability`;
    fault.probability = probability;
  }
  return fault;
}

/** Validates a fault list from the control API or from code (`count: -1` means Infinity). */
export function parseFaults(value: unknown): ParseFaultsOutcome {
  if (!Array.isArray(value)) return { ok: false, message: 'faults must be an array' };
  const faults: SimFault[] = [];
  for (const [index, entry] of value.entries()) {
    const fault = parseFault(entry, `faults[${index}]`);
    if (typeof fault === 'string') return { ok: false, message: fault };
    faults.push(fault);
  }
  return { ok: true, faults };
}
