import { hashCharacterGrams, hashPrime } from './feature-hashing.js';
import { isCjkCode, isGateWordCode } from './word-prefix-hash.js';

/**
 * The words of a normalised text, found once and shared by the rules (which look up each word's
 * four-character prefix) and the model (which hashes whole words and bigrams). Buffers are reused
 * between calls: a scan is valid until the next call.
 */
export interface WordScan {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** FNV-1a of the first four characters (see `wordPrefixHash`). */
  readonly prefixes: Uint32Array;
  /** FNV-1a of the whole word, salted for the model. */
  readonly hashes: Int32Array;
  /** 1 when a sentence end (`.`, `?`, `!`, newline) lies between this word and the previous one. */
  readonly breaks: Uint8Array;
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
}

export const sentenceStartFlag = 1;
export const lineStartFlag = 2;

const offsetBasis = 0x811c9dc5;
/** `hashPrime` as a literal: V8 folds it in the loop, not an imported binding. */
const prime = 0x01000193;
if (prime !== hashPrime) throw new Error('scan-words: prime out of step with feature-hashing');
/** Seed of whole-word hashes (model features). */
export const wordSalt = 0x6c8e9cf5;

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
  keys: new Uint32Array(2),
  entries: new Int32Array(2).fill(-1),
};

/** 1 for the UTF-16 code units that make up words (`isGateWordCode`): one load per character. */
const wordCharacters = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) wordCharacters[code] = isGateWordCode(code) ? 1 : 0;

let capacity = 0;
let starts = new Int32Array(0);
let ends = new Int32Array(0);
let prefixes = new Uint32Array(0);
let hashes = new Int32Array(0);
let breaks = new Uint8Array(0);
let positions = new Uint8Array(0);
let anchorOffsets = new Int32Array(256);
let anchorWords = new Int32Array(512);

function ensureCapacity(size: number): void {
  if (size <= capacity) return;
  capacity = Math.max(size, capacity * 2, 256);
  starts = new Int32Array(capacity);
  ends = new Int32Array(capacity);
  prefixes = new Uint32Array(capacity);
  hashes = new Int32Array(capacity);
  breaks = new Uint8Array(capacity);
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
 * `features`, the distinct character 4-grams of the text's first `characterGramLimit` characters
 * are hashed into that buffer too (`hashCharacterGrams`), for the learned model.
 */
export function scanWords(
  text: string,
  codes: Uint16Array = codesOf(text),
  features: Int32Array | null = null,
): WordScan {
  const length = text.length;
  ensureCapacity((length >> 1) + 2);
  const characterFeatures = features === null ? 0 : hashCharacterGrams(codes, length, features);
  const wordStarts = starts;
  const wordEnds = ends;
  const wordPrefixes = prefixes;
  const wordHashes = hashes;
  const wordBreaks = breaks;
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
  let wordStart = -1;
  let prefix = offsetBasis;
  let hash = wordSalt;
  for (let index = 0; index < length; index++) {
    const code = codes[index] ?? 0;
    if (wordCharacters[code] === 1) {
      // Within a word: its first four characters make the prefix hash, all of them the word hash.
      if (wordStart < 0) {
        wordStart = index;
        prefix = offsetBasis;
        hash = wordSalt;
      }
      if (index - wordStart < 4) prefix = Math.imul(prefix ^ code, prime);
      hash = Math.imul(hash ^ code, prime);
      continue;
    }
    if (wordStart >= 0) {
      prefix >>>= 0;
      wordStarts[count] = wordStart;
      wordEnds[count] = index;
      wordPrefixes[count] = prefix;
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
      wordBreaks[count] = pendingBreak;
      wordPositions[count] = position;
      count++;
      pendingBreak = 0;
      position = 0;
      wordStart = -1;
    }
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
    if (anchorCharacters[code] === 1) pushAnchorOffset(anchors++, index);
  }
  if (wordStart >= 0) {
    // The last word runs to the end of the text: close it as above (a space would).
    prefix >>>= 0;
    wordStarts[count] = wordStart;
    wordEnds[count] = length;
    wordPrefixes[count] = prefix;
    wordHashes[count] = hash;
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
    wordBreaks[count] = pendingBreak;
    wordPositions[count] = position;
    count++;
  }
  return {
    count,
    starts: wordStarts,
    ends: wordEnds,
    prefixes: wordPrefixes,
    hashes: wordHashes,
    breaks: wordBreaks,
    positions: wordPositions,
    sawCjk,
    sawMark,
    anchorOffsets,
    anchorCount: anchors,
    anchorWords: anchored,
    anchorWordCount: anchoredCount >> 1,
    characterFeatures,
  };
}
