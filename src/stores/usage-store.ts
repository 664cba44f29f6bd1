import type { UsageRecord } from './usage-record.js';

export interface UsageFilter {
  readonly keyId?: string;
  readonly tenant?: string;
  readonly model?: string;
  /** Requests started at or after this time. */
  readonly fromMs?: number;
  /** Requests started before this time. */
  readonly toMs?: number;
}

export interface UsageQuery extends UsageFilter {
  /** The `next` of the previous page. */
  readonly after?: string;
  /** 1 to 1000; default 100. */
  readonly limit?: number;
}

/** Newest first. */
export interface UsagePage {
  readonly records: readonly UsageRecord[];
  readonly next: string | null;
}

/** `day` is the UTC date the request started (`YYYY-MM-DD`). */
export type UsageDimension = 'day' | 'keyId' | 'tenant' | 'model';

export interface UsageSummaryQuery extends UsageFilter {
  readonly groupBy: readonly UsageDimension[];
}

/** Totals of one group. A dimension not grouped by is null. */
export interface UsageSummaryRow {
  readonly day: string | null;
  readonly keyId: string | null;
  readonly tenant: string | null;
  readonly model: string | null;
  readonly requests: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** The settled cost where known, else the estimate. */
  readonly costUsd: number;
}

export interface UsageReconcileRequest {
  /** Rows this process instance wrote in an earlier life (a stable id per node). */
  readonly instanceId?: string;
  /** Rows of any instance started before this time (older than the longest request). */
  readonly startedBeforeMs?: number;
  /** Stamped as the finish time of the rows marked. */
  readonly nowMs: number;
}

/**
 * The usage ledger. Writes come in batches from `UsageRecorder`, off the request path. Every
 * write is an upsert on the request id, so a retried batch never duplicates a row: a `started`
 * row never overwrites an existing one, and a completion overwrites whatever is there.
 */
export interface UsageStore {
  recordBatch(records: readonly UsageRecord[]): Promise<void>;
  /**
   * Marks rows still `started` as `interrupted` (those of `instanceId`, and those started before
   * `startedBeforeMs`), so no admitted request is left without a terminal record. Returns the
   * number of rows marked.
   */
  reconcile(request: UsageReconcileRequest): Promise<number>;
  get(requestId: string): Promise<UsageRecord | undefined>;
  list(query?: UsageQuery): Promise<UsagePage>;
  /** Totals grouped by the dimensions asked for, ordered by them. */
  summarize(query: UsageSummaryQuery): Promise<readonly UsageSummaryRow[]>;
}
