import type { RouteEntry } from '../route.js';
import type { Target } from '../target.js';

/** What a strategy may look at: recent latency per target, the request's expected size. */
export interface StrategyContext {
  /** Mean time to first token of the target's best lane, or undefined before any sample. */
  readonly firstTokenMs: (target: Target) => number | undefined;
  readonly promptTokens: number;
  readonly maxTokens: number;
  readonly random: () => number;
}

/** Orders a route's targets for one request. Pure and synchronous. */
export interface RoutingStrategy {
  readonly name: string;
  order(entries: readonly RouteEntry[], context: StrategyContext): Target[];
}
