import { join } from 'node:path';
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
import { bestWindow } from '../../src/guards/injection/window-model.js';
import { defaultDecodeLimits } from '../../src/guards/injection/decode-embedded-payloads.js';
import { bestParagraph } from '../../src/guards/injection/paragraph-model.js';
import { augmentTrainingData } from './augment-training-data.js';
import { chooseModelOffset, computeMetrics, type Metrics } from './compute-metrics.js';
import { createRandom } from './create-random.js';
import { featurize } from './featurize.js';
import { loadSplit, repositoryRoot } from './load-dataset.js';
import { loadJsonlSets } from './load-jsonl-sets.js';
import { loadProbeSets } from './load-probe-sets.js';
import { windowExamples, wordsOf, type WindowExampleCounts } from './window-examples.js';
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
 * The default flagging threshold, fixed since round seven (round five chose 0.5848 on dev). Training
 * shifts the model's bias to meet the dev budget at this threshold instead of moving the threshold,
 * so a rule's weight keeps its meaning when the model is retrained: rules of weight 0.6 flag alone.
 */
export const flagThreshold = 0.585;

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

/**
 * The window model's options (round thirteen): 2^16 buckets (64 KiB) scored as 2^18 on round
 * twelve's held-out long documents in the prototype; 10 epochs. Since round nineteen its features
 * are scaled by their naive-Bayes ratios in training (`naiveBayes`): on the held-out sets it
 * flagged more planted instructions for fewer benign documents flagged
 * (docs/guard-evaluation.md, round nineteen).
 */
export const windowOptions: TrainingOptions = {
  featureBits: 16,
  epochs: 10,
  learningRate: 0.05,
  l2: 1e-5,
  naiveBayes: { alpha: 1, floor: 2 },
};

export interface TrainingReport {
  readonly weights: InjectionModelWeights;
  readonly devMetrics: Metrics;
  readonly chosen: TrainingOptions;
  readonly trainExamples: number;
  readonly augmented: number;
  readonly windows: WindowExampleCounts;
}

/**
 * Models trained per candidate, each on its own example order, whose weights are averaged (a
 * linear model's average is one model: inference costs the same). Since round seven: with one run,
 * two example orders gave models that disagreed on 11 of the 12,134 dev prompts and README
 * paragraphs (mean score difference 0.013); averaging five runs cut that to 3 (0.004).
 */
export const averagedRuns = 5;

/** An offset rounded to six decimals, as short in the weights file as the metrics are. */
const roundOffset = (offset: number): number => Math.round(offset * 1e6) / 1e6;

/** The average of {@link averagedRuns} models trained with different example orders. */
function trainAveraged(
  examples: readonly SparseExample[],
  options: TrainingOptions,
): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(1 << options.featureBits);
  let bias = 0;
  for (let run = 0; run < averagedRuns; run++) {
    const trained = trainLogisticRegression(
      examples,
      options,
      createRandom(trainingSeed + 1 + run),
    );
    for (let index = 0; index < weights.length; index++) {
      weights[index] = (weights[index] ?? 0) + (trained.weights[index] ?? 0) / averagedRuns;
    }
    bias += trained.bias / averagedRuns;
  }
  return { weights, bias };
}

