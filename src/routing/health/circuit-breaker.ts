/** What a breaker allows for the next request. */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. */
  readonly consecutiveFailures: number;
  /** Failure share over the recent window that opens the breaker… */
  readonly failureRatio: number;
  /** …once the window holds at least this many outcomes. */
  readonly minimumVolume: number;
  /** How many recent outcomes the window keeps. */
  readonly windowSize: number;
  /** First ejection time; each consecutive ejection doubles it, up to `maxEjectionMs`. */
  readonly baseEjectionMs: number;
  readonly maxEjectionMs: number;
  /** Random spread of each ejection time, as a share (0.2 = ±20 %). */
  readonly jitter: number;
}

export const defaultBreakerOptions: BreakerOptions = {
  consecutiveFailures: 5,
  failureRatio: 0.25,
  minimumVolume: 12,
  windowSize: 40,
  baseEjectionMs: 1000,
  maxEjectionMs: 60_000,
  jitter: 0.2,
};

export interface BreakerTransition {
  readonly from: BreakerState;
  readonly to: BreakerState;
  readonly at: number;
  /** For a transition to open: how long the target is ejected. */
  readonly ejectionMs?: number;
}

/**
 * A circuit breaker for one provider + credential + model (outlier detection in Envoy's terms).
 * Closed: every request passes and outcomes are counted. Open: the target is skipped at no cost
 * until its ejection time (growing and jittered with each consecutive ejection) has passed.
 * Half-open: exactly one probe request passes; its success closes the breaker, its failure opens
 * it again for longer. Pure: the clock and random source are injected.
 */
export class CircuitBreaker {
  private stateValue: BreakerState = 'closed';
  private consecutive = 0;
  private readonly window: boolean[] = [];
  private windowFailures = 0;
  private ejections = 0;
  private openUntil = 0;
  private probing = false;

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number,
    private readonly random: () => number,
    private readonly onTransition: (transition: BreakerTransition) => void = () => undefined,
  ) {}

  get state(): BreakerState {
    if (this.stateValue === 'open' && this.now() >= this.openUntil) this.move('half-open');
    return this.stateValue;
  }

  /** When an open breaker will let a probe through (0 when not open). */
  get reopensAt(): number {
    return this.stateValue === 'open' ? this.openUntil : 0;
  }

  /** True while a half-open probe is in flight. */
  get probeInFlight(): boolean {
    return this.probing;
  }

  /**
   * Asks to send one request: `pass` when closed, `probe` for the first caller when half-open,
   * undefined otherwise. The caller reports the outcome with `succeeded`, `failed` or `released`.
   */
  acquire(): 'pass' | 'probe' | undefined {
    const state = this.state;
    if (state === 'closed') return 'pass';
    if (state === 'half-open' && !this.probing) {
      this.probing = true;
      return 'probe';
    }
    return undefined;
  }

  /**
   * A request succeeded. Only the half-open probe's success closes the breaker: requests that were
   * already in flight when it opened say nothing about the target's recovery.
   */
  succeeded(probe = false): void {
    if (probe) this.probing = false;
    if (this.stateValue === 'closed') {
      this.consecutive = 0;
      this.push(false);
      return;
    }
    if (probe && this.stateValue === 'half-open') {
      this.consecutive = 0;
      this.ejections = Math.max(0, this.ejections - 1);
      this.resetWindow();
      this.move('closed');
    }
  }

  /** A request failed. A failed probe ejects the target again, for longer. */
  failed(probe = false): void {
    if (probe) {
      this.probing = false;
      if (this.stateValue === 'half-open') this.eject();
      return;
    }
    if (this.stateValue !== 'closed') return;
    this.consecutive += 1;
    this.push(true);
    const ratioTripped =
      this.window.length >= this.options.minimumVolume &&
      this.windowFailures / this.window.length >= this.options.failureRatio;
    if (this.consecutive >= this.options.consecutiveFailures || ratioTripped) this.eject();
  }

  /** The acquired request ended without telling anything about the target (client gone). */
  released(probe = false): void {
    if (probe) this.probing = false;
  }

  private eject(): void {
    const base = Math.min(
      this.options.maxEjectionMs,
      this.options.baseEjectionMs * 2 ** this.ejections,
    );
    const spread = 1 + this.options.jitter * (this.random() * 2 - 1);
    const ejectionMs = Math.round(base * spread);
    this.ejections += 1;
    this.openUntil = this.now() + ejectionMs;
    this.consecutive = 0;
    this.resetWindow();
    this.move('open', ejectionMs);
  }

  private push(failure: boolean): void {
    this.window.push(failure);
    if (failure) this.windowFailures += 1;
    if (this.window.length > this.options.windowSize && this.window.shift() === true)
      this.windowFailures -= 1;
  }

  private resetWindow(): void {
    this.window.length = 0;
    this.windowFailures = 0;
  }

  private move(to: BreakerState, ejectionMs?: number): void {
    const from = this.stateValue;
    if (from === to) return;
    this.stateValue = to;
    this.onTransition(
      ejectionMs === undefined
        ? { from, to, at: this.now() }
        : { from, to, at: this.now(), ejectionMs },
    );
  }
}
