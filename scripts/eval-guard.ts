import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInjectionGuard } from '../src/guards/injection/create-injection-guard.js';
import { decodeLinearModel } from '../src/guards/injection/linear-model.js';
import { injectionModelWeights } from '../src/guards/injection/model-weights.js';
import { createPiiGuard } from '../src/guards/pii/create-pii-guard.js';
import { createSeedPatternGuard } from '../src/guards/seed-pattern-guard.js';
import type { Guard } from '../src/guards/guard.js';
import { buildAdversarialTexts, buildProbeTexts } from './guard/build-probe-texts.js';
import { computeMetrics, type Metrics } from './guard/compute-metrics.js';
import { loadSplit, repositoryRoot, type DatasetSplit } from './guard/load-dataset.js';
import { loadReadmeParagraphs } from './guard/load-readme-paragraphs.js';
import {
  ordinaryParagraphs,
  paddedPromptMaxLength,
  paddedVariants,
  paddingForms,
  type PaddingForm,
} from './guard/pad-prompts.js';
import {
  measureCold,
  measureLatency,
  measureRepeated,
  type Latency,
} from './guard/measure-latency.js';

/*
 * npm run eval:guard — precision, recall, F1, false-positive rate, per-category rates and latency
 * of the injection guard next to the seed's nine patterns, on dev.jsonl and test.jsonl, and the
 * latency of the PII detector. Writes bench/results/guard-eval.json. Nothing here is tuned: the
 * threshold is the committed default. Latency depends on the machine's load, printed alongside.
 */
const loadAverage = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const loadAtStart = loadAverage();
console.log(`load average (1, 5, 15 min) at start: ${loadAtStart}`);
const injection = createInjectionGuard();
const pii = createPiiGuard();
/** The prompt of the gateway benchmark (bench/run-bench.ts): the typical short request. */
const benchPrompt = 'Summarise the benefits of an LLM gateway in one sentence.';
const contenders: readonly { guard: Guard; threshold: number }[] = [
  { guard: injection, threshold: injection.threshold },
  { guard: createSeedPatternGuard(), threshold: 0.5 },
];

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;
const micro = (value: number): string => `${value.toFixed(1)} µs`;

function printMetrics(name: string, metrics: Metrics, latency: Latency): void {
  console.log(
    `  ${name.padEnd(14)} P ${metrics.precision.toFixed(3)}  R ${metrics.recall.toFixed(3)}  F1 ${metrics.f1.toFixed(3)}  FPR ${percent(metrics.falsePositiveRate)}  ` +
      `(TP ${metrics.truePositives}/${metrics.attacks}, FP ${metrics.falsePositives}/${metrics.benign})  ` +
      `latency mean ${micro(latency.mean)} p50 ${micro(latency.p50)} p99 ${micro(latency.p99)}`,
  );
}

