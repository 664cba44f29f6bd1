import type { RequestRecord } from './drive-load.js';

export interface LoadSummary {
  readonly requests: number;
  readonly succeeded: number;
  readonly successRate: number;
  /** Requests without exactly one terminal answer: must be 0. */
  readonly withoutTerminal: number;
  readonly attemptsPerRequest: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly byProvider: Record<string, number>;
  readonly byCode: Record<string, number>;
}

export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The figures a drill report shows for a batch of requests. */
export function summarize(records: readonly RequestRecord[]): LoadSummary {
  const latencies = records.map((record) => record.latencyMs);
  const byProvider: Record<string, number> = {};
  const byCode: Record<string, number> = {};
  let attempts = 0;
  for (const record of records) {
    attempts += record.attempts;
    if (record.provider !== undefined)
      byProvider[record.provider] = (byProvider[record.provider] ?? 0) + 1;
    const code =
      record.code ?? (record.transportError === undefined ? undefined : 'transport_error');
    if (code !== undefined) byCode[code] = (byCode[code] ?? 0) + 1;
  }
  const succeeded = records.filter((record) => record.ok).length;
  return {
    requests: records.length,
    succeeded,
    successRate: records.length === 0 ? 0 : succeeded / records.length,
    withoutTerminal: records.filter((record) => !record.terminal).length,
    attemptsPerRequest: records.length === 0 ? 0 : round(attempts / records.length),
    p50Ms: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    p99Ms: round(percentile(latencies, 0.99)),
    byProvider,
    byCode,
  };
}
