import type { SparseExample } from './train-logistic-regression.js';

/** How {@link naiveBayesScale} weighs features: smoothing and the least a feature counts. */
export interface NaiveBayesScaling {
  /** Added to every feature's count in each class (Laplace smoothing). */
  readonly alpha: number;
  /** Added to every feature's absolute log-count ratio, so that no feature counts for nothing. */
  readonly floor: number;
}

/**
 * Per-feature factors for training, after NBSVM (Wang and Manning, "Baselines and Bigrams", 2012):
 * the absolute log-ratio of a feature's share among the attacks' features to its share among the
 * benign texts' features, plus `floor`. Training on features scaled this way lets the features
 * that tell the classes apart move first and furthest, a prior that suits a small training set;
 * the trained weights times the factors are again one linear model over presence features, so
 * inference is unchanged.
 */
export function naiveBayesScale(
  examples: readonly SparseExample[],
  featureBits: number,
  scaling: NaiveBayesScaling,
): Float64Array {
  const size = 1 << featureBits;
  const attacks = new Float64Array(size).fill(scaling.alpha);
  const benign = new Float64Array(size).fill(scaling.alpha);
  for (const example of examples) {
    const counts = example.label === 1 ? attacks : benign;
    for (const feature of example.features) counts[feature] = (counts[feature] ?? 0) + 1;
  }
  let attackTotal = 0;
  let benignTotal = 0;
  for (let index = 0; index < size; index++) {
    attackTotal += attacks[index] ?? 0;
    benignTotal += benign[index] ?? 0;
  }
  const scale = new Float64Array(size);
  for (let index = 0; index < size; index++) {
    const ratio = (attacks[index] ?? 0) / attackTotal / ((benign[index] ?? 0) / benignTotal);
    scale[index] = Math.abs(Math.log(ratio)) + scaling.floor;
  }
  return scale;
}
