/**
 * `started` is written at admission; one of the terminal statuses at completion; `interrupted`
 * by `reconcile()` for a request whose process stopped before it finished.
 */
export type UsageStatus = 'started' | 'succeeded' | 'failed' | 'cancelled' | 'interrupted';

export const usageStatuses: readonly UsageStatus[] = [
  'started',
  'succeeded',
  'failed',
  'cancelled',
  'interrupted',
];

/** What is known when a request is admitted. Times are epoch milliseconds. */
export interface UsageStart {
  readonly requestId: string;
  readonly keyId: string | null;
  readonly tenant: string | null;
  /** The inbound surface (`query`, `openai`, `anthropic`). */
  readonly surface: string;
  readonly route: string | null;
  readonly provider: string | null;
  readonly model: string | null;
  readonly estimatedCostUsd: number | null;
  readonly startedAtMs: number;
}

/** Everything about a finished request; it repeats the start, so it stands alone. */
export interface UsageCompletion extends UsageStart {
  readonly status: 'succeeded' | 'failed' | 'cancelled';
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly settledCostUsd: number | null;
  readonly latencyMs: number | null;
  readonly attempts: number;
  /** The gateway error code of a failed request. */
  readonly errorCode: string | null;
  readonly finishedAtMs: number;
}

/** One row of the usage ledger: exactly one per request id. */
export interface UsageRecord extends UsageStart {
  readonly status: UsageStatus;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly settledCostUsd: number | null;
  readonly latencyMs: number | null;
  readonly attempts: number;
  readonly errorCode: string | null;
  readonly finishedAtMs: number | null;
  /** The process that wrote the row, for `reconcile({ instanceId })`. */
  readonly instanceId: string;
}

export function isUsageStatus(value: unknown): value is UsageStatus {
  return typeof value === 'string' && (usageStatuses as readonly string[]).includes(value);
}
