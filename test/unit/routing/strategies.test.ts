import { describe, expect, it } from 'vitest';
import type { ProviderAdapter } from '../../../src/core/index.js';
import type { RouteEntry, Target } from '../../../src/routing/index.js';
import { strategyNamed } from '../../../src/routing/index.js';

const adapter = {} as ProviderAdapter;
function target(provider: string, input: number, output: number): Target {
  return {
    provider,
    model: 'm',
    adapter,
    pricing: { inputPerMillionUsd: input, outputPerMillionUsd: output },
    credentials: [{ id: 'k1', secret: 'x', source: 'X' }],
  };
}
const a = target('a', 3, 15);
const b = target('b', 0.5, 1);
const c = target('c', 1, 2);
const entries: RouteEntry[] = [
  { target: a, weight: 6 },
  { target: b, weight: 3 },
  { target: c, weight: 1 },
];

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const context = (
  overrides: Partial<Parameters<ReturnType<typeof strategyNamed>['order']>[1]> = {},
) => ({
  firstTokenMs: () => undefined,
  promptTokens: 1000,
  maxTokens: 500,
  random: seeded(7),
  ...overrides,
});

describe('routing strategies', () => {
  it('priority keeps the configured order', () => {
    expect(
      strategyNamed('priority')
        .order(entries, context())
        .map((t) => t.provider),
    ).toEqual(['a', 'b', 'c']);
  });

  it('weighted puts each target first in proportion to its weight', () => {
    const random = seeded(42);
    const firsts = { a: 0, b: 0, c: 0 } as Record<string, number>;
    for (let index = 0; index < 10_000; index += 1) {
      const first = strategyNamed('weighted').order(entries, context({ random }))[0];
      firsts[first?.provider ?? '']! += 1;
    }
    expect(firsts.a! / 10_000).toBeCloseTo(0.6, 1);
    expect(firsts.b! / 10_000).toBeCloseTo(0.3, 1);
    expect(firsts.c! / 10_000).toBeCloseTo(0.1, 1);
  });

  it('least-latency puts the fastest first and unmeasured targets before measured ones', () => {
    const latency = new Map<Target, number>([
      [a, 900],
      [b, 100],
    ]);
    const order = strategyNamed('least-latency')
      .order(entries, context({ firstTokenMs: (t) => latency.get(t), random: () => 0.9 }))
      .map((t) => t.provider);
    expect(order).toEqual(['c', 'b', 'a']);
  });

  it('lowest-cost puts the cheapest expected request first', () => {
    const order = strategyNamed('lowest-cost')
      .order(entries, context())
      .map((t) => t.provider);
    expect(order).toEqual(['b', 'c', 'a']);
  });
});
