export { createAttemptSignal, type AttemptSignal } from './attempt-signal.js';
export { defaultBackoff, type BackoffOptions } from './backoff.js';
export {
  defaultBreakerOptions,
  type BreakerOptions,
  type BreakerState,
} from './health/circuit-breaker.js';
export type { HealthRegistry, LaneSnapshot } from './health/health-registry.js';
export type { HedgePolicy, Route, RouteEntry } from './route.js';
export { RouteTable, type ModelName } from './route-table.js';
export { Router, type RouterOptions } from './router.js';
export { strategyNamed, type RoutingStrategy } from './strategies/index.js';
export type { Credential, Target } from './target.js';
