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

let evictionBuffer: Uint8Array | undefined;

/** Touches one byte per 64-byte line of a buffer of `bytes` (allocated and paged in once). */
function evictCaches(bytes: number): void {
  if (evictionBuffer?.length !== bytes) {
    evictionBuffer = new Uint8Array(bytes);
    evictionBuffer.fill(1);
  }
  const buffer = evictionBuffer;
  for (let line = 0; line < buffer.length; line += 64) buffer[line] = (buffer[line] ?? 0) + 1;
}

/**
 * One text checked `checks` times with `evictBytes` of memory touched (a byte per 64-byte line)
 * before each check, so that each runs on caches another workload has just filled: closer to a
 * check inside a gateway request than a loop, and steadier on a shared machine than a benchmark
 * of the whole gateway. Only the checks are timed; the buffer is allocated once, so no collection
 * of it lands in a check.
 */
export function measureCold(
  guard: Guard,
  text: string,
  checks = 500,
  evictBytes = 32 << 20,
): Latency {
  for (let index = 0; index < 50; index++) guard.check(text);
  evictCaches(evictBytes);
  const samples: number[] = [];
  for (let check = 0; check < checks; check++) {
    evictCaches(evictBytes);
    samples.push(timeOnce(guard, text));
  }
  return summarize(samples);
}
