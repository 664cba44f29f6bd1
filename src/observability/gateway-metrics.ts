import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RequestObserver, RequestTrace } from '../core/index.js';
import { BoundedLabel } from './bounded-label.js';

/** What the metrics read at scrape time rather than per request. */
export interface MetricsSources {
  /** Breaker state per lane (`provider:…`, `credential:…`, `model:…`). */
  readonly lanes: () => readonly { readonly lane: string; readonly state: string }[];
  readonly inFlight: () => number;
  readonly openStreams: () => number;
  /** Every name a client may send as `model` (routes, `provider/model`, model ids): bounded. */
  readonly routeNames: ReadonlySet<string>;
}

// OpenTelemetry GenAI semantic conventions: explicit bucket boundaries they recommend.
const tokenBuckets = [
  1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
];
const operationBuckets = [
  0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
];
const firstTokenBuckets = [
  0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
];
const overheadBuckets = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
];
const breakerStates: Readonly<Record<string, number>> = { closed: 0, 'half-open': 1, open: 2 };
const limitCodes = new Set([
  'rate_limited',
  'token_limit_exceeded',
  'concurrency_limit_exceeded',
  'budget_exceeded',
]);

/**
 * The gateway's Prometheus metrics, fed by one {@link RequestTrace} per finished request (no work
 * on the request path beyond a few counter increments) and by gauges read at scrape time. Every
 * label takes its values from the configuration, the error catalog or a {@link BoundedLabel}, so
 * the number of series cannot grow with traffic. GenAI metrics follow the OpenTelemetry semantic
 * conventions (`gen_ai.client.token.usage` → `gen_ai_client_token_usage`, …).
 */
export class GatewayMetrics implements RequestObserver {
  readonly registry = new Registry();
  private readonly tenants = new BoundedLabel(100);
  private readonly categories = new BoundedLabel(64);

  private readonly requests: Counter;
  private readonly duration: Histogram;
  private readonly overhead: Histogram;
  private readonly firstToken: Histogram;
  private readonly operation: Histogram;
  private readonly tokenUsage: Histogram;
  private readonly attempts: Counter;
  private readonly failovers: Counter;
  private readonly guardDecisions: Counter;
  private readonly guardChildren = new Map<string, Map<string, Map<string, Counter.Internal>>>();
  private readonly limited: Counter;
  private readonly tokens: Counter;
  private readonly cost: Counter;

  constructor(private readonly sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    this.requests = new Counter({
      name: 'llm_gateway_requests_total',
      help: 'Finished requests by surface, route, outcome and error code.',
      labelNames: ['surface', 'route', 'status', 'code'],
      registers,
    });
    this.duration = new Histogram({
      name: 'llm_gateway_request_duration_seconds',
      help: 'Whole request, arrival to last byte (end of the stream for streams).',
      labelNames: ['surface', 'stream'],
      buckets: operationBuckets,
      registers,
    });
    this.overhead = new Histogram({
      name: 'llm_gateway_overhead_seconds',
      help: "The gateway's own time: to the answer (or a stream's first content) minus time in upstream calls.",
      labelNames: ['surface'],
      buckets: overheadBuckets,
      registers,
    });
    this.firstToken = new Histogram({
      name: 'gen_ai_server_time_to_first_token_seconds',
      help: "Time to a stream's first content, as the client sees it.",
      labelNames: ['gen_ai_provider_name', 'gen_ai_request_model'],
      buckets: firstTokenBuckets,
      registers,
    });
    this.operation = new Histogram({
      name: 'gen_ai_client_operation_duration_seconds',
      help: 'Duration of each upstream attempt (GenAI client operation).',
      labelNames: [
        'gen_ai_operation_name',
        'gen_ai_provider_name',
        'gen_ai_request_model',
        'error_type',
      ],
      buckets: operationBuckets,
      registers,
    });
    this.tokenUsage = new Histogram({
      name: 'gen_ai_client_token_usage',
      help: 'Tokens per request by provider, model and type (input, output).',
      labelNames: [
        'gen_ai_operation_name',
        'gen_ai_provider_name',
        'gen_ai_request_model',
        'gen_ai_token_type',
      ],
      buckets: tokenBuckets,
      registers,
    });
    this.attempts = new Counter({
      name: 'llm_gateway_upstream_attempts_total',
      help: 'Upstream attempts by provider, outcome (success, failed, skipped, cancelled) and reason.',
      labelNames: ['provider', 'outcome', 'reason'],
      registers,
    });
    this.failovers = new Counter({
      name: 'llm_gateway_failovers_total',
      help: 'Failed attempts after which the request moved on to another attempt.',
      labelNames: ['provider', 'reason'],
      registers,
    });
    this.guardDecisions = new Counter({
      name: 'llm_gateway_guard_decisions_total',
      help: 'Guard verdicts by guard, action (pass, block, monitor, redact) and category.',
      labelNames: ['guard', 'action', 'category'],
      registers,
    });
    this.limited = new Counter({
      name: 'llm_gateway_rate_limit_rejections_total',
      help: 'Requests refused by a limit: rate, tokens, concurrency or budget.',
      labelNames: ['code'],
      registers,
    });
    this.tokens = new Counter({
      name: 'llm_gateway_tokens_total',
      help: 'Tokens of answered requests by provider, model, tenant and type (input, output).',
      labelNames: ['provider', 'model', 'tenant', 'type'],
      registers,
    });
    this.cost = new Counter({
      name: 'llm_gateway_cost_usd_total',
      help: 'Estimated cost of answered requests in USD, by provider, model and tenant.',
      labelNames: ['provider', 'model', 'tenant'],
      registers,
    });
    new Gauge({
      name: 'llm_gateway_breaker_state',
      help: 'Circuit breaker state per lane: 0 closed, 1 half-open, 2 open.',
      labelNames: ['lane'],
      registers,
      collect() {
        this.reset();
        for (const lane of sources.lanes())
          this.labels(lane.lane).set(breakerStates[lane.state] ?? 0);
      },
    });
    new Gauge({
      name: 'llm_gateway_in_flight_requests',
      help: 'Requests in progress, streams included.',
      registers,
      collect() {
        this.set(sources.inFlight());
      },
    });
    new Gauge({
      name: 'llm_gateway_open_streams',
      help: 'Streams being written to clients.',
      registers,
      collect() {
        this.set(sources.openStreams());
      },
    });
  }

