import { characterGramLimit, clearSeenFeatures } from './feature-hashing.js';
import { scanWords, type WordScan } from './scan-words.js';

export { featureBits } from './feature-hashing.js';

/*
 * Hashed features of the learned model, shared by training and inference so that both see exactly
 * the same numbers: character 4-grams and word unigrams and bigrams of the normalised view, as
 * presence (each counted once), hashed into 2^bits buckets. (Character 3- to 5-grams score the
 * same on dev but cost three times as much.) The 4-grams are hashed by the text scan
 * (`scanWords`) as it reads each character; the word features are added here.
 */

/**
 * The buffer size the features of a text of `length` characters may need: the capped character
 * 4-grams, and at most one word and one bigram per two characters.
 */
export function featureCapacity(length: number): number {
  return characterGramLimit + length + 16;
}

let sharedBuffer = new Int32Array(featureCapacity(4096));

/** The guard's reusable feature buffer, grown to hold the features of `length` characters. */
export function featureBufferFor(length: number): Int32Array {
  const needed = featureCapacity(length);
  if (sharedBuffer.length < needed) sharedBuffer = new Int32Array(needed);
  return sharedBuffer;
}

/** How many features a text has: character n-grams first in the buffer, then word features. */
export interface FeatureCounts {
  readonly total: number;
  readonly characters: number;
}

/**
 * The distinct feature indices of a text in `out`, where `words` (scanned with `out` as its
 * feature buffer) left them: character 4-grams, then words and word bigrams (a sentence end breaks
 * the bigram chain). Clears the seen set for the next text.
 */
export function collectWordFeatures(words: WordScan, out: Int32Array): FeatureCounts {
  const count = words.featureCount;
  clearSeenFeatures(out, count);
  return { total: count, characters: words.characterFeatures };
}

/**
 * Writes the distinct feature indices of `text` (normalised) into `out` (at least
 * {@link featureCapacity}(text.length) long): character n-grams, then words and word bigrams.
 */
export function collectFeatures(text: string, out: Int32Array, codes?: Uint16Array): FeatureCounts {
  return collectWordFeatures(scanWords(text, codes, out), out);
}
