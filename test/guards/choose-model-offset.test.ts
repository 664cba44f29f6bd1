import { describe, expect, it } from 'vitest';
import { chooseModelOffset, computeMetrics } from '../../scripts/guard/compute-metrics.js';
import { sigmoid } from '../../src/guards/injection/linear-model.js';
import { combineEvidence } from '../../src/guards/injection/score-evidence.js';
import { createRandom } from '../../scripts/guard/create-random.js';

const threshold = 0.585;

interface Row {
  readonly label: 0 | 1;
  readonly ruleScore: number;
  readonly logit: number;
}

function flaggedAt(rows: readonly Row[], offset: number): ReturnType<typeof computeMetrics> {
  return computeMetrics(
    rows.map((row) => ({
      label: row.label,
      category: row.label === 1 ? 'attack' : 'benign',
      score: combineEvidence(row.ruleScore, sigmoid(row.logit + offset)),
    })),
    threshold,
  );
}

function randomRows(seed: number): Row[] {
  const random = createRandom(seed);
  const rules = [0, 0, 0, 0, 0.05, 0.25, 0.45, 0.5];
  return Array.from({ length: 600 }, (_unused, index) => {
    const label = index % 3 === 0 ? 1 : 0;
    return {
      label,
      ruleScore: random.pick(rules),
      logit: (random.next() - 0.5) * 8 + (label === 1 ? 2 : -1),
    };
  });
}

describe('chooseModelOffset (training: the model bias shift at the fixed threshold)', () => {
  it.each([1, 2, 3, 4, 5])(
    'meets the false-positive budget, and one step more would not (seed %i)',
    (seed) => {
      const rows = randomRows(seed);
      const offset = chooseModelOffset(rows, threshold, 0.01);
      const benign = rows.filter((row) => row.label === 0).length;
      const allowed = Math.floor(benign * 0.01);
      expect(flaggedAt(rows, offset).falsePositives).toBeLessThanOrEqual(allowed);
      // The chosen shift sits halfway to the next benign row: a larger shift flags one too many.
      expect(flaggedAt(rows, offset + 5).falsePositives).toBeGreaterThan(allowed);
      const beyond = [0.5, 1, 2].map((step) => flaggedAt(rows, offset + step).falsePositives);
      expect(Math.max(...beyond)).toBeGreaterThan(allowed);
    },
  );

  it('counts benign rows the rules flag alone as already spent', () => {
    const rows: Row[] = [
      { label: 0, ruleScore: 0.9, logit: -10 },
      ...Array.from({ length: 99 }, (_unused, index) => ({
        label: 0 as const,
        ruleScore: 0,
        logit: -index / 10,
      })),
    ];
    const offset = chooseModelOffset(rows, threshold, 0.02);
    expect(flaggedAt(rows, offset).falsePositives).toBe(2);
  });

  it('refuses a budget the rules alone already exceed', () => {
    const rows: Row[] = Array.from({ length: 10 }, () => ({
      label: 0 as const,
      ruleScore: 0.9,
      logit: 0,
    }));
    expect(() => chooseModelOffset(rows, threshold, 0.1)).toThrow(/rules alone/);
  });
});
