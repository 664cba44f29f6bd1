import type { BreakerOptions, BreakerState, BreakerTransition } from './circuit-breaker.js';
import { LaneHealth } from './lane-health.js';

export interface LaneSnapshot {
  readonly lane: string;
  readonly state: BreakerState;
  readonly reopensInMs: number;
  readonly blockedForMs: number;
  readonly firstTokenMeanMs: number | undefined;
  readonly firstTokenP95Ms: number | undefined;
}

/** Health of every lane, created on first use, with a hook for breaker transitions (logs, metrics). */
export class HealthRegistry {
  private readonly lanes = new Map<string, LaneHealth>();
  /** Parked credentials (provider + credential): rejected keys, exhausted quotas. */
  private readonly parked = new Map<string, number>();

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number,
    private readonly random: () => number,
    private readonly onTransition: (lane: string, transition: BreakerTransition) => void,
  ) {}

  lane(key: string): LaneHealth {
    let health = this.lanes.get(key);
    if (health === undefined) {
      health = new LaneHealth(key, this.options, this.now, this.random, this.onTransition);
      this.lanes.set(key, health);
    }
    return health;
  }

  park(credentialKey: string, milliseconds: number): void {
    this.parked.set(
      credentialKey,
      Math.max(this.parked.get(credentialKey) ?? 0, this.now() + milliseconds),
    );
  }

  isParked(credentialKey: string): boolean {
    const until = this.parked.get(credentialKey);
    return until !== undefined && until > this.now();
  }

  snapshot(): LaneSnapshot[] {
    const now = this.now();
    return [...this.lanes.values()].map((health) => ({
      lane: health.key,
      state: health.breaker.state,
      reopensInMs: Math.max(0, health.breaker.reopensAt - now),
      blockedForMs: Math.max(0, health.blockedUntil - now),
      firstTokenMeanMs: health.firstToken.mean,
      firstTokenP95Ms: health.firstToken.quantile(0.95),
    }));
  }
}
