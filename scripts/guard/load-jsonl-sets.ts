import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledPrompt } from './load-dataset.js';

/*
 * Labelled training prompts kept in the repository as JSON lines (round ten), one object per
 * line: {"text": …, "label": 0 | 1, "category": …}, and for an attack planted in a longer text
 * optionally "planted": the instruction, verbatim (round thirteen; the window model's label).
 * Three folders hold them:
 * - `scripts/guard/hand-written/`: prompts written for training only, by helpers that saw neither
 *   the detector, its tests nor the dataset, in the style of the probe sets but never used to
 *   measure anything. No row shares half its character 5-grams with a row of dev or test
 *   (checked when each file was added); test/guards/training-sets.test.ts keeps the held-out sets
 *   free of near-duplicates of these rows.
 * - `scripts/guard/hand-written-windows/`: the same, for the window model only (round fourteen:
 *   long documents that, read whole by the main model, cost it short attacks).
 * - `scripts/guard/doc-comments/`: benign technical prose drawn from the installed packages'
 *   declaration files by `npm run extract:doc-comments` (see pick-doc-comments.ts), committed so
 *   that training reads only the repository.
 */

function parseRow(line: string, where: string, source: string): LabelledPrompt {
  const row = JSON.parse(line) as {
    text?: unknown;
    label?: unknown;
    category?: unknown;
    planted?: unknown;
  };
  if (typeof row.text !== 'string' || row.text === '' || (row.label !== 0 && row.label !== 1)) {
    throw new Error(`${where}: expected {"text": string, "label": 0 | 1}`);
  }
  const category = typeof row.category === 'string' ? row.category : 'unlabelled';
  if (row.planted === undefined) return { text: row.text, label: row.label, source, category };
  if (
    row.label !== 1 ||
    typeof row.planted !== 'string' ||
    row.planted.trim() === '' ||
    !row.text.includes(row.planted)
  ) {
    throw new Error(`${where}: "planted" must be a string of the text of an attack`);
  }
  return { text: row.text, label: row.label, source, category, planted: row.planted };
}

/** Every row of the `*.jsonl` files in `directory`, in file-name order, with `source` set. */
export function loadJsonlSets(directory: string, source: string): LabelledPrompt[] {
  const rows: LabelledPrompt[] = [];
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  for (const name of files) {
    const lines = readFileSync(join(directory, name), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() !== '') rows.push(parseRow(line, `${name}:${index + 1}`, source));
    });
  }
  return rows;
}
