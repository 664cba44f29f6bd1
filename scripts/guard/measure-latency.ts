import type { Guard } from '../../src/guards/guard.js';

/** Latency distribution in microseconds. */
export interface Latency {
  readonly samples: number;
  readonly mean: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

function summarize(samples: number[]): Latency {
  samples.sort((left, right) => left - right);
  const at = (quantile: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(quantile * samples.length))] ?? 0;
  const total = samples.reduce((sum, value) => sum + value, 0);
  return {
    samples: samples.length,
    mean: total / samples.length,
    p50: at(0.5),
    p99: at(0.99),
    max: samples[samples.length - 1] ?? 0,
  };
}

function timeOnce(guard: Guard, text: string): number {
  const started = process.hrtime.bigint();
  guard.check(text);
  return Number(process.hrtime.bigint() - started) / 1000;
}

/** Each text checked `rounds` times after one warm-up pass; every check is one sample. */
export function measureLatency(guard: Guard, texts: readonly string[], rounds = 3): Latency {
  for (const text of texts) guard.check(text);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const text of texts) samples.push(timeOnce(guard, text));
  return summarize(samples);
}

/** One text checked `iterations` times after `warmUp` checks. */
export function measureRepeated(
  guard: Guard,
  text: string,
  iterations = 2000,
  warmUp = 500,
): Latency {
  for (let index = 0; index < warmUp; index++) guard.check(text);
  const samples: number[] = [];
  for (let index = 0; index < iterations; index++) samples.push(timeOnce(guard, text));
  return summarize(samples);
}
