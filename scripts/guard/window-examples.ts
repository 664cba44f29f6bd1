import { defaultDecodeLimits } from '../../src/guards/injection/decode-embedded-payloads.js';
import { normalizeForDetection } from '../../src/guards/injection/normalize-for-detection.js';
import { prepareScan } from '../../src/guards/injection/prepare-scan-text.js';
import {
  collectWindowFeatures,
  visibleWordCount,
  windowCount,
  windowRange,
  windowStep,
} from '../../src/guards/injection/window-model.js';
import type { LabelledPrompt } from './load-dataset.js';
import type { SparseExample } from './train-logistic-regression.js';

/**
 * How much more a window holding a planted instruction weighs than another attack example: there
 * are a few hundred of them among thousands of short attacks (round thirteen's prototype: 3 flagged
 * more of round twelve's held-out long documents than 1 at the same dev false positives).
 */
export const plantedWindowWeight = 3;

/** The words of a text's visible part, as the guard scans them (copied out of the scratch buffers). */
export interface TextWords {
  readonly count: number;
  readonly starts: Int32Array;
  readonly hashes: Int32Array;
  readonly positions: Uint8Array;
  /** The normalised visible text. */
  readonly normalized: string;
}

/** The words of `text`'s visible part (not its decoded payloads), as the window model reads them. */
export function wordsOf(text: string): TextWords {
  const { scan, words } = prepareScan(text, defaultDecodeLimits, false);
  const count = visibleWordCount(words, scan.mainLength);
  return {
    count,
    starts: words.starts.slice(0, count),
    hashes: words.hashes.slice(0, count),
    positions: words.positions.slice(0, count),
    normalized: scan.text.slice(0, scan.mainLength),
  };
}

/** The distinct window features of words [start, end) of `words`. */
export function windowFeatures(
  words: TextWords,
  start: number,
  end: number,
  featureBits: number,
): Int32Array {
  const out = new Int32Array(2 * (end - start) + 2);
  const count = collectWindowFeatures(words, start, end, (1 << featureBits) - 1, out);
  return out.slice(0, count);
}

/** The word range [start, end) of a row's planted instruction, when it can be found. */
function plantedWords(
  words: TextWords,
  planted: string,
): { start: number; end: number } | undefined {
  const needle = normalizeForDetection(planted).text.trim();
  const at = words.normalized.indexOf(needle);
  if (needle === '' || at < 0) return undefined;
  let start = 0;
  while (start < words.count && (words.starts[start] ?? 0) < at) start++;
  let end = start;
  while (end < words.count && (words.starts[end] ?? 0) < at + needle.length) end++;
  return { start, end };
}

/**
 * Whether a window holding `overlap` of a planted instruction's `length` words is an attack: all
 * of an instruction of up to half a window (some window holds it whole, since windows start every
 * half window), at least half of a longer one (which may fit whole in none).
 */
function holdsInstruction(overlap: number, length: number): boolean {
  return length <= windowStep ? overlap === length : overlap >= Math.ceil(length / 2);
}

/** What {@link windowExamples} made of the rows, for the training log. */
export interface WindowExampleCounts {
  readonly whole: number;
  readonly benignWindows: number;
  readonly plantedWindows: number;
  /** Windows of planted attacks that hold too little of the instruction to call: left out. */
  readonly partialWindows: number;
  /** Long attacks without a planted instruction: which window is the attack is unknown. */
  readonly unlabelledAttacks: number;
}

/**
 * The window model's training examples: a text too short to be windowed is one example, whole;
 * every window of a long benign text is benign; of a long attack with a planted instruction, the
 * windows holding it (`holdsInstruction`) are attacks and those holding none of it benign. Other long attacks
 * (whole jailbreak prompts) are left to the main model. Weights balance the classes.
 */
export function windowExamples(
  rows: readonly LabelledPrompt[],
  featureBits: number,
): { examples: SparseExample[]; counts: WindowExampleCounts } {
  const labelled: { features: Int32Array; label: 0 | 1; planted: boolean }[] = [];
  let whole = 0;
  let benignWindows = 0;
  let plantedWindows = 0;
  let partialWindows = 0;
  let unlabelledAttacks = 0;
  for (const row of rows) {
    const words = wordsOf(row.text);
    const windows = windowCount(words.count);
    if (windows === 0) {
      labelled.push({
        features: windowFeatures(words, 0, words.count, featureBits),
        label: row.label,
        planted: false,
      });
      whole++;
      continue;
    }
    const span =
      row.label === 1 && row.planted !== undefined ? plantedWords(words, row.planted) : undefined;
    if (row.planted !== undefined && span === undefined) {
      throw new Error(`planted instruction not found in its normalised text: ${row.planted}`);
    }
    if (row.label === 1 && span === undefined) {
      unlabelledAttacks++;
      continue;
    }
    for (let index = 0; index < windows; index++) {
      const { start, end } = windowRange(index, words.count);
      const features = windowFeatures(words, start, end, featureBits);
      const overlap =
        span === undefined ? 0 : Math.min(end, span.end) - Math.max(start, span.start);
      if (span === undefined || overlap <= 0) {
        labelled.push({ features, label: 0, planted: false });
        benignWindows++;
      } else if (holdsInstruction(overlap, span.end - span.start)) {
        labelled.push({ features, label: 1, planted: true });
        plantedWindows++;
      } else {
        partialWindows++;
      }
    }
  }
  const positives = labelled.filter((example) => example.label === 1).length;
  const positiveWeight = (labelled.length - positives) / positives;
  const examples = labelled.map((example) => ({
    features: example.features,
    characters: 0,
    label: example.label,
    weight: example.label === 1 ? positiveWeight * (example.planted ? plantedWindowWeight : 1) : 1,
  }));
  return {
    examples,
    counts: { whole, benignWindows, plantedWindows, partialWindows, unlabelledAttacks },
  };
}
