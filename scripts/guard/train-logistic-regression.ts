import { blockNorms, type LinearModel } from '../../src/guards/injection/linear-model.js';
import type { Random } from './create-random.js';
import { naiveBayesScale, type NaiveBayesScaling } from './naive-bayes-scale.js';

/** One training example: its distinct feature indices, label and weight. */
export interface SparseExample {
  /** Character n-grams first, then word features. */
  readonly features: Int32Array;
  readonly characters: number;
  readonly label: 0 | 1;
  readonly weight: number;
}

export interface TrainingOptions {
  readonly featureBits: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty per feature update. */
  readonly l2: number;
  /** Features scaled in training by their naive-Bayes ratios ({@link naiveBayesScale}). */
  readonly naiveBayes?: NaiveBayesScaling;
}

/**
 * Logistic regression by AdaGrad over sparse presence features, each block of an example's
 * features scaled by 1/sqrt(its count) exactly as at inference ({@link blockNorms}). With
 * `options.naiveBayes`, each feature is also scaled by its factor, and the weights returned are
 * the trained ones times the factors: a model over presence features, as inference reads it.
 * Deterministic for a given seed: the only randomness is the example order, drawn from `random`.
 */
export function trainLogisticRegression(
  examples: readonly SparseExample[],
  options: TrainingOptions,
  random: Random,
): { weights: Float64Array; bias: number } {
  const size = 1 << options.featureBits;
  const scale =
    options.naiveBayes === undefined
      ? undefined
      : naiveBayesScale(examples, options.featureBits, options.naiveBayes);
  const weights = new Float64Array(size);
  const squares = new Float64Array(size);
  let bias = 0;
  let biasSquares = 0;
  const order = examples.map((_example, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    random.shuffle(order);
    for (const index of order) {
      const example = examples[index];
      if (example === undefined) continue;
      const norms = blockNorms(example.features.length, example.characters);
      const features = example.features;
      let logit = bias;
      for (let position = 0; position < features.length; position++) {
        const feature = features[position] ?? 0;
        const norm =
          (position < example.characters ? norms.characters : norms.words) *
          (scale === undefined ? 1 : (scale[feature] ?? 0));
        logit += (weights[feature] ?? 0) * norm;
      }
      const probability = 1 / (1 + Math.exp(-logit));
      const error = (probability - example.label) * example.weight;
      for (let position = 0; position < features.length; position++) {
        const feature = features[position] ?? 0;
        const norm =
          (position < example.characters ? norms.characters : norms.words) *
          (scale === undefined ? 1 : (scale[feature] ?? 0));
        const current = weights[feature] ?? 0;
        const gradient = error * norm + options.l2 * current;
        const accumulated = (squares[feature] ?? 0) + gradient * gradient;
        squares[feature] = accumulated;
        weights[feature] =
          current - (options.learningRate * gradient) / (Math.sqrt(accumulated) + 1e-8);
      }
      biasSquares += error * error;
      bias -= (options.learningRate * error) / (Math.sqrt(biasSquares) + 1e-8);
    }
  }
  if (scale !== undefined) {
    for (let index = 0; index < size; index++) {
      weights[index] = (weights[index] ?? 0) * (scale[index] ?? 0);
    }
  }
  return { weights, bias };
}

/** Rounds weights to int8 with one scale (largest magnitude → 127). */
export function quantizeModel(
  weights: Float64Array,
  bias: number,
  featureBits: number,
): LinearModel {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest === 0 ? 1 : largest / 127;
  const quantized = new Int8Array(weights.length);
  for (let index = 0; index < weights.length; index++) {
    quantized[index] = Math.round((weights[index] ?? 0) / scale);
  }
  return { featureBits, bias, scale, weights: quantized };
}
