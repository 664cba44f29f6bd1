import {
  GatewayError,
  estimateCostUsd,
  estimatePromptTokens,
  reject,
  type ChatRequest,
  type IncomingHeaders,
  type Logger,
  type Outcome,
  type RequestContext,
} from '../core/index.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import type { BreakerOptions, BreakerTransition } from './health/circuit-breaker.js';
import { HealthRegistry } from './health/health-registry.js';
import { LanePicker, type Lane, type LaneUnavailable } from './lane.js';
import { RetryBudget } from './retry-budget.js';
import type { Route } from './route.js';
import { runAttempt, type AttemptResult, type RunningAttempt } from './run-attempt.js';
import type { Target } from './target.js';

export interface RouterOptions {
  /** Whole answer when not streaming; time to the first content part when streaming. */
  readonly attemptTimeoutMs: number;
  /** Longest a committed stream may run. */
  readonly streamMaxDurationMs: number;
  /** Upstream attempts per request, failovers, retries and hedges included. */
  readonly maxAttempts: number;
  /** Same-target retries may be at most this share of traffic. */
  readonly retryBudgetRatio: number;
  /** A longer `Retry-After` makes the router fail over instead of waiting. */
  readonly retryAfterMaxWaitMs: number;
  readonly credentialParkMs: number;
  readonly outageQueueSize: number;
  readonly breaker: BreakerOptions;
  readonly backoff: BackoffOptions;
  /** Monotonic milliseconds (`performance.now`). */
  readonly now: () => number;
  readonly random: () => number;
  readonly logger: Logger;
}

/** What one request has done so far. */
interface Progress {
  attempts: number;
  /** Targets whose last failure another try could fix, for a later same-target retry. */
  readonly retryable: Target[];
  readonly skipped: Map<Target, LaneUnavailable>;
}

/** `x-gateway-timeout-ms` (ms) or the Stainless SDKs' `x-stainless-timeout` (s): a shorter deadline. */
function clientDeadlineMs(headers: IncomingHeaders): number | undefined {
  const explicit = Number(headers['x-gateway-timeout-ms']);
  if (Number.isFinite(explicit) && explicit > 0) return explicit;
  const stainless = Number(headers['x-stainless-timeout']);
  return Number.isFinite(stainless) && stainless > 0 ? stainless * 1000 : undefined;
}

function sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || milliseconds <= 0) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, milliseconds);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Sends a request to its route's targets: in the strategy's order, skipping ejected lanes at no
 * cost, failing over on errors the catalog marks as failover, retrying the same target (jittered
 * backoff, `Retry-After` honoured, within a retry budget) when nothing else is left, optionally
 * hedging the first attempt, and never past the request's deadline. When every target is ejected
 * it waits for an in-flight recovery probe (the outage queue) or answers 503 with `Retry-After`.
 * Every attempt and skip lands in the cascade path.
 */
export class Router {
  readonly health: HealthRegistry;
  private readonly lanes: LanePicker;
  private readonly retryBudget: RetryBudget;
  private readonly hedgeBudgets = new Map<Route, RetryBudget>();
  private queued = 0;

  constructor(private readonly options: RouterOptions) {
    this.health = new HealthRegistry(
      options.breaker,
      options.now,
      options.random,
      (lane, transition) => this.logTransition(lane, transition),
    );
    this.lanes = new LanePicker(this.health, options.now);
    this.retryBudget = new RetryBudget(options.retryBudgetRatio);
  }

  async route(context: RequestContext, request: ChatRequest, route: Route): Promise<Outcome> {
    this.retryBudget.deposit();
    const limit = Math.min(
      route.deadlineMs,
      clientDeadlineMs(context.headers) ?? Number.POSITIVE_INFINITY,
    );
    const deadline = context.startedAt + limit;
    const outcome = await this.pass(context, request, route, deadline);
    if (outcome !== 'all_skipped') return outcome;
    // Every lane is ejected. Wait for a recovery probe already in flight, if any, then try again.
    if (await this.waitForProbe(route, deadline, context.signal)) {
      const again = await this.pass(context, request, route, deadline);
      if (again !== 'all_skipped') return again;
    }
    return reject(
      new GatewayError('no_provider_available', { retryAfterMs: this.nextReopenMs(route) }),
    );
  }

