import { scanWords, type WordScan } from './scan-words.js';

/**
 * Hashed features of the learned model, shared by training and inference so that both see exactly
 * the same numbers: character 4-grams and word unigrams and bigrams of the normalised view, as
 * presence (each counted once), hashed into 2^bits buckets. (Character 3- to 5-grams score the
 * same on dev but cost three times as much.)
 */
export const featureBits = 18;
const featureMask = (1 << featureBits) - 1;
const prime = 0x01000193;
const charSalt = 0x2545f491;
const bigramSalt = 0x3c6ef372;
/** prime^4 mod 2^32, to drop the oldest character from the rolling 4-gram hash. */
const primeToFour = Math.imul(Math.imul(prime, prime), Math.imul(prime, prime));

/** Open-addressing set of the features seen in the current text (small, so it stays in cache). */
let seen = new Int32Array(1024);
let seenMask = 1023;

function resetSeen(length: number): void {
  let size = 1024;
  while (size < length * 4) size *= 2;
  if (seen.length !== size) {
    seen = new Int32Array(size);
    seenMask = size - 1;
  }
  seen.fill(-1);
}

/** Adds `feature` to the seen set; true when it was new. */
function firstSighting(feature: number): boolean {
  let slot = Math.imul(feature, 0x9e3779b1) >>> 0;
  for (;;) {
    slot &= seenMask;
    const value = seen[slot];
    if (value === feature) return false;
    if (value === -1) {
      seen[slot] = feature;
      return true;
    }
    slot++;
  }
}

function finish(hash: number): number {
  let mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  mixed ^= mixed >>> 15;
  return mixed & featureMask;
}

/** The buffer size `collectFeatures` may need for a text of `length` characters. */
export function featureCapacity(length: number): number {
  return length * 5 + 16;
}

/** How many features a text has: character n-grams first in the buffer, then word features. */
export interface FeatureCounts {
  readonly total: number;
  readonly characters: number;
}

/**
 * Writes the distinct feature indices of `text` into `out` (at least
 * {@link featureCapacity}(text.length) long): character n-grams, then words and word bigrams.
 */
export function collectFeatures(
  text: string,
  out: Int32Array,
  words: WordScan = scanWords(text),
): FeatureCounts {
  const length = text.length;
  resetSeen(length + 8);
  let count = 0;
  // Character 4-grams by a rolling hash, with a virtual space before and after the text.
  let rolling = 0;
  for (let index = -1; index <= length; index++) {
    const code = index < 0 || index === length ? 0x20 : text.charCodeAt(index);
    rolling = Math.imul(rolling, prime) + code;
    if (index >= 2) {
      const outgoing = index - 4 < 0 || index - 4 === length ? 0x20 : text.charCodeAt(index - 4);
      if (index >= 3) rolling -= Math.imul(outgoing, primeToFour);
      rolling |= 0;
      const feature = finish(rolling ^ charSalt);
      if (firstSighting(feature)) out[count++] = feature;
    }
  }
  const characters = count;
  // Words and word bigrams (a sentence end breaks the bigram chain).
  let previous = 0;
  for (let word = 0; word < words.count; word++) {
    const hash = words.hashes[word] ?? 0;
    let feature = finish(hash);
    if (firstSighting(feature)) out[count++] = feature;
    if (previous !== 0 && words.breaks[word] === 0) {
      feature = finish(Math.imul(previous ^ bigramSalt, prime) ^ hash);
      if (firstSighting(feature)) out[count++] = feature;
    }
    previous = hash;
  }
  return { total: count, characters };
}
