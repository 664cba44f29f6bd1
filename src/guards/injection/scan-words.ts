import {
  bigramSalt,
  featureMask,
  hashCharacterGrams,
  hashPrime,
  seenFeatures,
} from './feature-hashing.js';
import { isCjkCode, isGateWordCode } from './word-prefix-hash.js';

/**
 * The words of a normalised text, found once and shared by the rules (which look up each word's
 * four-character prefix) and the model (which hashes whole words and bigrams). Buffers are reused
 * between calls: a scan is valid until the next call.
 */
export interface WordScan {
  readonly count: number;
  readonly starts: Int32Array;
  /** FNV-1a of the whole word, salted for the model. */
  readonly hashes: Int32Array;
  /**
   * Where the word stands: bit 1 ({@link lineStartFlag}) when only spaces separate it from the
   * start of its line, bit 0 ({@link sentenceStartFlag}) when only spaces separate it from the start
   * of the text or a `.`, `!`, `?` or newline.
   */
  readonly positions: Uint8Array;
  readonly sawCjk: boolean;
  /** `<`, `[`, `#`, `{` or `|` occurs (chat-template and markup rules). */
  readonly sawMark: boolean;
  /** Offsets of the characters some rule is anchored on (see `anchorCharacters`), in order. */
  readonly anchorOffsets: Int32Array;
  readonly anchorCount: number;
  /**
   * The words whose prefix is in {@link anchorPrefixTable}, in order, as pairs
   * `[wordIndex, entry, wordIndex, entry, …]` (`anchorWordCount` pairs).
   */
  readonly anchorWords: Int32Array;
  readonly anchorWordCount: number;
  /**
   * How many distinct character 4-grams were written to the feature buffer (0 without one); the
   * caller completes them with `collectWordFeatures`, which also clears the seen set.
   */
  readonly characterFeatures: number;
  /**
   * How many features (character 4-grams, then words and bigrams) were written to the feature
   * buffer (0 without one); `collectWordFeatures` clears the seen set.
   */
  readonly featureCount: number;
}

export const sentenceStartFlag = 1;
export const lineStartFlag = 2;

/** `hashPrime` as a literal: V8 folds it in the loop, not an imported binding. */
const prime = 0x01000193;
if (prime !== hashPrime) throw new Error('scan-words: prime out of step with feature-hashing');
/** Seed of whole-word hashes (model features). */
export const wordSalt = 0x6c8e9cf5;
if (bigramSalt !== 0x3c6ef372 || featureMask !== 0x3ffff) {
  throw new Error('scan-words: literals out of step with feature-hashing');
}
const noFeatures = new Int32Array(0);

/**
 * Characters that rules are anchored on (`<`, `[`, CJK keywords…), marked by the rule index:
 * 1 where some rule starts with the character. Filled by the rule index at start-up.
 */
export const anchorCharacters = new Uint8Array(0x10000);

/**
 * Open-addressing table from word-prefix hash to the rule index's entry for it (-1: empty slot),
 * filled by the rule index at start-up; the scan looks each word up as it closes.
 */
export const anchorPrefixTable = {
  shift: 31,
  /** Prefix hashes as int32 (the bits of `wordPrefixHash`). */
  keys: new Int32Array(2),
  entries: new Int32Array(2).fill(-1),
};

/** 1 for the UTF-16 code units that make up words (`isGateWordCode`): one load per character. */
const wordCharacters = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) wordCharacters[code] = isGateWordCode(code) ? 1 : 0;

let capacity = 0;
let starts = new Int32Array(0);
let hashes = new Int32Array(0);
let positions = new Uint8Array(0);
let anchorOffsets = new Int32Array(256);
let anchorWords = new Int32Array(512);

function ensureCapacity(size: number): void {
  if (size <= capacity) return;
  capacity = Math.max(size, capacity * 2, 256);
  starts = new Int32Array(capacity);
  hashes = new Int32Array(capacity);
  positions = new Uint8Array(capacity);
  if (anchorWords.length < capacity * 2) anchorWords = new Int32Array(capacity * 2);
}

let scratchCodes = new Uint16Array(1024);

function codesOf(text: string): Uint16Array {
  if (scratchCodes.length < text.length) scratchCodes = new Uint16Array(text.length * 2);
  Buffer.from(scratchCodes.buffer).write(text, 0, text.length * 2, 'utf16le');
  return scratchCodes;
}

function pushAnchorOffset(count: number, offset: number): void {
  if (count >= anchorOffsets.length) {
    const grown = new Int32Array(anchorOffsets.length * 2);
    grown.set(anchorOffsets);
    anchorOffsets = grown;
  }
  anchorOffsets[count] = offset;
}

