import type { RoutingStrategy } from './strategies/routing-strategy.js';
import type { Target } from './target.js';

export interface RouteEntry {
  readonly target: Target;
  readonly weight: number;
}

export interface HedgePolicy {
  /** Fixed delay, or the first target's observed p95 time to first token. */
  readonly delay: number | 'p95';
  readonly maxShare: number;
  readonly allowTools: boolean;
}

/** A resolved route: its targets and how to treat them. Built once from the configuration. */
export interface Route {
  readonly name: string;
  readonly strategy: RoutingStrategy;
  readonly entries: readonly RouteEntry[];
  readonly deadlineMs: number;
  readonly hedge: HedgePolicy | undefined;
}
