import { trainInjectionModel } from './guard/train-injection-model.js';
import { writeModelWeights } from './guard/write-model-weights.js';

/*
 * npm run train:guard — trains the injection guard's linear model on train.jsonl (with seeded
 * augmentation), picks hyper-parameters and the default threshold on dev.jsonl, and writes
 * src/guards/injection/model-weights.ts. test.jsonl is never read here.
 */
const started = performance.now();
const report = trainInjectionModel((line) => console.log(line));
const path = writeModelWeights(report.weights);
const metrics = report.devMetrics;
console.log(
  `dev (rules + model, threshold ${report.weights.threshold.toFixed(4)}): precision ${metrics.precision.toFixed(3)}, recall ${metrics.recall.toFixed(3)}, F1 ${metrics.f1.toFixed(3)}, FPR ${(metrics.falsePositiveRate * 100).toFixed(2)} %`,
);
for (const [category, entry] of Object.entries(metrics.categories)) {
  console.log(
    `  ${category.padEnd(28)} ${entry.flagged}/${entry.count} flagged (${(entry.rate * 100).toFixed(1)} %)`,
  );
}
console.log(`wrote ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
