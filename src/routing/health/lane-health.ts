import { CircuitBreaker, type BreakerOptions, type BreakerTransition } from './circuit-breaker.js';
import { LatencyWindow } from './latency-window.js';

/**
 * What the router knows about one lane (provider + credential + model): its circuit breaker, a
 * `Retry-After` block, and its recent time to first token.
 */
export class LaneHealth {
  readonly breaker: CircuitBreaker;
  readonly firstToken = new LatencyWindow();
  /** No request before this time: the provider said "retry after". */
  blockedUntil = 0;
  private probeWaiters: (() => void)[] = [];

  constructor(
    readonly key: string,
    options: BreakerOptions,
    now: () => number,
    random: () => number,
    onTransition: (key: string, transition: BreakerTransition) => void,
  ) {
    this.breaker = new CircuitBreaker(options, now, random, (transition) =>
      onTransition(key, transition),
    );
  }

  /** Resolves when the in-flight half-open probe settles (the outage queue waits on it). */
  whenProbeSettles(): Promise<void> {
    return new Promise((resolve) => this.probeWaiters.push(resolve));
  }

  /** Called by the router when its probe attempt is over, whatever the outcome. */
  probeSettled(): void {
    const waiters = this.probeWaiters;
    this.probeWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
