import type { RoutingStrategy } from './routing-strategy.js';

/** How often the second-fastest target goes first anyway, so a recovered target gets measured. */
const exploration = 0.05;

/**
 * Fastest observed time to first token first (EWMA per target); targets never measured go first so
 * they get measured.
 */
export const leastLatencyStrategy: RoutingStrategy = {
  name: 'least-latency',
  order(entries, context) {
    const ordered = entries
      .map((entry) => ({ target: entry.target, latency: context.firstTokenMs(entry.target) ?? -1 }))
      .sort((left, right) => left.latency - right.latency)
      .map((entry) => entry.target);
    if (ordered.length > 1 && context.random() < exploration) {
      const [first, second, ...rest] = ordered;
      if (first !== undefined && second !== undefined) return [second, first, ...rest];
    }
    return ordered;
  },
};