const report: Record<string, unknown> = {
  generatedAt: new Date().toISOString(),
  threshold: injection.threshold,
  loadAverageAtStart: loadAtStart,
};
for (const split of ['dev', 'test'] as const satisfies readonly DatasetSplit[]) {
  const { rows, digest } = loadSplit(split);
  console.log(`\n${split}.jsonl (${digest}): ${rows.length} prompts`);
  const results: Record<string, unknown> = {};
  const perCategory: Record<string, Record<string, number>> = {};
  for (const { guard, threshold } of contenders) {
    const scored = rows.map((row) => ({
      label: row.label,
      category: row.category,
      score: guard.check(row.text).score,
    }));
    const metrics = computeMetrics(scored, threshold);
    const latency = measureLatency(
      guard,
      rows.map((row) => row.text),
    );
    printMetrics(guard.name, metrics, latency);
    results[guard.name] = { metrics, latency };
    for (const [category, entry] of Object.entries(metrics.categories)) {
      (perCategory[category] ??= {})[guard.name] = entry.rate;
    }
  }
  const piiLatency = measureLatency(
    pii,
    rows.map((row) => row.text),
  );
  console.log(
    `  ${'pii'.padEnd(14)} latency mean ${micro(piiLatency.mean)} p50 ${micro(piiLatency.p50)} p99 ${micro(piiLatency.p99)}`,
  );
  results.pii = { latency: piiLatency };
  console.log(
    `  ${'category'.padEnd(26)} ${'n'.padStart(4)}  ${contenders.map(({ guard }) => guard.name.padStart(14)).join('')}`,
  );
  const counts = computeMetrics(
    rows.map((row) => ({ label: row.label, category: row.category, score: 0 })),
    1,
  ).categories;
  const attackCategories = new Set(
    rows.filter((row) => row.label === 1).map((row) => row.category),
  );
  for (const category of Object.keys(perCategory).sort(
    (left, right) =>
      Number(attackCategories.has(right)) - Number(attackCategories.has(left)) ||
      left.localeCompare(right),
  )) {
    const kind = attackCategories.has(category) ? 'recall' : 'FPR';
    const cells = contenders
      .map(({ guard }) => percent(perCategory[category]?.[guard.name] ?? 0).padStart(14))
      .join('');
    console.log(
      `  ${`${category} (${kind})`.padEnd(26)} ${String(counts[category]?.count ?? 0).padStart(4)}  ${cells}`,
    );
  }
  // Short prompts padded with an ordinary paragraph (scripts/guard/pad-prompts.ts).
  const short = rows.filter((row) => row.text.length <= paddedPromptMaxLength);
  const tally = () => ({ attacks: 0, attacksFlagged: 0, benign: 0, benignFlagged: 0 });
  const plain = tally();
  const padded = Object.fromEntries(paddingForms.map((form) => [form, tally()])) as Record<
    PaddingForm,
    ReturnType<typeof tally>
  >;
  const count = (counts: ReturnType<typeof tally>, attack: boolean, flagged: boolean): void => {
    counts[attack ? 'attacks' : 'benign']++;
    if (flagged) counts[attack ? 'attacksFlagged' : 'benignFlagged']++;
  };
  for (const row of short) {
    count(plain, row.label === 1, injection.check(row.text).flagged);
    for (const variant of paddedVariants(row.text)) {
      count(padded[variant.form], row.label === 1, injection.check(variant.text).flagged);
    }
  }
  const share = (flagged: number, total: number): string =>
    `${flagged}/${total} (${percent(total === 0 ? 0 : flagged / total)})`;
  console.log(
    `  padded: ${short.length} prompts of at most ${paddedPromptMaxLength} characters, each with one of ${ordinaryParagraphs.length} ordinary paragraphs\n` +
      `    ${'as written'.padEnd(20)} attacks flagged ${share(plain.attacksFlagged, plain.attacks)}, benign ${share(plain.benignFlagged, plain.benign)}`,
  );
  for (const form of paddingForms) {
    const counts = padded[form];
    console.log(
      `    ${form.padEnd(20)} attacks flagged ${share(counts.attacksFlagged, counts.attacks)}, benign ${share(counts.benignFlagged, counts.benign)}`,
    );
  }
  results.padded = { plain, padded };
  report[split] = { digest, results };
}

// Benign prose from outside the dataset: README paragraphs of the installed packages.
const paragraphs = loadReadmeParagraphs(join(repositoryRoot(), 'node_modules'));
console.log(
  `\nREADME paragraphs of the installed npm packages (${paragraphs.length}, benign, not in the dataset):`,
);
const readmeReport: Record<string, unknown> = {};
for (const { guard, threshold } of contenders) {
  const flagged = paragraphs.filter((text) => guard.check(text).score >= threshold).length;
  console.log(
    `  ${guard.name.padEnd(14)} flagged ${flagged} (${percent(flagged / paragraphs.length)})`,
  );
  readmeReport[guard.name] = { paragraphs: paragraphs.length, flagged };
}
report.readmeParagraphs = readmeReport;

// Machine-speed reference, so that latency figures from different runs (or a busy machine) can be
// compared: the median time of one small JSON.parse.
const reference = JSON.stringify({
  model: 'gemini-2.5-flash',
  messages: [{ role: 'user', content: 'x'.repeat(553) }],
  temperature: 0.2,
});
const parseSamples: number[] = [];
for (let index = 0; index < 20_000; index++) {
  const parseStarted = process.hrtime.bigint();
  JSON.parse(reference);
  if (index >= 5_000) parseSamples.push(Number(process.hrtime.bigint() - parseStarted) / 1000);
}
parseSamples.sort((left, right) => left - right);
const parseMedian = parseSamples[Math.floor(parseSamples.length / 2)] ?? 0;
console.log(`\nreference: ${reference.length}-byte JSON.parse median ${micro(parseMedian)}`);
report.reference = { jsonParseBytes: reference.length, jsonParseMedianMicros: parseMedian };