/**
 * Finds the words of `text` (normalised: lower case) in one pass. `codes` may hold the text's
 * UTF-16 code units already (the normaliser's output), which saves reading the string again. With
 * `features`, the learned model's features are written to that buffer too: the distinct character
 * 4-grams of the text's first `characterGramLimit` characters (`hashCharacterGrams`), then the
 * distinct words and word bigrams as each word closes (as `hashWordFeatures` would).
 *
 * Hashes are kept as int32 throughout (a uint32 phi makes V8 box the values).
 */
export function scanWords(
  text: string,
  codes: Uint16Array = codesOf(text),
  features: Int32Array | null = null,
): WordScan {
  const length = text.length;
  ensureCapacity((length >> 1) + 2);
  const characterFeatures = features === null ? 0 : hashCharacterGrams(codes, length, features);
  const withFeatures = features !== null;
  const out = features ?? noFeatures;
  const seen = seenFeatures;
  let featureCount = characterFeatures;
  let previousHash = 0;
  const isWord = wordCharacters;
  const anchorCodes = anchorCharacters;
  const wordStarts = starts;
  const wordHashes = hashes;
  const wordPositions = positions;
  const anchored = anchorWords;
  const { shift, keys, entries } = anchorPrefixTable;
  const slotMask = (1 << (32 - shift)) - 1;
  let count = 0;
  let anchoredCount = 0;
  let anchors = 0;
  let pendingBreak = 1;
  let position = sentenceStartFlag | lineStartFlag;
  let sawCjk = false;
  let sawMark = false;
  let index = 0;
  while (index < length) {
    let code = codes[index] ?? 0;
    if (isWord[code] === 1) {
      // One word: its first four characters make the prefix hash, all of them the word hash.
      const wordStart = index;
      // FNV-1a offset basis (0x811c9dc5) and the word salt, as int32.
      let prefix = -2128831035;
      let hash = 0x6c8e9cf5;
      const prefixEnd = index + 4;
      do {
        if (index < prefixEnd) prefix = Math.imul(prefix ^ code, 0x01000193);
        hash = Math.imul(hash ^ code, 0x01000193);
        index++;
        if (index >= length) break;
        code = codes[index] ?? 0;
      } while (isWord[code] === 1);
      wordStarts[count] = wordStart;
      wordHashes[count] = hash;
      // Rule anchors: one probe, almost always an empty slot.
      let slot = Math.imul(prefix, 0x9e3779b1) >>> shift;
      let entry = entries[slot] ?? -1;
      while (entry >= 0 && keys[slot] !== prefix) {
        slot = (slot + 1) & slotMask;
        entry = entries[slot] ?? -1;
      }
      if (entry >= 0) {
        anchored[anchoredCount++] = count;
        anchored[anchoredCount++] = entry;
      }
      if (withFeatures) {
        // The word, then the bigram with the previous word unless a sentence end separates them
        // (`finishHash` and `firstSighting` inlined).
        let mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
        let feature = (mixed ^ (mixed >>> 15)) & 0x3ffff;
        let bits = seen[feature >>> 5] ?? 0;
        let bit = 1 << (feature & 31);
        if ((bits & bit) === 0) {
          seen[feature >>> 5] = bits | bit;
          out[featureCount++] = feature;
        }
        if (previousHash !== 0 && pendingBreak === 0) {
          const bigram = Math.imul(previousHash ^ 0x3c6ef372, 0x01000193) ^ hash;
          mixed = Math.imul(bigram ^ (bigram >>> 16), 0x45d9f3b);
          feature = (mixed ^ (mixed >>> 15)) & 0x3ffff;
          bits = seen[feature >>> 5] ?? 0;
          bit = 1 << (feature & 31);
          if ((bits & bit) === 0) {
            seen[feature >>> 5] = bits | bit;
            out[featureCount++] = feature;
          }
        }
        previousHash = hash;
      }
      wordPositions[count] = position;
      count++;
      pendingBreak = 0;
      position = 0;
      if (index >= length) break;
    }
    index++;
    if (code === 0x20) continue;
    if (code === 0x0a) {
      pendingBreak = 1;
      position = sentenceStartFlag | lineStartFlag;
    } else if (code === 0x2e || code === 0x3f || code === 0x21) {
      pendingBreak = 1;
      position = sentenceStartFlag;
    } else {
      position = 0;
      if (code === 0x3c || code === 0x5b || code === 0x23 || code === 0x7b || code === 0x7c) {
        sawMark = true;
      } else if (code >= 0x1100 && !sawCjk && isCjkCode(code)) sawCjk = true;
    }
    if (anchorCodes[code] === 1) pushAnchorOffset(anchors++, index - 1);
  }
  return {
    count,
    starts: wordStarts,
    hashes: wordHashes,
    positions: wordPositions,
    sawCjk,
    sawMark,
    anchorOffsets,
    anchorCount: anchors,
    anchorWords: anchored,
    anchorWordCount: anchoredCount >> 1,
    characterFeatures,
    featureCount: withFeatures ? featureCount : 0,
  };
}
