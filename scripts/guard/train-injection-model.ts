import { featureBits } from '../../src/guards/injection/collect-features.js';
import { createInjectionGuard } from '../../src/guards/injection/create-injection-guard.js';
import type { InjectionModelWeights } from '../../src/guards/injection/injection-model-weights.js';
import {
  encodeLinearModel,
  linearLogit,
  sigmoid,
  type LinearModel,
} from '../../src/guards/injection/linear-model.js';
import { combineEvidence } from '../../src/guards/injection/score-evidence.js';
import { augmentTrainingData } from './augment-training-data.js';
import { chooseThreshold, computeMetrics, type Metrics, type Scored } from './compute-metrics.js';
import { createRandom } from './create-random.js';
import { featurize, type Featurized } from './featurize.js';
import { loadSplit } from './load-dataset.js';
import {
  quantizeModel,
  trainLogisticRegression,
  type SparseExample,
  type TrainingOptions,
} from './train-logistic-regression.js';

/** The fixed seed of every random choice in training (augmentation and example order). */
export const trainingSeed = 20240611;
/**
 * Dev false-positive budget for the default threshold: half the 1 % target, as a margin (dev has
 * only 702 benign prompts, so its FPR is a noisy estimate: round one's 0.8 % budget measured
 * 1.6 % on test).
 */
export const devFalsePositiveBudget = 0.005;

/**
 * Hyper-parameters tried; the one with the best dev recall at the budget wins, then the best F1,
 * then the earlier in this list. Round two's 10 epochs come first: in round four 6 epochs tied
 * with it on dev (recall and F1) and flagged two more hand-written benign look-alikes.
 */
const candidates: readonly TrainingOptions[] = [
  { featureBits, epochs: 10, learningRate: 0.05, l2: 1e-5 },
  { featureBits, epochs: 6, learningRate: 0.05, l2: 1e-5 },
  { featureBits, epochs: 15, learningRate: 0.05, l2: 1e-5 },
];

export interface TrainingReport {
  readonly weights: InjectionModelWeights;
  readonly devMetrics: Metrics;
  readonly chosen: TrainingOptions;
  readonly trainExamples: number;
  readonly augmented: number;
}

function modelProbability(model: LinearModel, featurized: Featurized): number {
  return sigmoid(
    linearLogit(model, featurized.features, featurized.features.length, featurized.characters),
  );
}

/** Trains the injection model on train.jsonl (augmented) and tunes it on dev.jsonl. */
export function trainInjectionModel(log: (line: string) => void = () => undefined): TrainingReport {
  const train = loadSplit('train');
  const dev = loadSplit('dev');
  const random = createRandom(trainingSeed);
  const augmented = augmentTrainingData(train.rows, random);
  const rows = [...train.rows, ...augmented];
  const positives = rows.filter((row) => row.label === 1).length;
  const positiveWeight = (rows.length - positives) / positives;
  log(`train: ${train.rows.length} rows + ${augmented.length} augmented (${positives} attacks)`);
  const examples: SparseExample[] = rows.map((row) => ({
    ...featurize(row.text),
    label: row.label,
    weight: row.label === 1 ? positiveWeight : 1,
  }));
  const rulesOnly = createInjectionGuard({ model: null });
  const devRules = dev.rows.map((row) => rulesOnly.analyze(row.text).ruleScore);
  const devFeatures = dev.rows.map((row) => featurize(row.text));

  let best:
    | {
        model: LinearModel;
        options: TrainingOptions;
        scored: Scored[];
        threshold: number;
        metrics: Metrics;
      }
    | undefined;
  for (const options of candidates) {
    const trained = trainLogisticRegression(examples, options, createRandom(trainingSeed + 1));
    const model = quantizeModel(trained.weights, trained.bias, options.featureBits);
    const scored = dev.rows.map((row, index) => ({
      label: row.label,
      category: row.category,
      score: combineEvidence(
        devRules[index] ?? 0,
        modelProbability(
          model,
          devFeatures[index] ?? { features: new Int32Array(), characters: 0 },
        ),
      ),
    }));
    const threshold = chooseThreshold(scored, devFalsePositiveBudget);
    const metrics = computeMetrics(scored, threshold);
    log(
      `epochs=${options.epochs} lr=${options.learningRate} l2=${options.l2}: dev recall ${metrics.recall.toFixed(3)} fpr ${metrics.falsePositiveRate.toFixed(4)} f1 ${metrics.f1.toFixed(3)} threshold ${threshold.toFixed(3)}`,
    );
    if (
      best === undefined ||
      metrics.recall > best.metrics.recall ||
      (metrics.recall === best.metrics.recall && metrics.f1 > best.metrics.f1)
    ) {
      best = { model, options, scored, threshold, metrics };
    }
  }
  if (best === undefined) throw new Error('no candidate trained');
  const weights: InjectionModelWeights = {
    threshold: best.threshold,
    trainedOn: `train.jsonl ${train.digest} + ${augmented.length} augmented; tuned on dev.jsonl ${dev.digest}; epochs ${best.options.epochs}, learning rate ${best.options.learningRate}, l2 ${best.options.l2}`,
    seed: trainingSeed,
    devMetrics: {
      precision: best.metrics.precision,
      recall: best.metrics.recall,
      f1: best.metrics.f1,
      falsePositiveRate: best.metrics.falsePositiveRate,
      threshold: best.threshold,
    },
    model: encodeLinearModel(best.model),
  };
  return {
    weights,
    devMetrics: best.metrics,
    chosen: best.options,
    trainExamples: rows.length,
    augmented: augmented.length,
  };
}
