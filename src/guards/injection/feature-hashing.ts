/*
 * Feature hashing shared by the text scan (character 4-grams) and `collectFeatures` (words and
 * word bigrams): the constants, the final mix into 2^featureBits buckets, and the set of features
 * already seen in the current text (each feature counts once).
 */

export const featureBits = 18;
/**
 * Character 4-grams are hashed over the first this many characters of a text only; words and
 * bigrams cover all of it. Dev recall and a cross-validation on train are the same as with no
 * limit (docs/guard-evaluation.md), and a 4,000-character prompt costs a quarter of the hashing.
 */
export const characterGramLimit = 1024;
export const featureMask = (1 << featureBits) - 1;
export const hashPrime = 0x01000193;
export const characterSalt = 0x2545f491;
export const bigramSalt = 0x3c6ef372;
/**
 * hashPrime^4 mod 2^32, to drop the oldest character from the rolling 4-gram hash. The constants
 * are literals: V8 folds them into the hot loops (an imported or computed binding is a load).
 */
export const primeToFour = 0x502c3f11;
if (
  characterGramLimit !== 1024 ||
  featureMask !== 0x3ffff ||
  characterSalt !== 0x2545f491 ||
  hashPrime !== 0x01000193
) {
  throw new Error('feature-hashing: literals in hashCharacterGrams out of step with the constants');
}

/** Mixes a 32-bit hash into a bucket index. */
export function finishHash(hash: number): number {
  let mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  mixed ^= mixed >>> 15;
  return mixed & featureMask;
}

/**
 * The features already seen in the current text, one bit per bucket (2^bits bits: 32 KiB, which
 * stays in the first-level cache). Cleared after each text by unsetting the bits it set.
 */
export const seenFeatures = new Int32Array(1 << (featureBits - 5));

/** Adds `feature` to the seen set; true when it was new. */
export function firstSighting(feature: number): boolean {
  const word = feature >>> 5;
  const bit = 1 << (feature & 31);
  const bits = seenFeatures[word] ?? 0;
  if ((bits & bit) !== 0) return false;
  seenFeatures[word] = bits | bit;
  return true;
}

/** Empties the seen set, given the `count` features of the text that filled it. */
export function clearSeenFeatures(features: Int32Array, count: number): void {
  if (count > seenFeatures.length >> 2) {
    seenFeatures.fill(0);
    return;
  }
  for (let index = 0; index < count; index++) seenFeatures[(features[index] ?? 0) >>> 5] = 0;
}

/**
 * Hashes the distinct character 4-grams of `codes[0, length)`, over the first
 * {@link characterGramLimit} characters, into `out` (a virtual space stands before the text and,
 * when it is no longer than the limit, after it). Returns how many were new: the caller completes
 * the features and clears the seen set (`collectWordFeatures`).
 */
export function hashCharacterGrams(codes: Uint16Array, length: number, out: Int32Array): number {
  const limit = Math.min(length, 1024);
  const seen = seenFeatures;
  let count = 0;
  // Mod-2^32 arithmetic throughout; the virtual leading space is already in the hash. The
  // constants are literals (`hashPrime`, `primeToFour`, `characterSalt`, `finishHash` and
  // `firstSighting` inlined): V8 folds literals, not module bindings.
  let rolling = 0x20;
  for (let index = 0; index < limit; index++) {
    const outgoing = index >= 4 ? (codes[index - 4] ?? 0) : index === 3 ? 0x20 : 0;
    rolling =
      (Math.imul(rolling, 0x01000193) + (codes[index] ?? 0) - Math.imul(outgoing, 0x502c3f11)) | 0;
    if (index >= 2) {
      const salted = rolling ^ 0x2545f491;
      const mixed = Math.imul(salted ^ (salted >>> 16), 0x45d9f3b);
      const feature = (mixed ^ (mixed >>> 15)) & 0x3ffff;
      const bits = seen[feature >>> 5] ?? 0;
      const bit = 1 << (feature & 31);
      if ((bits & bit) === 0) {
        seen[feature >>> 5] = bits | bit;
        out[count++] = feature;
      }
    }
  }
  if (limit === length && length >= 2) {
    // The 4-gram ending in the virtual trailing space.
    const outgoing = length >= 4 ? (codes[length - 4] ?? 0) : length === 3 ? 0x20 : 0;
    rolling = (Math.imul(rolling, hashPrime) + 0x20 - Math.imul(outgoing, primeToFour)) | 0;
    const feature = finishHash(rolling ^ characterSalt);
    if (firstSighting(feature)) out[count++] = feature;
  }
  return count;
}

/**
 * Appends the distinct word and word-bigram features of a word scan (`hashes[0, count)`, with
 * `breaks[i]` = 1 where a sentence end separates word i from the one before) to `out` from
 * `count` on. Returns the new count.
 */
export function hashWordFeatures(
  hashes: Int32Array,
  breaks: Uint8Array,
  words: number,
  out: Int32Array,
  start: number,
): number {
  let count = start;
  let previous = 0;
  for (let word = 0; word < words; word++) {
    const hash = hashes[word] ?? 0;
    let feature = finishHash(hash);
    if (firstSighting(feature)) out[count++] = feature;
    if (previous !== 0 && breaks[word] === 0) {
      feature = finishHash(Math.imul(previous ^ bigramSalt, hashPrime) ^ hash);
      if (firstSighting(feature)) out[count++] = feature;
    }
    previous = hash;
  }
  return count;
}
