import { describe, expect, it } from 'vitest';
import { measureCold } from '../../scripts/guard/measure-latency.js';
import type { Guard, GuardVerdict } from '../../src/guards/guard.js';

/** A guard that spins for about `microseconds` per check and counts its checks. */
function spinningGuard(microseconds: number): Guard & { checks: number } {
  const guard = {
    name: 'spin',
    checks: 0,
    check(): GuardVerdict {
      guard.checks++;
      const until = process.hrtime.bigint() + BigInt(microseconds * 1000);
      while (process.hrtime.bigint() < until);
      return { guard: 'injection', score: 0, flagged: false, findings: [] };
    },
  };
  return guard;
}

describe('measureCold (eval:guard, the benchmark prompt on cold caches)', () => {
  it('times each check once, after 50 warm-up checks', () => {
    const guard = spinningGuard(200);
    const latency = measureCold(guard, 'text', 20, 8 << 20);
    expect(guard.checks).toBe(70);
    expect(latency.samples).toBe(20);
    expect(latency.p50).toBeGreaterThanOrEqual(200);
  });
});
