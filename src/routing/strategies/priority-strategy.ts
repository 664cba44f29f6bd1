import type { RoutingStrategy } from './routing-strategy.js';

/** The configured order (the seed's failover). */
export const priorityStrategy: RoutingStrategy = {
  name: 'priority',
  order: (entries) => entries.map((entry) => entry.target),
};
