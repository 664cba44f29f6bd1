import { bigramSalt, featureBits, hashPrime, seenFeatures } from './feature-hashing.js';
import { linearLogit, type LinearModel } from './linear-model.js';
import type { WordScan } from './scan-words.js';

/*
 * The window model (round thirteen): a second linear model over the words and word bigrams of
 * overlapping windows of a long text, scored per window, the highest window counting. The main
 * model reads a long text whole, so an instruction planted in a long pasted document is a few
 * features among hundreds; read alone, its window is as plain as a short attack. The window
 * model is trained on windows (`scripts/guard/window-examples.ts`): the window that holds a
 * document's planted instruction is an attack, every other window of it and of benign documents
 * benign. It reads the word hashes the text scan already made, so it costs one lookup per word
 * and bigram per window.
 */

// `collectWindowFeatures` inlines the word-bigram hash of `scanWords` as literals (V8 folds
// literals in a hot loop, not imported bindings); this keeps them in step.
if (bigramSalt !== 0x3c6ef372 || hashPrime !== 0x01000193) {
  throw new Error('window-model: literals out of step with feature-hashing');
}

/** Words per window. */
export const windowWords = 48;
/** Words between the starts of two windows: a word is in two windows, or one at the text's ends. */
export const windowStep = 24;
/**
 * Texts of at most this many words (in the visible text) are not windowed. 150 from round thirteen
 * to seventeen; round eighteen's 90 reads pasted content of 91-150 words window by window too. At
 * 60 and 75, with more of dev's prompts windowed, the window model's bias rose to keep dev's
 * false-positive budget: 33-38 fewer attacks of the held-out sets flagged for 13-15 fewer false
 * positives (docs/guard-evaluation.md, round eighteen).
 */
export const windowMinWords = 90;

/** How many of the scanned words belong to the visible text (payload words follow it). */
export function visibleWordCount(
  words: Pick<WordScan, 'count' | 'starts'>,
  mainLength: number,
): number {
  let low = 0;
  let high = words.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words.starts[middle] ?? 0) < mainLength) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many windows a text of `count` words has: one every {@link windowStep} words, the last
 * ending at the text's end; none for a text of at most {@link windowMinWords} words.
 */
export function windowCount(count: number): number {
  if (count <= windowMinWords) return 0;
  return Math.ceil((count - windowWords) / windowStep) + 1;
}

/** The word range [start, end) of window `index` of a text of `count` words. */
export function windowRange(index: number, count: number): { start: number; end: number } {
  const start = index * windowStep;
  return { start, end: Math.min(count, start + windowWords) };
}

/**
 * Writes the distinct features of words [start, end) of `words` into `out` (at least twice the
 * window's length): each word, and each word but the window's first with the one before it,
 * unless only spaces separate the word from a `.`, `!`, `?` or line break before it (its scan
 * position flag; the main model's bigram rule differs slightly), hashed into `mask + 1` buckets
 * (at most 2^featureBits). Expects the seen set clear, and leaves it clear. Returns how many.
 */
export function collectWindowFeatures(
  words: Pick<WordScan, 'hashes' | 'positions'>,
  start: number,
  end: number,
  mask: number,
  out: Int32Array,
): number {
  const hashes = words.hashes;
  const positions = words.positions;
  const seen = seenFeatures;
  let count = 0;
  for (let index = start; index < end; index++) {
    const hash = hashes[index] ?? 0;
    let mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
    let feature = (mixed ^ (mixed >>> 15)) & mask;
    let bits = seen[feature >>> 5] ?? 0;
    let bit = 1 << (feature & 31);
    if ((bits & bit) === 0) {
      seen[feature >>> 5] = bits | bit;
      out[count++] = feature;
    }
    if (index > start && positions[index] === 0) {
      const bigram = Math.imul((hashes[index - 1] ?? 0) ^ 0x3c6ef372, 0x01000193) ^ hash;
      mixed = Math.imul(bigram ^ (bigram >>> 16), 0x45d9f3b);
      feature = (mixed ^ (mixed >>> 15)) & mask;
      bits = seen[feature >>> 5] ?? 0;
      bit = 1 << (feature & 31);
      if ((bits & bit) === 0) {
        seen[feature >>> 5] = bits | bit;
        out[count++] = feature;
      }
    }
  }
  for (let index = 0; index < count; index++) seen[(out[index] ?? 0) >>> 5] = 0;
  return count;
}

/** The highest-scoring window of a text: its logit and word range, and every window's logit. */
export interface WindowScore {
  readonly logit: number;
  readonly start: number;
  readonly end: number;
  /** Each window's logit, by index: a view of a shared buffer, valid until the next call. */
  readonly logits: Float64Array;
}

const scratch = new Int32Array(windowWords * 2);
let logitScratch = new Float64Array(64);

/**
 * The best window of the first `count` words of `words` (the visible text's), or undefined when
 * the text is too short to be windowed. (Hashing each word once for both its windows, or sliding
 * the window with per-feature counts, measured no faster: round thirteen.)
 */
export function bestWindow(
  model: LinearModel,
  words: Pick<WordScan, 'hashes' | 'positions'>,
  count: number,
): WindowScore | undefined {
  const windows = windowCount(count);
  if (windows === 0) return undefined;
  if (model.weights.length > 1 << featureBits) {
    throw new Error(`window model: more than 2^${featureBits} weights (the seen set's size)`);
  }
  const mask = model.weights.length - 1;
  let bestLogit = Number.NEGATIVE_INFINITY;
  let bestIndex = 0;
  if (logitScratch.length < windows) logitScratch = new Float64Array(windows * 2);
  const logits = logitScratch;
  for (let index = 0; index < windows; index++) {
    const { start, end } = windowRange(index, count);
    // All of a window's features are word features: no character block.
    const found = collectWindowFeatures(words, start, end, mask, scratch);
    const logit = linearLogit(model, scratch, found, 0);
    logits[index] = logit;
    if (logit > bestLogit) {
      bestLogit = logit;
      bestIndex = index;
    }
  }
  return {
    logit: bestLogit,
    ...windowRange(bestIndex, count),
    logits: logits.subarray(0, windows),
  };
}

/**
 * The highest of `logits` (one per window of a text of `count` words, as {@link bestWindow}
 * returns them) over the windows that hold any of words [first, last].
 */
export function logitAround(
  logits: Float64Array,
  count: number,
  first: number,
  last: number,
): number {
  const from = Math.max(0, Math.floor(first / windowStep) - 1);
  const to = Math.min(logits.length - 1, Math.floor(last / windowStep));
  let best = Number.NEGATIVE_INFINITY;
  for (let index = from; index <= to; index++) {
    const { start, end } = windowRange(index, count);
    if (start <= last && first < end) best = Math.max(best, logits[index] ?? best);
  }
  return best;
}
