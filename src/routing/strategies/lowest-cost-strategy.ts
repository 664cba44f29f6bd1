import type { RoutingStrategy } from './routing-strategy.js';

/** Cheapest expected cost first: input price × prompt tokens + output price × max tokens. */
export const lowestCostStrategy: RoutingStrategy = {
  name: 'lowest-cost',
  order(entries, context) {
    return entries
      .map((entry, index) => ({
        target: entry.target,
        index,
        cost:
          entry.target.pricing.inputPerMillionUsd * context.promptTokens +
          entry.target.pricing.outputPerMillionUsd * context.maxTokens,
      }))
      .sort((left, right) => left.cost - right.cost || left.index - right.index)
      .map((entry) => entry.target);
  },
};
