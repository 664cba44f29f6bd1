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

  observe(trace: RequestTrace): void {
    this.total += 1;
    if (trace.status === 'success') {
      this.succeeded += 1;
      this.latencySum += trace.latencyMs;
      this.history.push(trace.latencyMs);
      if (this.history.length > 100) this.history.shift();
      if (trace.provider !== undefined)
        this.providers[trace.provider] = (this.providers[trace.provider] ?? 0) + 1;
      this.tokens += trace.usage?.totalTokens ?? 0;
      this.cost += trace.costUsd ?? 0;
    } else if (trace.code !== undefined && blockedCodes.has(trace.code)) {
      this.blocked += 1;
      for (const guard of trace.guards) {
        for (const category of guard.categories)
          this.categories[category] = (this.categories[category] ?? 0) + 1;
      }
    } else if (trace.code !== undefined && limitedCodes.has(trace.code)) this.limited += 1;
    else this.failed += 1;
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
    };
  }
}
