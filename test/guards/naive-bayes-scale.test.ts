import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scripts/guard/create-random.js';
import { naiveBayesScale } from '../../scripts/guard/naive-bayes-scale.js';
import {
  trainLogisticRegression,
  type SparseExample,
} from '../../scripts/guard/train-logistic-regression.js';

const bits = 4;

/** Word features only (no character n-grams), weight 1. */
function example(label: 0 | 1, ...features: number[]): SparseExample {
  return { features: Int32Array.from(features), characters: 0, label, weight: 1 };
}

// Feature 1 only in attacks, 2 only in benign texts, 3 in both alike, 4 never seen.
const examples: SparseExample[] = [
  example(1, 1, 3),
  example(1, 1, 3),
  example(1, 1),
  example(0, 2, 3),
  example(0, 2, 3),
  example(0, 2),
];

describe('naiveBayesScale (training: NBSVM feature factors)', () => {
  const scale = naiveBayesScale(examples, bits, { alpha: 1, floor: 1 });

  it('weighs a feature by how unevenly the classes hold it, plus the floor', () => {
    expect(scale[1]).toBeGreaterThan(1.5);
    expect(scale[2]).toBeCloseTo(scale[1] ?? 0, 10);
    expect(scale[3]).toBeCloseTo(1, 10);
    expect(scale[4]).toBeCloseTo(1, 10);
  });

  it('is the floor alone for every feature when the classes hold the same features', () => {
    const even = naiveBayesScale([example(1, 5, 6), example(0, 5, 6)], bits, {
      alpha: 0.5,
      floor: 2,
    });
    expect([...even].every((factor) => Math.abs(factor - 2) < 1e-12)).toBe(true);
  });
});

describe('trainLogisticRegression with naive-Bayes factors', () => {
  const options = { featureBits: bits, epochs: 20, learningRate: 0.1, l2: 0 };

  it('returns weights over presence features: the trained ones times the factors', () => {
    const plain = trainLogisticRegression(examples, options, createRandom(7));
    const scaled = trainLogisticRegression(
      examples,
      { ...options, naiveBayes: { alpha: 1, floor: 1 } },
      createRandom(7),
    );
    // Both separate the classes by the features that tell them apart.
    for (const weights of [plain.weights, scaled.weights]) {
      expect(weights[1]).toBeGreaterThan(0);
      expect(weights[2]).toBeLessThan(0);
      expect(weights[4]).toBe(0);
    }
    // The factors make the telling features move further than without them.
    expect(scaled.weights[1] ?? 0).toBeGreaterThan(plain.weights[1] ?? 0);
    expect(Math.abs(scaled.weights[3] ?? 0)).toBeLessThan(Math.abs(scaled.weights[1] ?? 0));
  });
});
