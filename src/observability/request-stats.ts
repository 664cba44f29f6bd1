import type { RequestObserver, RequestTrace } from '../core/index.js';

export interface StatsSnapshot {
  readonly total_requests: number;
  readonly successful_requests: number;
  readonly failed_requests: number;
  readonly blocked_requests: number;
  readonly rate_limited_requests: number;
  readonly provider_usage: Record<string, number>;
  readonly blocked_by_category: Record<string, number>;
  readonly average_latency_ms: number;
  /** The last latencies (ms), oldest first. */
  readonly latency_history: readonly number[];
  readonly total_tokens: number;
  readonly total_cost_usd: number;
  readonly since: string;
  /** Requests finished per {@link timelineBucketMs} over the last five minutes, oldest first. */
  readonly timeline: readonly TimelineBucket[];
}

/** One slice of the traffic timeline (`GET /admin/stats`), for the dashboard's charts. */
export interface TimelineBucket {
  readonly start: string;
  readonly requests: number;
  readonly successful: number;
  readonly blocked: number;
  readonly rate_limited: number;
  readonly failed: number;
  /** Latency percentiles of the successful requests (nearest rank); null without any. */
  readonly p50_ms: number | null;
  readonly p95_ms: number | null;
  readonly p99_ms: number | null;
}

const timelineBucketMs = 10_000;
const timelineBuckets = 30;
/** Latencies kept per bucket; past it the oldest are overwritten in turn. */
const bucketSamples = 1024;

interface Bucket {
  readonly startMs: number;
  requests: number;
  successful: number;
  blocked: number;
  limited: number;
  failed: number;
  seen: number;
  readonly latencies: number[];
}

function percentile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, rank)] ?? null;
}

const blockedCodes = new Set([
  'prompt_injection_detected',
  'validation_failed',
  'invalid_json',
  'json_too_deep',
  'key_scope_denied',
]);
const limitedCodes = new Set([
  'rate_limited',
  'token_limit_exceeded',
  'concurrency_limit_exceeded',
  'budget_exceeded',
]);

/** The seed's JSON stats (`GET /stats`): counters and a latency history, since this replica started. */
export class RequestStats implements RequestObserver {
  private total = 0;
  private succeeded = 0;
  private failed = 0;
  private blocked = 0;
  private limited = 0;
  private latencySum = 0;
  private tokens = 0;
  private cost = 0;
  private readonly providers: Record<string, number> = {};
  private readonly categories: Record<string, number> = {};
  private readonly history: number[] = [];
  private readonly since = new Date().toISOString();
  private readonly buckets: Bucket[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  observe(trace: RequestTrace): void {
    this.total += 1;
    const bucket = this.bucketAt(this.now());
    bucket.requests += 1;
    if (trace.status === 'success') {
      this.succeeded += 1;
      bucket.successful += 1;
      bucket.latencies[bucket.seen % bucketSamples] = trace.latencyMs;
      bucket.seen += 1;
      this.latencySum += trace.latencyMs;
      this.history.push(trace.latencyMs);
      if (this.history.length > 100) this.history.shift();
      if (trace.provider !== undefined)
        this.providers[trace.provider] = (this.providers[trace.provider] ?? 0) + 1;
      this.tokens += trace.usage?.totalTokens ?? 0;
      this.cost += trace.costUsd ?? 0;
    } else if (trace.code !== undefined && blockedCodes.has(trace.code)) {
      this.blocked += 1;
      bucket.blocked += 1;
      for (const guard of trace.guards) {
        for (const category of guard.categories)
          this.categories[category] = (this.categories[category] ?? 0) + 1;
      }
    } else if (trace.code !== undefined && limitedCodes.has(trace.code)) {
      this.limited += 1;
      bucket.limited += 1;
    } else {
      this.failed += 1;
      bucket.failed += 1;
    }
  }

  private bucketAt(nowMs: number): Bucket {
    const startMs = Math.floor(nowMs / timelineBucketMs) * timelineBucketMs;
    const last = this.buckets.at(-1);
    if (last !== undefined && last.startMs >= startMs) return last;
    const bucket: Bucket = {
      startMs,
      requests: 0,
      successful: 0,
      blocked: 0,
      limited: 0,
      failed: 0,
      seen: 0,
      latencies: [],
    };
    this.buckets.push(bucket);
    while ((this.buckets[0]?.startMs ?? startMs) <= startMs - timelineBucketMs * timelineBuckets)
      this.buckets.shift();
    return bucket;
  }

  private timeline(): TimelineBucket[] {
    const currentMs = Math.floor(this.now() / timelineBucketMs) * timelineBucketMs;
    const byStart = new Map(this.buckets.map((bucket) => [bucket.startMs, bucket]));
    const timeline: TimelineBucket[] = [];
    for (let index = timelineBuckets - 1; index >= 0; index -= 1) {
      const startMs = currentMs - index * timelineBucketMs;
      const bucket = byStart.get(startMs);
      const sorted = bucket === undefined ? [] : [...bucket.latencies].sort((a, b) => a - b);
      timeline.push({
        start: new Date(startMs).toISOString(),
        requests: bucket?.requests ?? 0,
        successful: bucket?.successful ?? 0,
        blocked: bucket?.blocked ?? 0,
        rate_limited: bucket?.limited ?? 0,
        failed: bucket?.failed ?? 0,
        p50_ms: percentile(sorted, 0.5),
        p95_ms: percentile(sorted, 0.95),
        p99_ms: percentile(sorted, 0.99),
      });
    }
    return timeline;
  }

  snapshot(): StatsSnapshot {
    return {
      total_requests: this.total,
      successful_requests: this.succeeded,
      failed_requests: this.failed,
      blocked_requests: this.blocked,
      rate_limited_requests: this.limited,
      provider_usage: { ...this.providers },
      blocked_by_category: { ...this.categories },
      average_latency_ms:
        this.succeeded === 0 ? 0 : Math.round((this.latencySum / this.succeeded) * 100) / 100,
      latency_history: [...this.history],
      total_tokens: this.tokens,
      total_cost_usd: Math.round(this.cost * 1e9) / 1e9,
      since: this.since,
      timeline: this.timeline(),
    };
  }
}
