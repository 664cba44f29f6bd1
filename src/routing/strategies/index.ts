import { leastLatencyStrategy } from './least-latency-strategy.js';
import { lowestCostStrategy } from './lowest-cost-strategy.js';
import { priorityStrategy } from './priority-strategy.js';
import type { RoutingStrategy } from './routing-strategy.js';
import { weightedStrategy } from './weighted-strategy.js';

export type { RoutingStrategy, StrategyContext } from './routing-strategy.js';

const strategies: Readonly<Record<string, RoutingStrategy>> = {
  priority: priorityStrategy,
  weighted: weightedStrategy,
  'least-latency': leastLatencyStrategy,
  'lowest-cost': lowestCostStrategy,
};

/** The strategy registered under a name (configuration is validated, so the name exists). */
export function strategyNamed(name: string): RoutingStrategy {
  return strategies[name] ?? priorityStrategy;
}
