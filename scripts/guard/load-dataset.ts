import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One labelled prompt of the shared prompt-injection dataset. */
export interface LabelledPrompt {
  readonly text: string;
  /** 1: attack, 0: benign. */
  readonly label: 0 | 1;
  readonly source: string;
  readonly category: string;
  /**
   * For an attack planted in a longer text (hand-written sets only): the planted instruction,
   * verbatim, which tells the window model which of the text's windows is the attack.
   */
  readonly planted?: string;
}

export type DatasetSplit = 'train' | 'dev' | 'test';

/**
 * The repository root: the nearest folder above this module holding tsconfig.json. The same code
 * runs from `scripts/guard/` (Vitest) and from `dist/scripts/guard/` (the compiled scripts).
 */
export function repositoryRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'tsconfig.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('repository root (tsconfig.json) not found');
    directory = parent;
  }
  return directory;
}

/** `../shared/datasets/prompt-injection/` next to the repository. */
export function datasetDirectory(): string {
  return join(repositoryRoot(), '..', 'shared', 'datasets', 'prompt-injection');
}

/** Whether the dataset is there: it is shared material next to the repository, not part of it. */
export function datasetAvailable(directory = datasetDirectory()): boolean {
  return existsSync(join(directory, 'train.jsonl')) && existsSync(join(directory, 'dev.jsonl'));
}

function parseRow(line: string, at: string): LabelledPrompt {
  const row: unknown = JSON.parse(line);
  if (typeof row !== 'object' || row === null) throw new Error(`${at}: not an object`);
  const record = row as Record<string, unknown>;
  const { text, label, source, category } = record;
  if (typeof text !== 'string' || (label !== 0 && label !== 1)) throw new Error(`${at}: bad row`);
  return {
    text,
    label,
    source: typeof source === 'string' ? source : '',
    category: typeof category === 'string' ? category : '',
  };
}

export interface LoadedSplit {
  readonly rows: readonly LabelledPrompt[];
  /** First 12 hex digits of the file's SHA-256, as the dataset README lists them. */
  readonly digest: string;
}

export function loadSplit(split: DatasetSplit, directory = datasetDirectory()): LoadedSplit {
  const path = join(directory, `${split}.jsonl`);
  const content = readFileSync(path, 'utf8');
  const rows = content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => parseRow(line, `${split}.jsonl:${index + 1}`));
  return { rows, digest: createHash('sha256').update(content).digest('hex').slice(0, 12) };
}