  private async pass(
    context: RequestContext,
    request: ChatRequest,
    route: Route,
    deadline: number,
  ): Promise<Outcome | 'all_skipped'> {
    const promptTokens = estimatePromptTokens(request);
    const order = route.strategy.order(route.entries, {
      firstTokenMs: (target) => this.lanes.firstTokenMs(target),
      promptTokens,
      maxTokens: request.maxTokens ?? 1024,
      random: this.options.random,
    });
    const progress: Progress = { attempts: 0, retryable: [], skipped: new Map() };
    let next = 0;
    let lastFailure: GatewayError | undefined;

    while (progress.attempts < this.options.maxAttempts) {
      if (this.options.now() >= deadline) return reject(new GatewayError('deadline_exceeded'));
      let target: Target | undefined;
      let retry = false;
      if (next < order.length) {
        target = order[next];
        next += 1;
      } else {
        target = progress.retryable.shift();
        retry = true;
        if (target === undefined || !this.retryBudget.tryWithdraw()) break;
        if (!(await this.waitBeforeRetry(target, progress.attempts, deadline, context.signal)))
          continue;
      }
      if (target === undefined) break;
      const lane = this.lanes.pick(target);
      if (typeof lane === 'string') {
        if (!retry && !progress.skipped.has(target)) {
          progress.skipped.set(target, lane);
          this.recordSkip(context, target, lane);
        }
        continue;
      }
      const hedge =
        progress.attempts === 0 && !retry ? this.hedgeFor(route, request, lane) : undefined;
      const remaining = deadline - this.options.now();
      const limits = {
        timeoutMs: Math.max(1, Math.min(this.options.attemptTimeoutMs, remaining)),
        streamMaxDurationMs: this.options.streamMaxDurationMs,
        now: this.options.now,
        onStreamFailure: this.learnAfterCommit,
      };
      const first = runAttempt(lane, request, context, limits);
      progress.attempts += 1;
      const outcome =
        hedge === undefined
          ? this.settle(context, first, await first.result)
          : await this.hedged(
              context,
              request,
              first,
              hedge.delayMs,
              hedge.budget,
              order,
              next,
              limits,
              progress,
              promptTokens,
            ).then((result) => {
              next = result.next;
              return result.outcome;
            });
      if (outcome.type !== 'rejection') return outcome;
      lastFailure = outcome.error;
      if (!this.shouldContinue(outcome.error)) return outcome;
      if (this.otherLaneMayHelp(target, outcome.error)) order.splice(next, 0, target);
      else if (outcome.error.retryable && !progress.retryable.includes(target)) {
        progress.retryable.push(target);
      }
    }
    if (progress.attempts === 0) return 'all_skipped';
    if (lastFailure?.code === 'client_closed_request') return reject(lastFailure);
    return reject(new GatewayError('all_providers_failed'));
  }

