import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetAvailable, loadSplit, repositoryRoot } from '../../scripts/guard/load-dataset.js';
import { loadDocComments } from '../../scripts/guard/load-doc-comments.js';
import { loadJsonlSets } from '../../scripts/guard/load-jsonl-sets.js';
import { drawsDocComment, pickDocComments } from '../../scripts/guard/pick-doc-comments.js';
import {
  heldOutPrefix,
  loadHeldOutSets,
  loadProbeSets,
  probesOfSource,
} from '../../scripts/guard/load-probe-sets.js';

const normalise = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Distinct character 5-grams of the normalised text (the dataset's near-duplicate measure). */
function shingles(text: string): Set<string> {
  const normalised = normalise(text);
  const grams = new Set<string>();
  for (let index = 0; index + 5 <= normalised.length; index++)
    grams.add(normalised.slice(index, index + 5));
  return grams;
}

/**
 * The texts of `candidates` that share half or more of their 5-grams (Jaccard) with a text of
 * `reference`; an index from 5-gram to texts keeps this to the pairs that share any.
 */
function nearDuplicates(candidates: readonly string[], reference: readonly string[]): string[] {
  const referenceGrams = reference.map(shingles);
  const index = new Map<string, number[]>();
  referenceGrams.forEach((grams, position) => {
    for (const gram of grams) {
      const list = index.get(gram);
      if (list === undefined) index.set(gram, [position]);
      else list.push(position);
    }
  });
  return candidates.filter((text) => {
    const grams = shingles(text);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const position of index.get(gram) ?? [])
        shared.set(position, (shared.get(position) ?? 0) + 1);
    }
    for (const [position, count] of shared) {
      const union = grams.size + (referenceGrams[position]?.size ?? 0) - count;
      if (count / union >= 0.5) return true;
    }
    return false;
  });
}

const probeDirectory = join(repositoryRoot(), 'test', 'guards');
const handWrittenDirectory = join(repositoryRoot(), 'scripts', 'guard', 'hand-written');
/** Hand-written documents the window model alone is trained on (round fourteen). */
const windowOnlyDirectory = join(repositoryRoot(), 'scripts', 'guard', 'hand-written-windows');
const docCommentDirectory = join(repositoryRoot(), 'scripts', 'guard', 'doc-comments');
const heldOut = loadHeldOutSets(probeDirectory).flatMap((set) =>
  set.probes.map((probe) => probe.text),
);

describe('probe sets as training data', () => {
  it('reads the describeProbeSet lists: inline, variables, spreads and known false positives', () => {
    const source = `
      const fresh = ['one', 'tw' + 'o'];
      const known = { texts: ['three'], flagged: 1 };
      const keys = ['not a probe'];
      describeProbeSet('x', { attacks: [...fresh, 'four'], benign: ['five'],
        knownMisses: ['six'], knownFalsePositives: known });
      const set = { attacks: ['seven'] };
      describeProbeSet('y', set);`;
    const probes = probesOfSource('fixture.test.ts', source);
    expect(probes.map((probe) => [probe.text, probe.label])).toEqual([
      ['one', 1],
      ['two', 1],
      ['four', 1],
      ['five', 0],
      ['six', 1],
      ['three', 0],
      ['seven', 1],
    ]);
  });

  it.each([
    ['a probe that is not a string literal', "describeProbeSet('x', { attacks: ['a', text] });"],
    ['an unknown key', "describeProbeSet('x', { attackLookalikes: ['a'] });"],
    ['a key every object has', "describeProbeSet('x', { toString: ['a'] });"],
    [
      'a list declared inside a function',
      "function f() { const local = ['a']; } describeProbeSet('x', { benign: local });",
    ],
    ['a list that is not in the file', "describeProbeSet('x', { benign: imported });"],
  ])('refuses %s, naming the line', (_name, source) => {
    expect(() => probesOfSource('fixture.test.ts', source)).toThrow('fixture.test.ts:1');
  });

  it('finds the repository probe sets, each text with one label, none from a held-out file', () => {
    const probes = loadProbeSets(probeDirectory);
    expect(probes.filter((probe) => probe.label === 1).length).toBeGreaterThan(1000);
    expect(probes.filter((probe) => probe.label === 0).length).toBeGreaterThan(1500);
    expect(new Set(probes.map((probe) => probe.text)).size).toBe(probes.length);
    expect(probes.filter((probe) => probe.source.includes(heldOutPrefix))).toEqual([]);
  });

  it('keeps the held-out sets out of training: no near-duplicate of a probe or written row', () => {
    expect(heldOut.length).toBeGreaterThan(500);
    const trained = [
      ...loadProbeSets(probeDirectory),
      ...loadJsonlSets(handWrittenDirectory, 'hand-written'),
      ...loadJsonlSets(windowOnlyDirectory, 'hand-written (window model)'),
      ...loadJsonlSets(docCommentDirectory, 'doc-comments'),
    ].map((row) => row.text);
    expect(nearDuplicates(heldOut, trained)).toEqual([]);
    // About 3,000 held-out texts against 14,000 trained ones: 10-30 s on a slow machine, beside
    // the other test files.
  }, 120_000);
});

