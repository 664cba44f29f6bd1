import type { Usage } from './chat.js';
import type { AttemptRecord, GuardRecord, StageTiming, SurfaceId } from './pipeline.js';

/**
 * What happened to one request, once it is over: who asked, which route, every candidate target
 * and why it was skipped or failed, the guards' verdicts, tokens and cost. Logged as one line,
 * kept for the admin API's decision trace, and counted by the metrics.
 */
export interface RequestTrace {
  readonly requestId: string;
  /** Epoch milliseconds when the request arrived. */
  readonly startedAtMs: number;
  readonly surface: SurfaceId;
  readonly clientIp: string;
  readonly keyId: string | undefined;
  readonly tenant: string | undefined;
  readonly route: string | undefined;
  readonly stream: boolean;
  readonly status: 'success' | 'rejected' | 'failed' | 'cancelled';
  readonly code: string | undefined;
  readonly httpStatus: number;
  readonly latencyMs: number;
  /** Time to the first content part of a stream, or to the whole answer. */
  readonly firstTokenMs: number | undefined;
  /** Time spent in the router (upstream attempts, failover, backoff) before the answer or first content. */
  readonly upstreamMs: number | undefined;
  readonly provider: string | undefined;
  readonly model: string | undefined;
  readonly attempts: readonly AttemptRecord[];
  /** Stage spans, when tracing is on. */
  readonly stages: readonly StageTiming[] | undefined;
  readonly guards: readonly GuardRecord[];
  readonly usage: Usage | undefined;
  readonly costUsd: number | undefined;
}

/** Something that wants to know about every finished request (log, trace store, metrics). */
export interface RequestObserver {
  observe(trace: RequestTrace): void;
}