/** Trains the injection model on train.jsonl (augmented) and tunes it on dev.jsonl. */
export function trainInjectionModel(log: (line: string) => void = () => undefined): TrainingReport {
  const train = loadSplit('train');
  const dev = loadSplit('dev');
  const random = createRandom(trainingSeed);
  const augmented = augmentTrainingData(train.rows, random);
  const probes = loadProbeSets(join(repositoryRoot(), 'test', 'guards'));
  const handWritten = loadJsonlSets(
    join(repositoryRoot(), 'scripts', 'guard', 'hand-written'),
    'hand-written',
  );
  const docComments = loadJsonlSets(
    join(repositoryRoot(), 'scripts', 'guard', 'doc-comments'),
    'doc-comments',
  );
  // Long documents for the window model only: in the main model, read whole, round fourteen's
  // second long-document set cost dev recall (160 -> 158 of 179) and 7 attacks on sets D-G.
  const windowOnly = loadJsonlSets(
    join(repositoryRoot(), 'scripts', 'guard', 'hand-written-windows'),
    'hand-written (window model)',
  );
  const rows = [...train.rows, ...augmented, ...probes, ...handWritten, ...docComments];
  const positives = rows.filter((row) => row.label === 1).length;
  const positiveWeight = (rows.length - positives) / positives;
  log(
    `train: ${train.rows.length} rows + ${augmented.length} augmented + ${probes.length} probes + ${handWritten.length} hand-written + ${docComments.length} doc comments (${positives} attacks); window model also ${windowOnly.length} hand-written documents`,
  );
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
        logits: number[];
        metrics: Metrics;
        offset: number;
      }
    | undefined;
  for (const options of candidates) {
    const trained = trainAveraged(examples, options);
    const quantized = quantizeModel(trained.weights, trained.bias, options.featureBits);
    const logits = devFeatures.map((featurized) =>
      linearLogit(
        quantized,
        featurized.features,
        featurized.features.length,
        featurized.characters,
      ),
    );
    const offset = chooseModelOffset(
      dev.rows.map((row, index) => ({
        label: row.label,
        ruleScore: devRules[index] ?? 0,
        logit: logits[index] ?? 0,
      })),
      flagThreshold,
      devFalsePositiveBudget,
    );
    const model: LinearModel = { ...quantized, bias: quantized.bias + offset };
    const scored = dev.rows.map((row, index) => ({
      label: row.label,
      category: row.category,
      score: combineEvidence(devRules[index] ?? 0, sigmoid((logits[index] ?? 0) + offset)),
    }));
    const metrics = computeMetrics(scored, flagThreshold);
    log(
      `epochs=${options.epochs} lr=${options.learningRate} l2=${options.l2}: dev recall ${metrics.recall.toFixed(3)} fpr ${metrics.falsePositiveRate.toFixed(4)} f1 ${metrics.f1.toFixed(3)} bias offset ${offset.toFixed(3)}`,
    );
    if (
      best === undefined ||
      metrics.recall > best.metrics.recall ||
      (metrics.recall === best.metrics.recall && metrics.f1 > best.metrics.f1)
    ) {
      best = {
        model,
        options,
        logits: logits.map((logit) => logit + offset),
        metrics,
        offset,
      };
    }
  }
  if (best === undefined) throw new Error('no candidate trained');
  const chosen = best;

  // The window model, its bias shifted so that it flags no dev prompt the rest leaves unflagged
  // beyond the budget the main model already used.
  const windowSet = windowExamples([...rows, ...windowOnly], windowOptions.featureBits);
  log(
    `window model: ${windowSet.examples.length} examples (${windowSet.counts.whole} whole texts, ${windowSet.counts.plantedWindows} planted windows, ${windowSet.counts.benignWindows} benign windows; left out ${windowSet.counts.partialWindows} partial windows and ${windowSet.counts.unlabelledAttacks} long attacks without a planted instruction)`,
  );
  const windowTrained = trainAveraged(windowSet.examples, windowOptions);
  const windowQuantized = quantizeModel(
    windowTrained.weights,
    windowTrained.bias,
    windowOptions.featureBits,
  );
  const devWindowLogits = dev.rows.map((row) => {
    const words = wordsOf(row.text);
    return bestWindow(windowQuantized, words, words.count)?.logit ?? Number.NEGATIVE_INFINITY;
  });
  const windowOffset = chooseModelOffset(
    dev.rows.map((row, index) => {
      const ruleScore = devRules[index] ?? 0;
      const flaggedWithout =
        combineEvidence(ruleScore, sigmoid(chosen.logits[index] ?? 0)) >= flagThreshold;
      return {
        label: row.label,
        ruleScore: flaggedWithout ? 1 : ruleScore,
        logit: devWindowLogits[index] ?? Number.NEGATIVE_INFINITY,
      };
    }),
    flagThreshold,
    devFalsePositiveBudget,
  );
  const windowModel: LinearModel = {
    ...windowQuantized,
    bias: windowQuantized.bias + windowOffset,
  };
  // Paragraphs read alone (`paragraph-model.ts`): the main model's bias for them shifted so that
  // they flag no dev prompt the guard leaves unflagged beyond the budget already used. Rounded
  // before the metrics below are measured with it, so that they are the committed shift's.
  const wholeGuard = createInjectionGuard({
    model: chosen.model,
    windowModel,
    paragraphOffset: null,
  });
  const paragraphOffset = roundOffset(
    chooseModelOffset(
      dev.rows.map((row) => {
        const analysis = wholeGuard.analyze(row.text);
        // The guard's count of the visible words, as `wordsOf` takes it.
        const paragraph = bestParagraph(
          chosen.model,
          row.text,
          wordsOf(row.text).count,
          defaultDecodeLimits,
        );
        return {
          label: row.label,
          ruleScore: analysis.score >= flagThreshold ? 1 : analysis.ruleScore,
          logit: paragraph?.logit ?? Number.NEGATIVE_INFINITY,
        };
      }),
      flagThreshold,
      devFalsePositiveBudget,
    ),
  );
  // The recorded dev metrics are the guard's own, with every model: in texts of more than
  // `plainWindowMinWords` words the window model also discounts rule matches in plain windows,
  // which the scores above leave out.
  const guard = createInjectionGuard({ model: chosen.model, windowModel, paragraphOffset });
  const scored = dev.rows.map((row) => ({
    label: row.label,
    category: row.category,
    score: guard.check(row.text).score,
  }));
  const metrics = computeMetrics(scored, flagThreshold);
  log(
    `with the window model (bias shifted by ${windowOffset.toFixed(3)}) and paragraphs (bias shifted by ${paragraphOffset.toFixed(3)}): dev recall ${metrics.recall.toFixed(3)} fpr ${metrics.falsePositiveRate.toFixed(4)} f1 ${metrics.f1.toFixed(3)}`,
  );
  const weights: InjectionModelWeights = {
    threshold: flagThreshold,
    trainedOn: `train.jsonl ${train.digest} + ${augmented.length} augmented + ${probes.length} probes (test/guards) + ${handWritten.length} hand-written (scripts/guard/hand-written) + ${docComments.length} declaration doc comments (scripts/guard/doc-comments); tuned on dev.jsonl ${dev.digest}; epochs ${best.options.epochs}, learning rate ${best.options.learningRate}, l2 ${best.options.l2}; average of ${averagedRuns} example orders; bias shifted by ${best.offset.toFixed(4)} on dev for the fixed threshold; window model: ${windowSet.examples.length} examples (${windowSet.counts.plantedWindows} planted windows; also ${windowOnly.length} documents of scripts/guard/hand-written-windows), ${windowOptions.epochs} epochs, bias shifted by ${windowOffset.toFixed(4)} on dev; paragraphs read alone: bias shifted by ${paragraphOffset.toFixed(4)} on dev`,
    seed: trainingSeed,
    devMetrics: {
      precision: metrics.precision,
      recall: metrics.recall,
      f1: metrics.f1,
      falsePositiveRate: metrics.falsePositiveRate,
      threshold: flagThreshold,
    },
    model: encodeLinearModel(best.model),
    windowModel: encodeLinearModel(windowModel),
    paragraphOffset,
  };
  return {
    weights,
    devMetrics: metrics,
    chosen: best.options,
    trainExamples: rows.length,
    augmented: augmented.length,
    windows: windowSet.counts,
  };
}
