import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetAvailable, loadSplit, repositoryRoot } from '../../scripts/guard/load-dataset.js';
import { loadHandWrittenSets } from '../../scripts/guard/load-hand-written-sets.js';
import { loadProbeSets, probeLabel, probesOfSource } from '../../scripts/guard/load-probe-sets.js';

const probeDirectory = join(repositoryRoot(), 'test', 'guards');
const handWrittenDirectory = join(repositoryRoot(), 'scripts', 'guard', 'hand-written');

describe('probe sets as training data', () => {
  it('labels arrays by their names', () => {
    expect(probeLabel('attacks')).toBe(1);
    expect(probeLabel('secondMisses')).toBe(1);
    expect(probeLabel('hardNegatives')).toBe(0);
    expect(probeLabel('knownFalsePositives')).toBe(0);
    expect(probeLabel('freshBenign')).toBe(0);
    expect(probeLabel('fakeJwt')).toBeUndefined();
  });

  it('reads named string arrays, in properties, variables and false-positive objects', () => {
    const source = `
      const freshAttacks = ['one', 'tw' + 'o'];
      const knownFalsePositives = { texts: ['three'], flagged: 1 };
      const keys = ['not a probe', 'either'];
      describeProbeSet('x', { attacks: [...freshAttacks], benign: ['four'],
        knownFalsePositives: { texts: ['five'], flagged: 0 } });
      const mixed = { benign: ['six', someVariable] };`;
    const probes = probesOfSource('fixture.test.ts', source);
    expect(probes.map((probe) => [probe.text, probe.label])).toEqual([
      ['one', 1],
      ['two', 1],
      ['three', 0],
      ['four', 0],
      ['five', 0],
    ]);
  });

  it('finds the repository probe sets, each text with one label', () => {
    const probes = loadProbeSets(probeDirectory);
    expect(probes.filter((probe) => probe.label === 1).length).toBeGreaterThan(1000);
    expect(probes.filter((probe) => probe.label === 0).length).toBeGreaterThan(1500);
    expect(new Set(probes.map((probe) => probe.text)).size).toBe(probes.length);
  });
});

describe('hand-written training sets', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'lsg-hand-written-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('load with both labels', () => {
    const rows = loadHandWrittenSets(handWrittenDirectory);
    expect(rows.filter((row) => row.label === 1).length).toBeGreaterThan(500);
    expect(rows.filter((row) => row.label === 0).length).toBeGreaterThan(500);
  });

  it('reject a row without a text or a 0/1 label, naming the line', () => {
    writeFileSync(
      join(scratch, 'bad.jsonl'),
      '{"text": "ok", "label": 1}\n{"text": "x", "label": 2}\n',
    );
    expect(() => loadHandWrittenSets(scratch)).toThrow('bad.jsonl:2');
  });
});

const normalise = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

describe.skipIf(!datasetAvailable())('training prompts outside the dataset', () => {
  it('share no text with dev or test (normalised as the dataset was deduplicated)', () => {
    const held = new Set(
      [...loadSplit('dev').rows, ...loadSplit('test').rows].map((row) => normalise(row.text)),
    );
    const written = [
      ...loadProbeSets(probeDirectory),
      ...loadHandWrittenSets(handWrittenDirectory),
    ];
    expect(written.filter((row) => held.has(normalise(row.text))).map((row) => row.text)).toEqual(
      [],
    );
  });
});