  observe(trace: RequestTrace): void {
    const route =
      trace.route === undefined
        ? 'none'
        : this.sources.routeNames.has(trace.route)
          ? trace.route
          : 'unknown';
    const code = trace.code ?? 'none';
    this.requests.labels(trace.surface, route, trace.status, code).inc();
    this.duration
      .labels(trace.surface, trace.stream ? 'true' : 'false')
      .observe(trace.latencyMs / 1000);
    if (trace.firstTokenMs !== undefined && trace.upstreamMs !== undefined) {
      this.overhead
        .labels(trace.surface)
        .observe(Math.max(0, trace.firstTokenMs - trace.upstreamMs) / 1000);
    }
    if (limitCodes.has(code)) this.limited.labels(code).inc();
    for (const guard of trace.guards) {
      if (guard.categories.length === 0) this.guardDecision(guard.guard, guard.action, 'none');
      for (const category of guard.categories) {
        this.guardDecision(guard.guard, guard.action, this.categories.of(category));
      }
    }
    this.observeAttempts(trace);
    if (trace.provider === undefined) return;
    const model = servedModel(trace);
    if (trace.stream && trace.firstTokenMs !== undefined) {
      this.firstToken.labels(trace.provider, model).observe(trace.firstTokenMs / 1000);
    }
    const usage = trace.usage;
    if (usage === undefined) return;
    const tenant = this.tenants.of(trace.tenant);
    this.tokenUsage.labels('chat', trace.provider, model, 'input').observe(usage.promptTokens);
    this.tokenUsage.labels('chat', trace.provider, model, 'output').observe(usage.completionTokens);
    this.tokens.labels(trace.provider, model, tenant, 'input').inc(usage.promptTokens);
    this.tokens.labels(trace.provider, model, tenant, 'output').inc(usage.completionTokens);
    if (trace.costUsd !== undefined && trace.costUsd > 0) {
      this.cost.labels(trace.provider, model, tenant).inc(trace.costUsd);
    }
  }

  /**
   * Counts one guard verdict. The counter's children are kept by guard, action and category
   * (bounded: the guards, four actions, bounded categories): every request has at least one
   * verdict, and `labels()` builds a label object and a bound function on each call (prom-client
   * still hashes the labels inside `inc()`).
   */
  private guardDecision(guard: string, action: string, category: string): void {
    let byAction = this.guardChildren.get(guard);
    if (byAction === undefined) {
      byAction = new Map();
      this.guardChildren.set(guard, byAction);
    }
    let byCategory = byAction.get(action);
    if (byCategory === undefined) {
      byCategory = new Map();
      byAction.set(action, byCategory);
    }
    let child = byCategory.get(category);
    if (child === undefined) {
      child = this.guardDecisions.labels(guard, action, category);
      byCategory.set(category, child);
    }
    child.inc();
  }

  private observeAttempts(trace: RequestTrace): void {
    const attempts = trace.attempts;
    for (let index = 0; index < attempts.length; index += 1) {
      const attempt = attempts[index];
      if (attempt === undefined) continue;
      const reason = attempt.reason ?? 'none';
      this.attempts.labels(attempt.provider, attempt.status, reason).inc();
      if (attempt.status === 'skipped') continue;
      this.operation
        .labels('chat', attempt.provider, attempt.model, attempt.status === 'success' ? '' : reason)
        .observe(attempt.latencyMs / 1000);
      if (attempt.status === 'failed' && index < attempts.length - 1) {
        this.failovers.labels(attempt.provider, reason).inc();
      }
    }
  }

  /** The Prometheus text exposition. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** The configured model of the attempt that answered (the provider's own name may vary). */
function servedModel(trace: RequestTrace): string {
  for (let index = trace.attempts.length - 1; index >= 0; index -= 1) {
    const attempt = trace.attempts[index];
    if (attempt?.status === 'success') return attempt.model;
  }
  return trace.attempts.at(-1)?.model ?? 'unknown';
}
