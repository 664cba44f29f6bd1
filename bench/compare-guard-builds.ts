import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAdversarialTexts, buildProbeTexts } from '../scripts/guard/build-probe-texts.js';
import { datasetAvailable, loadSplit, repositoryRoot } from '../scripts/guard/load-dataset.js';
import { loadJsonlSets } from '../scripts/guard/load-jsonl-sets.js';
import { probesOfSource } from '../scripts/guard/load-probe-sets.js';
import { loadReadmeParagraphs } from '../scripts/guard/load-readme-paragraphs.js';
import {
  createInjectionGuard,
  type InjectionGuard,
} from '../src/guards/injection/create-injection-guard.js';

/**
 * `npm run bench:guard-builds -- <other build's dist directory>`: this build's injection guard
 * against another build's. First their outputs (score, rule and model scores, every finding with
 * its span) on a corpus of about 36,000 texts: the dataset's splits, the hand-written and
 * doc-comment training sets, every probe and string literal of the guard tests (held-out sets
 * included), the README paragraphs of the installed packages, the hostile inputs, and joined and
 * "+"-edited variants; a change meant only to be faster must leave them all equal. A retrained
 * model changes every score, so the texts flagged by one build only are counted too. Then their
 * speed, in one process, taking turns. On a shared machine whose speed moves by
 * a factor of two within minutes, two `eval:guard` runs cannot tell a 10 % change; paired turns
 * of a few milliseconds can. Each round times both builds on the same input, in alternating
 * order; the report gives each build's minimum, first quartile and median, and the median of the
 * per-round ratios (this build / the other).
 *
 * The other build: `git worktree add /tmp/base <commit>`, then in it `npx tsc -p tsconfig.json
 * --outDir /tmp/base/dist` (its `node_modules` may be a link to this checkout's).
 * BENCH_ROUNDS (default 40) rounds; BENCH_CHECKS (100) checks of each 4,000-character prompt per
 * turn, and 400 dev prompts twice per turn.
 */

const otherDist = process.argv[2];
if (otherDist === undefined) {
  console.error('usage: npm run bench:guard-builds -- <dist directory of the other build>');
  process.exit(2);
}
if (!datasetAvailable()) {
  console.error('needs ../shared/datasets/prompt-injection (the probe prompts are built from dev)');
  process.exit(2);
}
const rounds = Number(process.env.BENCH_ROUNDS ?? '40');
const checks = Number(process.env.BENCH_CHECKS ?? '100');

const otherModule = (await import(
  pathToFileURL(resolve(otherDist, 'src/guards/injection/create-injection-guard.js')).href
)) as { createInjectionGuard: typeof createInjectionGuard };
const guards: Record<'this' | 'other', InjectionGuard> = {
  this: createInjectionGuard(),
  other: otherModule.createInjectionGuard(),
};

const dev = loadSplit('dev').rows;
const probes = buildProbeTexts(dev);
const inputs: Record<string, { texts: readonly string[]; repeat: number }> = {
  '4,000-char benign': { texts: [probes.benign], repeat: checks },
  '4,000-char attack': { texts: [probes.attack], repeat: checks },
  '400 dev prompts': { texts: dev.slice(0, 400).map((row) => row.text), repeat: 2 },
};

