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
  readonly sawCjk: boolean;
  /** `<`, `[`, `#`, `{` or `|` occurs (chat-template and markup rules). */
  readonly sawMark: boolean;
}

const offsetBasis = 0x811c9dc5;
const prime = 0x01000193;
/** Seed of whole-word hashes (model features). */
export const wordSalt = 0x6c8e9cf5;

let capacity = 0;
let starts = new Int32Array(0);
let ends = new Int32Array(0);
let prefixes = new Uint32Array(0);
let hashes = new Int32Array(0);
let breaks = new Uint8Array(0);

function ensureCapacity(size: number): void {
  if (size <= capacity) return;
  capacity = Math.max(size, capacity * 2, 256);
  starts = new Int32Array(capacity);
  ends = new Int32Array(capacity);
  prefixes = new Uint32Array(capacity);
  hashes = new Int32Array(capacity);
  breaks = new Uint8Array(capacity);
}

export function scanWords(text: string): WordScan {
  const length = text.length;
  ensureCapacity((length >> 1) + 2);
  let count = 0;
  let wordStart = -1;
  let prefix = offsetBasis;
  let hash = wordSalt;
  let pendingBreak = 1;
  let sawCjk = false;
  let sawMark = false;
  for (let index = 0; index <= length; index++) {
    const code = index < length ? text.charCodeAt(index) : 0x20;
    if (isGateWordCode(code)) {
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
      starts[count] = wordStart;
      ends[count] = index;
      prefixes[count] = prefix >>> 0;
      hashes[count] = hash;
      breaks[count] = pendingBreak;
      count++;
      pendingBreak = 0;
      wordStart = -1;
    }
    if (code === 0x2e || code === 0x0a || code === 0x3f || code === 0x21) pendingBreak = 1;
    else if (code === 0x3c || code === 0x5b || code === 0x23 || code === 0x7b || code === 0x7c) {
      sawMark = true;
    } else if (code >= 0x1100 && !sawCjk && isCjkCode(code)) sawCjk = true;
  }
  return { count, starts, ends, prefixes, hashes, breaks, sawCjk, sawMark };
}
