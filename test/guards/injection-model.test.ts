import { describe, expect, it } from 'vitest';
import {
  createInjectionGuard,
  injectionModelWeights,
  loadInjectionModel,
  loadWindowModel,
  matchInjectionRules,
  prepareScanText,
} from '../../src/guards/index.js';
import { linearLogit, sigmoid } from '../../src/guards/injection/linear-model.js';
import { matchInjectionRulesUngated } from '../../src/guards/injection/match-injection-rules.js';
import { computeMetrics } from '../../scripts/guard/compute-metrics.js';
import { featurize } from '../../scripts/guard/featurize.js';
import { wordsOf } from '../../scripts/guard/window-examples.js';
import { bestWindow } from '../../src/guards/injection/window-model.js';
import { datasetAvailable, datasetDirectory, loadSplit } from '../../scripts/guard/load-dataset.js';

// The dataset lives next to the repository (../shared), not in it: a checkout without it cannot
// check the weights against it, and says so.
const available = datasetAvailable();
const dev = available ? loadSplit('dev').rows : [];
const train = available ? loadSplit('train').rows : [];

describe.skipIf(!available)(
  `the committed model${available ? '' : ` (skipped: no dataset at ${datasetDirectory()})`}`,
  () => {
    it('loads: 2^bits int8 weights', () => {
      const model = loadInjectionModel();
      expect(model.weights.length).toBe(1 << injectionModelWeights.model.featureBits);
      expect(Number.isFinite(model.scale) && model.scale > 0).toBe(true);
    });

    it('reproduces the dev metrics the training script recorded (a stale weights file fails)', () => {
      const guard = createInjectionGuard();
      const scored = dev.map((row) => ({
        label: row.label,
        category: row.category,
        score: guard.check(row.text).score,
      }));
      const metrics = computeMetrics(scored, guard.threshold);
      const recorded = injectionModelWeights.devMetrics;
      expect(guard.threshold).toBe(injectionModelWeights.threshold);
      // To the recorded six digits: one dev prompt more or less (1/702) shows.
      expect(metrics.recall).toBeCloseTo(recorded.recall, 6);
      expect(metrics.precision).toBeCloseTo(recorded.precision, 6);
      expect(metrics.falsePositiveRate).toBeCloseTo(recorded.falsePositiveRate, 6);
    });

    it('sees at inference exactly the features training saw', () => {
      const guard = createInjectionGuard({ windowModel: null, paragraphOffset: null });
      const model = loadInjectionModel();
      for (const row of dev.filter((_row, index) => index % 7 === 0)) {
        const featurized = featurize(row.text);
        const probability = sigmoid(
          linearLogit(
            model,
            featurized.features,
            featurized.features.length,
            featurized.characters,
          ),
        );
        expect(guard.analyze(row.text).modelScore).toBeCloseTo(probability, 12);
      }
    });

    it('sees at inference exactly the windows training saw (every long dev prompt)', () => {
      const guard = createInjectionGuard();
      const model = loadWindowModel();
      expect(model.weights.length).toBe(1 << injectionModelWeights.windowModel.featureBits);
      let windowed = 0;
      for (const row of dev) {
        const words = wordsOf(row.text);
        const best = bestWindow(model, words, words.count);
        const probability = best === undefined ? 0 : sigmoid(best.logit);
        if (best !== undefined) windowed++;
        expect(guard.analyze(row.text).windowScore).toBeCloseTo(probability, 12);
      }
      expect(windowed).toBeGreaterThan(50);
    });
  },
);

describe.skipIf(!available)('rule anchors', () => {
  it('lose no match compared with scanning every rule over the whole text (train and dev)', () => {
    for (const row of [...train, ...dev]) {
      const text = prepareScanText(row.text).text;
      const gated = new Set(matchInjectionRules(text).map((hit) => hit.rule.id));
      const ungated = new Set(matchInjectionRulesUngated(text).map((hit) => hit.rule.id));
      expect(
        [...ungated].filter((id) => !gated.has(id)),
        row.text.slice(0, 80),
      ).toEqual([]);
    }
    // Every rule over every position of 8,000 texts: 12-18 s alone on a slow machine, and twice
    // that beside the other test files.
  }, 120_000);
});
