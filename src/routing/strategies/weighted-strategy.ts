import type { RoutingStrategy } from './routing-strategy.js';

/**
 * A random order in which each target comes first in proportion to its weight
 * (Efraimidis–Spirakis: sort by random^(1/weight)); the rest stay as failover candidates.
 */
export const weightedStrategy: RoutingStrategy = {
  name: 'weighted',
  order(entries, context) {
    return entries
      .map((entry) => ({ target: entry.target, key: context.random() ** (1 / entry.weight) }))
      .sort((left, right) => right.key - left.key)
      .map((entry) => entry.target);
  },
};