describe('hand-written training sets', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'lsg-hand-written-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('load with both labels', () => {
    const rows = loadJsonlSets(handWrittenDirectory, 'hand-written');
    expect(rows.filter((row) => row.label === 1).length).toBeGreaterThan(500);
    expect(rows.filter((row) => row.label === 0).length).toBeGreaterThan(500);
  });

  it('give the window model long documents of both labels, each attack with its planted instruction', () => {
    const rows = loadJsonlSets(windowOnlyDirectory, 'hand-written (window model)');
    const attacks = rows.filter((row) => row.label === 1);
    expect(attacks.length).toBeGreaterThan(100);
    expect(rows.length - attacks.length).toBeGreaterThan(100);
    expect(attacks.filter((row) => row.planted === undefined)).toEqual([]);
  });

  it('reject a row without a text or a 0/1 label, naming the line', () => {
    writeFileSync(
      join(scratch, 'bad.jsonl'),
      '{"text": "ok", "label": 1}\n{"text": "x", "label": 2}\n',
    );
    expect(() => loadJsonlSets(scratch, 'scratch')).toThrow('bad.jsonl:2');
  });
});

describe.skipIf(!datasetAvailable())('training prompts outside the dataset', () => {
  it('leave the held-out sets without a near-duplicate in train', () => {
    expect(
      nearDuplicates(
        heldOut,
        loadSplit('train').rows.map((row) => row.text),
      ),
    ).toEqual([]);
  }, 60_000);

  it('share no text with dev or test (normalised as the dataset was deduplicated)', () => {
    const held = new Set(
      [...loadSplit('dev').rows, ...loadSplit('test').rows].map((row) => normalise(row.text)),
    );
    const written = [
      ...loadProbeSets(probeDirectory),
      ...loadJsonlSets(handWrittenDirectory, 'hand-written'),
      ...loadJsonlSets(windowOnlyDirectory, 'hand-written (window model)'),
    ];
    expect(written.filter((row) => held.has(normalise(row.text))).map((row) => row.text)).toEqual(
      [],
    );
  });
});

describe('declaration doc comments as benign prose', () => {
  const modules = mkdtempSync(join(tmpdir(), 'lsg-doc-comments-'));
  afterAll(() => rmSync(modules, { recursive: true, force: true }));
  // A doc comment that the hash would draw, so that only its exclusion keeps it out: the README
  // holds it as a paragraph broken over two lines.
  const measured =
    Array.from(
      { length: 100 },
      (_, index) =>
        `Paragraph ${index} of the README is measured by the evaluation, not trained on.`,
    ).find(drawsDocComment) ?? '';
  const prose = Array.from(
    { length: 60 },
    (_, index) => `Returns the value of option ${index} after the defaults have been applied.`,
  );
  mkdirSync(join(modules, 'pkg'));
  writeFileSync(
    join(modules, 'pkg', 'README.md'),
    `# pkg\n\n${measured.replace(' is measured', '\nis measured')}\n`,
  );
  const comment = (text: string): string => `/**\n * ${text}\n * @param name the option\n */`;
  writeFileSync(
    join(modules, 'pkg', 'index.d.ts'),
    [...prose, measured]
      .map(comment)
      .concat('/** short */')
      .join('\nexport declare const o: number;\n'),
  );

  it('reads the prose of each comment, without its @ tags or short ones', () => {
    const comments = loadDocComments(modules);
    expect(comments).toContain(prose[0]);
    expect(comments).toContain(measured);
    expect(comments.some((text) => text.includes('@param') || text === 'short')).toBe(false);
  });

  it('draws by a hash of each text, never a measured README paragraph, sorted', () => {
    expect(measured).not.toBe('');
    const picked = pickDocComments(modules);
    expect(picked).toEqual(prose.filter(drawsDocComment).sort());
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.length).toBeLessThan(prose.length);
  });
});