const dev = loadSplit('dev').rows;
const probes = buildProbeTexts(dev);
console.log('\n4,000-character prompt (2,000 checks after 500 warm-up):');
const probeReport: Record<string, unknown> = {};
for (const guard of [...contenders.map(({ guard }) => guard), pii]) {
  for (const [kind, text] of Object.entries(probes)) {
    const latency = measureRepeated(guard, text);
    console.log(
      `  ${guard.name.padEnd(14)} ${kind.padEnd(7)} mean ${micro(latency.mean)} p50 ${micro(latency.p50)} p99 ${micro(latency.p99)} max ${micro(latency.max)}`,
    );
    probeReport[`${guard.name}/${kind}`] = latency;
  }
}
report.probe4000 = probeReport;

// The same probes in CPU time (process.cpuUsage around batches of 50 checks): unlike the wall-clock
// figures above, time the process spends waiting for a core on a busy machine is not counted.
console.log(
  `\n4,000-character prompt, CPU time per check (30 batches of 50; load ${loadAverage()}):`,
);
const cpuReport: Record<string, unknown> = {};
for (const guard of [injection, pii]) {
  for (const [kind, text] of Object.entries(probes)) {
    const batches: number[] = [];
    for (let batch = 0; batch < 30; batch++) {
      const started = process.cpuUsage();
      for (let index = 0; index < 50; index++) guard.check(text);
      const used = process.cpuUsage(started);
      batches.push((used.user + used.system) / 50);
    }
    batches.sort((left, right) => left - right);
    const best = batches[0] ?? 0;
    const median = batches[15] ?? 0;
    console.log(
      `  ${guard.name.padEnd(14)} ${kind.padEnd(7)} best ${micro(best)} median ${micro(median)}`,
    );
    cpuReport[`${guard.name}/${kind}`] = { bestMicros: best, medianMicros: median };
  }
}
report.probe4000Cpu = cpuReport;

// The guard stage on the gateway benchmark's prompt: what it adds to every ordinary request.
const stage: Guard = {
  name: 'injection+pii',
  check(text) {
    pii.check(text);
    return injection.check(text);
  },
};
console.log(
  `\nbenchmark prompt (${benchPrompt.length} characters, 20,000 checks after 2,000 warm-up):`,
);
const benchReport: Record<string, unknown> = {};
for (const guard of [injection, pii, stage]) {
  const latency = measureRepeated(guard, benchPrompt, 20_000, 2_000);
  console.log(
    `  ${guard.name.padEnd(14)} mean ${micro(latency.mean)} p50 ${micro(latency.p50)} p99 ${micro(latency.p99)}`,
  );
  benchReport[guard.name] = latency;
}
report.benchPrompt = benchReport;

// The same prompt on cold caches (32 MiB touched before each check): inside the gateway the stage
// runs after the rest of a request's work, and costs several times the loop's figure.
console.log('\nbenchmark prompt on cold caches (32 MiB touched before each of 500 checks):');
const coldReport: Record<string, unknown> = {};
for (const guard of [injection, pii, stage]) {
  const latency = measureCold(guard, benchPrompt);
  console.log(
    `  ${guard.name.padEnd(14)} mean ${micro(latency.mean)} p50 ${micro(latency.p50)} p99 ${micro(latency.p99)}`,
  );
  coldReport[guard.name] = latency;
}
report.benchPromptCold = coldReport;

console.log('\n100 KB hostile inputs (one check each, injection guard):');
const adversarial: Record<string, number> = {};
for (const [name, text] of Object.entries(buildAdversarialTexts())) {
  const started = process.hrtime.bigint();
  injection.check(text);
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  adversarial[name] = milliseconds;
  console.log(`  ${name.padEnd(16)} ${milliseconds.toFixed(2)} ms`);
}
report.adversarial100k = adversarial;

// Start-up: decoding the committed weights (done once per process).
const decodeStarted = process.hrtime.bigint();
decodeLinearModel(injectionModelWeights.model);
const decodeMilliseconds = Number(process.hrtime.bigint() - decodeStarted) / 1e6;
console.log(`\nmodel weights decode: ${decodeMilliseconds.toFixed(1)} ms`);
report.startup = {
  decodeWeightsMs: decodeMilliseconds,
  weightsBytes: 1 << injectionModelWeights.model.featureBits,
  heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
};

const loadAtEnd = loadAverage();
console.log(`load average (1, 5, 15 min) at end: ${loadAtEnd}`);
report.loadAverageAtEnd = loadAtEnd;

const directory = join(repositoryRoot(), 'bench', 'results');
mkdirSync(directory, { recursive: true });
const path = join(directory, 'guard-eval.json');
writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${path}`);
