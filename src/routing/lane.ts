import type { HealthRegistry } from './health/health-registry.js';
import type { LaneHealth } from './health/lane-health.js';
import type { Credential, Target } from './target.js';

/** One target reached with one of its credentials: what health is tracked for. */
export interface Lane {
  readonly target: Target;
  readonly credential: Credential;
  /** `provider|credential|model`. */
  readonly key: string;
  /** `provider|credential`: parking is per key, whatever the model. */
  readonly credentialKey: string;
  readonly health: LaneHealth;
  /** This request is the half-open probe of the lane's breaker. */
  readonly probe: boolean;
}

export type LaneUnavailable = 'circuit_open' | 'retry_after_pending' | 'credential_parked';

/**
 * Picks a usable lane of a target, rotating through its key pool: not parked, not waiting out a
 * `Retry-After`, and let through by its breaker (which claims the half-open probe when it is one).
 */
export class LanePicker {
  private readonly cursors = new Map<Target, number>();

  constructor(
    private readonly registry: HealthRegistry,
    private readonly now: () => number,
  ) {}

  pick(target: Target): Lane | LaneUnavailable {
    const count = target.credentials.length;
    const start = this.cursors.get(target) ?? 0;
    this.cursors.set(target, (start + 1) % count);
    let reason: LaneUnavailable = 'circuit_open';
    for (let offset = 0; offset < count; offset += 1) {
      const credential = target.credentials[(start + offset) % count];
      if (credential === undefined) continue;
      const credentialKey = `${target.provider}|${credential.id}`;
      if (this.registry.isParked(credentialKey)) {
        reason = 'credential_parked';
        continue;
      }
      const key = `${credentialKey}|${target.model}`;
      const health = this.registry.lane(key);
      if (health.blockedUntil > this.now()) {
        reason = 'retry_after_pending';
        continue;
      }
      const admission = health.breaker.acquire();
      if (admission === undefined) continue;
      return { target, credential, key, credentialKey, health, probe: admission === 'probe' };
    }
    return reason;
  }

  /** The lanes of a target that exist so far (for latency and outage decisions). */
  lanesOf(target: Target): LaneHealth[] {
    return target.credentials.map((credential) =>
      this.registry.lane(`${target.provider}|${credential.id}|${target.model}`),
    );
  }

  /** The best (lowest) mean time to first token among a target's lanes. */
  firstTokenMs(target: Target): number | undefined {
    let best: number | undefined;
    for (const lane of this.lanesOf(target)) {
      const mean = lane.firstToken.mean;
      if (mean !== undefined && (best === undefined || mean < best)) best = mean;
    }
    return best;
  }
}
