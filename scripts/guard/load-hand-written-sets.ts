import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledPrompt } from './load-dataset.js';

/*
 * Hand-written training sets (round ten): prompts written for training only, by helpers that saw
 * neither the detector, its tests nor the dataset's dev and test splits, in the style of the
 * probe sets (`load-probe-sets.ts`) but never used to measure anything. One JSON object per line:
 * {"text": …, "label": 0 | 1, "category": …}. No row shares half its character 5-grams with a row
 * of dev or test (checked when each file was added).
 */

function parseRow(line: string, where: string): LabelledPrompt {
  const row = JSON.parse(line) as { text?: unknown; label?: unknown; category?: unknown };
  if (typeof row.text !== 'string' || row.text === '' || (row.label !== 0 && row.label !== 1)) {
    throw new Error(`${where}: expected {"text": string, "label": 0 | 1}`);
  }
  const category = typeof row.category === 'string' ? row.category : 'unlabelled';
  return { text: row.text, label: row.label, source: 'hand-written', category };
}

/** Every row of the `*.jsonl` files in `directory`, in file-name order. */
export function loadHandWrittenSets(directory: string): LabelledPrompt[] {
  const rows: LabelledPrompt[] = [];
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  for (const name of files) {
    const lines = readFileSync(join(directory, name), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() !== '') rows.push(parseRow(line, `${name}:${index + 1}`));
    });
  }
  return rows;
}