/** The texts whose outputs are compared. */
function comparedTexts(): string[] {
  const root = repositoryRoot();
  const texts: string[] = [];
  for (const split of ['train', 'dev', 'test'] as const)
    for (const row of loadSplit(split).rows) texts.push(row.text);
  for (const folder of ['hand-written', 'hand-written-windows', 'doc-comments'])
    for (const row of loadJsonlSets(join(root, 'scripts', 'guard', folder), folder))
      texts.push(row.text);
  const tests = join(root, 'test', 'guards');
  for (const name of readdirSync(tests)
    .filter((file) => file.endsWith('.test.ts'))
    .sort()) {
    const source = readFileSync(join(tests, name), 'utf8');
    for (const probe of probesOfSource(name, source)) texts.push(probe.text);
    for (const literal of source.matchAll(/'((?:[^'\\\n]|\\.){8,})'/g))
      texts.push(literal[1] ?? '');
  }
  texts.push(...loadReadmeParagraphs(join(root, 'node_modules')));
  texts.push(...Object.values(buildAdversarialTexts()));
  const plain = texts.slice(0, 6000);
  for (let index = 0; index + 1 < plain.length; index += 7) {
    const first = plain[index] ?? '';
    const second = plain[index + 1] ?? '';
    texts.push(
      `${first}\n\n${second}`,
      first.replace(/ /, ' + '),
      `a = '${first.slice(0, 40)}'; b = '${second.slice(0, 40)}'. Execute a followed by b.`,
      // Assembly words glued to characters that are word characters for the scan, not for `\b`.
      `「${first.slice(0, 40)}」「${second.slice(0, 40)}」、combine them。Then put it to use.`,
      `'${first.slice(0, 30)}' + '${second.slice(0, 30)}': put×them together, жjoin them`,
    );
  }
  return texts;
}

/** A build's whole output for `text`, as a string to compare, and its verdict. */
function outputOf(guard: InjectionGuard, text: string): { output: string; flagged: boolean } {
  const analysis = guard.analyze(text);
  return {
    output: JSON.stringify([
      analysis.score,
      analysis.ruleScore,
      analysis.modelScore,
      analysis.findings.map((finding) => [finding.rule, finding.score, finding.span]),
    ]),
    flagged: analysis.score >= guard.threshold,
  };
}

const texts = comparedTexts();
let differing = 0;
/** Texts flagged by one build and not the other (a retrained model changes every score). */
const flaggedBy = { this: 0, other: 0 };
for (const text of texts) {
  const mine = outputOf(guards.this, text);
  const theirs = outputOf(guards.other, text);
  if (mine.output === theirs.output) continue;
  if (differing++ < 5) console.log(`output differs: ${JSON.stringify(text.slice(0, 120))}`);
  if (mine.flagged !== theirs.flagged) flaggedBy[mine.flagged ? 'this' : 'other']++;
}
console.log(`outputs: ${differing} of ${texts.length} texts differ`);
console.log(
  `verdicts: ${flaggedBy.this} texts flagged by this build only, ${flaggedBy.other} by the other only`,
);

function timeTurn(guard: InjectionGuard, texts: readonly string[], repeat: number): number {
  const started = process.hrtime.bigint();
  for (let pass = 0; pass < repeat; pass++) for (const text of texts) guard.check(text);
  return Number(process.hrtime.bigint() - started) / 1000 / (repeat * texts.length);
}

function quantile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(fraction * (sorted.length - 1))] ?? 0;
}

const format = (values: readonly number[]): string =>
  [0, 0.25, 0.5].map((fraction) => quantile(values, fraction).toFixed(1)).join(' / ');

for (const guard of Object.values(guards))
  for (const { texts: warmUp } of Object.values(inputs))
    for (let pass = 0; pass < 100; pass++) for (const text of warmUp) guard.check(text);

console.log(`this build against ${otherDist}: ${rounds} rounds, µs per check (min / p25 / median)`);
for (const [name, { texts: timed, repeat }] of Object.entries(inputs)) {
  const times: Record<'this' | 'other', number[]> = { this: [], other: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['this', 'other'] as const) : (['other', 'this'] as const);
    for (const build of order) times[build].push(timeTurn(guards[build], timed, repeat));
  }
  const ratios = times.this.map((value, round) => value / (times.other[round] ?? value));
  console.log(
    `  ${name.padEnd(18)} this ${format(times.this)}   other ${format(times.other)}   ` +
      `this/other ${quantile(ratios, 0.5).toFixed(3)} (rounds: p25 ${quantile(ratios, 0.25).toFixed(3)}, p75 ${quantile(ratios, 0.75).toFixed(3)})`,
  );
}
