import { describe, expect, it } from 'vitest';
import { drills } from '../../drills/drills.js';

/**
 * Every fault drill at its quick scale, against a gateway spawned from the build, as part of the
 * test run. Correctness checks (answers, terminal events, attempts, Retry-After, truncations, exit
 * codes) must hold here; latency targets need a quiet machine and are measured by `npm run drills`
 * (docs/resilience.md), so here they are reported but not asserted.
 */
describe('fault drills (quick)', () => {
  for (const drill of drills) {
    it(`${drill.name}: every correctness check holds`, async () => {
      const result = await drill.run('quick');
      const failed = result.checks
        .filter((item) => item.timing !== true && !item.pass)
        .map((item) => `${item.name}: measured ${item.measured}, target ${item.target}`);
      expect(result.checks.filter((item) => item.timing !== true).length).toBeGreaterThan(0);
      expect(failed).toEqual([]);
    }, 180_000);
  }
});