  /** Runs the first attempt with a hedge: past the delay, the next target starts too; first success wins. */
  private async hedged(
    context: RequestContext,
    request: ChatRequest,
    first: RunningAttempt,
    delayMs: number,
    budget: RetryBudget,
    order: readonly Target[],
    next: number,
    limits: Parameters<typeof runAttempt>[3],
    progress: Progress,
    promptTokens: number,
  ): Promise<{ outcome: Outcome; next: number }> {
    let timer: NodeJS.Timeout | undefined;
    const early = await Promise.race([
      first.result.then((result) => ({ result })),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), delayMs);
      }),
    ]);
    clearTimeout(timer);
    if (early !== undefined) return { outcome: this.settle(context, first, early.result), next };
    // Only a hedge that actually starts spends from the route's hedge budget.
    if (!budget.tryWithdraw()) {
      return { outcome: this.settle(context, first, await first.result), next };
    }

    // Slow first token: start the next available target alongside.
    let second: RunningAttempt | undefined;
    let cursor = next;
    while (
      second === undefined &&
      cursor < order.length &&
      progress.attempts < this.options.maxAttempts
    ) {
      const target = order[cursor];
      cursor += 1;
      if (target === undefined) continue;
      const lane = this.lanes.pick(target);
      if (typeof lane === 'string') {
        progress.skipped.set(target, lane);
        this.recordSkip(context, target, lane);
        continue;
      }
      second = runAttempt(lane, request, context, limits);
      progress.attempts += 1;
    }
    if (second === undefined)
      return { outcome: this.settle(context, first, await first.result), next: cursor };

    const contenders = [first, second];
    const pending = new Map(
      contenders.map((attempt) => [
        attempt,
        attempt.result.then((result) => ({ attempt, result })),
      ]),
    );
    let failure: Outcome | undefined;
    while (pending.size > 0) {
      const { attempt, result } = await Promise.race(pending.values());
      pending.delete(attempt);
      if (result.ok) {
        for (const loser of pending.keys()) this.cancelLoser(context, loser, promptTokens);
        return { outcome: this.settle(context, attempt, result), next: cursor };
      }
      failure = this.settle(context, attempt, result);
    }
    return { outcome: failure ?? reject(new GatewayError('all_providers_failed')), next: cursor };
  }

  /** Stops a hedge's loser; its prompt was billed, so its estimated cost is recorded. */
  private cancelLoser(context: RequestContext, loser: RunningAttempt, promptTokens: number): void {
    loser.cancel(new GatewayError('hedge_cancelled'));
    void loser.result.then((result) => {
      if (result.ok && result.kind === 'stream') result.discard();
      loser.lane.health.breaker.released(loser.lane.probe);
      if (loser.lane.probe) loser.lane.health.probeSettled();
      const target = loser.lane.target;
      context.attempts.push({
        provider: target.provider,
        model: target.model,
        status: 'cancelled',
        reason: 'hedge_cancelled',
        latencyMs: this.elapsed(loser.startedAt),
        startedAfterMs: this.offset(context, loser.startedAt),
        credential: loser.lane.credential.id,
        costUsd: estimateCostUsd(
          { promptTokens, completionTokens: 0, totalTokens: promptTokens },
          target.pricing,
        ),
      });
    });
  }

  /** Records an attempt's outcome in the lane's health and the cascade path. */
  private settle(context: RequestContext, attempt: RunningAttempt, result: AttemptResult): Outcome {
    const lane = attempt.lane;
    const target = lane.target;
    const latencyMs = this.elapsed(attempt.startedAt);
    if (result.ok) {
      lane.health.breaker.succeeded(lane.probe);
      lane.health.firstToken.record(result.firstTokenMs);
      if (lane.probe) lane.health.probeSettled();
      context.attempts.push({
        provider: target.provider,
        model: target.model,
        status: 'success',
        reason: null,
        latencyMs,
        startedAfterMs: this.offset(context, attempt.startedAt),
        credential: lane.credential.id,
      });
      return result.kind === 'completion'
        ? { type: 'completion', result: result.result, target }
        : { type: 'stream', parts: result.parts, target };
    }
    const error = result.error;
    this.learn(lane, error);
    if (lane.probe) lane.health.probeSettled();
    context.attempts.push({
      provider: target.provider,
      model: target.model,
      status: 'failed',
      reason: error.code,
      latencyMs,
      startedAfterMs: this.offset(context, attempt.startedAt),
      credential: lane.credential.id,
      ...(error.upstreamStatus === undefined ? {} : { upstreamStatus: error.upstreamStatus }),
    });
    this.logFailure(context, lane, error);
    return reject(error);
  }

  /** A stream that failed after its commit point: a provider fault counts against the lane. */
  private readonly learnAfterCommit = (lane: Lane, error: GatewayError): void => {
    if (error.code.startsWith('provider_') || error.code === 'stream_truncated') {
      lane.health.breaker.failed(false);
    }
  };

  /** What a failure teaches about its lane: breaker, `Retry-After` block, parked credential. */
  private learn(lane: Lane, error: GatewayError): void {
    const health = lane.health;
    switch (error.code) {
      case 'provider_auth_failed':
      case 'provider_quota_exhausted':
        this.health.park(lane.credentialKey, this.options.credentialParkMs);
        health.breaker.released(lane.probe);
        return;
      case 'provider_rate_limited':
        health.blockedUntil = this.options.now() + (error.retryAfterMs ?? 1000);
        health.breaker.released(lane.probe);
        return;
      case 'provider_bad_request':
      case 'provider_content_filtered':
      case 'client_closed_request':
      case 'deadline_exceeded':
      case 'hedge_cancelled':
      case 'service_unavailable':
        health.breaker.released(lane.probe);
        return;
      default:
        if (error.retryAfterMs !== undefined) {
          health.blockedUntil = this.options.now() + error.retryAfterMs;
        }
        health.breaker.failed(lane.probe);
    }
  }

  /**
   * A key pool's other keys are other lanes: after a key was parked or told to wait, the same
   * target is tried again at once with the next key.
   */
  private otherLaneMayHelp(target: Target, error: GatewayError): boolean {
    if (target.credentials.length < 2) return false;
    return (
      error.code === 'provider_auth_failed' ||
      error.code === 'provider_quota_exhausted' ||
      error.code === 'provider_rate_limited'
    );
  }

  private shouldContinue(error: GatewayError): boolean {
    if (error.code === 'client_closed_request' || error.code === 'deadline_exceeded') return false;
    return error.failover;
  }

  /** Before a same-target retry: the provider's `Retry-After` if it fits, else jittered backoff. */
  private async waitBeforeRetry(
    target: Target,
    attempts: number,
    deadline: number,
    signal: AbortSignal,
  ): Promise<boolean> {
    const now = this.options.now();
    let wait = backoffDelay(attempts, this.options.backoff, this.options.random);
    for (const lane of this.lanes.lanesOf(target)) {
      const blocked = lane.blockedUntil - now;
      if (blocked > 0) wait = Math.max(wait, blocked);
    }
    if (wait > this.options.retryAfterMaxWaitMs || now + wait >= deadline) return false;
    await sleep(wait, signal);
    return !signal.aborted;
  }

  /**
   * The hedge delay and budget for a request, or undefined when it may not be hedged. Every
   * request of the route earns its share of the budget; a hedge spends one only if it fires.
   */
  private hedgeFor(
    route: Route,
    request: ChatRequest,
    lane: Lane,
  ): { readonly delayMs: number; readonly budget: RetryBudget } | undefined {
    const policy = route.hedge;
    if (policy === undefined || route.entries.length < 2) return undefined;
    if ((request.tools?.length ?? 0) > 0 && !policy.allowTools) return undefined;
    const delay = policy.delay === 'p95' ? lane.health.firstToken.quantile(0.95) : policy.delay;
    if (delay === undefined) return undefined;
    let budget = this.hedgeBudgets.get(route);
    if (budget === undefined) {
      budget = new RetryBudget(policy.maxShare, 0);
      this.hedgeBudgets.set(route, budget);
    }
    budget.deposit();
    return budget.available() ? { delayMs: delay, budget } : undefined;
  }

  /** The outage queue: waits (bounded) for an in-flight recovery probe of one of the route's lanes. */
  private async waitForProbe(
    route: Route,
    deadline: number,
    signal: AbortSignal,
  ): Promise<boolean> {
    if (this.queued >= this.options.outageQueueSize) return false;
    const probes = route.entries
      .flatMap((entry) => this.lanes.lanesOf(entry.target))
      .filter((lane) => lane.breaker.probeInFlight);
    if (probes.length === 0) return false;
    this.queued += 1;
    try {
      const remaining = deadline - this.options.now();
      await Promise.race([
        ...probes.map((lane) => lane.whenProbeSettles()),
        sleep(remaining, signal),
      ]);
    } finally {
      this.queued -= 1;
    }
    return !signal.aborted && this.options.now() < deadline;
  }

  /** Milliseconds until the first of the route's lanes may be tried again. */
  private nextReopenMs(route: Route): number {
    const now = this.options.now();
    let soonest = Number.POSITIVE_INFINITY;
    for (const entry of route.entries) {
      for (const lane of this.lanes.lanesOf(entry.target)) {
        const at = Math.max(lane.breaker.reopensAt, lane.blockedUntil);
        soonest = Math.min(soonest, Math.max(0, at - now));
      }
    }
    return Number.isFinite(soonest) ? Math.max(1000, soonest) : 1000;
  }

  private recordSkip(context: RequestContext, target: Target, reason: LaneUnavailable): void {
    context.attempts.push({
      provider: target.provider,
      model: target.model,
      status: 'skipped',
      reason,
      latencyMs: 0,
      startedAfterMs: this.offset(context, this.options.now()),
    });
  }

  /** When something started, in milliseconds after the request arrived. */
  private offset(context: RequestContext, at: number): number {
    return Math.round((at - context.startedAt) * 100) / 100;
  }

  private elapsed(startedAt: number): number {
    return Math.round((this.options.now() - startedAt) * 100) / 100;
  }

  private logFailure(context: RequestContext, lane: Lane, failure: GatewayError): void {
    const fields = {
      request_id: context.requestId,
      provider: lane.target.provider,
      model: lane.target.model,
      credential: lane.credential.id,
      code: failure.code,
      upstream_status: failure.upstreamStatus,
      detail: failure.detail,
    };
    if (failure.code === 'provider_auth_failed') {
      this.options.logger.error(
        { ...fields, credential_source: lane.credential.source },
        `Provider ${lane.target.provider} rejected the gateway's credential: check ${lane.credential.source}. Failing over.`,
      );
    } else if (failure.code !== 'client_closed_request') {
      this.options.logger.warn(fields, `attempt at ${lane.target.provider} failed`);
    }
  }

  private logTransition(lane: string, transition: BreakerTransition): void {
    this.options.logger.warn(
      { lane, from: transition.from, to: transition.to, ejection_ms: transition.ejectionMs },
      `circuit breaker ${transition.to}`,
    );
  }
}
