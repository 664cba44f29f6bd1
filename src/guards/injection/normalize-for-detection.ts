import { foldCodePoints } from './fold-code-points.js';
import { markSpacedLetters } from './mark-spaced-letters.js';
import type { NormalizedText } from './normalized-text.js';
import { ensureScratch, isAsciiLetter, isWordCode, scratch } from './normalization-scratch.js';
import { SignalRecorder } from './signal-recorder.js';

/*
 * Two passes over reusable scratch buffers (no per-character allocation):
 * 1. per code point (`foldCodePoints`): NFKC and case folding, look-alike letters, invisible
 *    characters dropped (tag characters and variation-selector runs decoded as hidden text),
 *    whitespace collapsed;
 * 2. per word (here): letters spelled out with separators joined (`i g n o r e`, `i.g.n.o.r.e`),
 *    Cyrillic/Greek look-alikes folded inside mixed-script words, leetspeak folded.
 */

/** Leetspeak digits and symbols and the letters they stand for (0 = not leet). */
const leetLetters = new Uint16Array(128);
for (const [from, to] of [
  ['0', 'o'],
  ['1', 'i'],
  ['3', 'e'],
  ['4', 'a'],
  ['5', 's'],
  ['7', 't'],
  ['@', 'a'],
  ['$', 's'],
] as const) {
  leetLetters[from.charCodeAt(0)] = to.charCodeAt(0);
}

/**
 * Folds text into its matching view (see the pass comments above). Work is linear in the text
 * length; each distinct non-ASCII code point is folded once and memoised.
 */
export function normalizeForDetection(text: string): NormalizedText {
  ensureScratch(text.length * 2 + 16);
  const signals = new SignalRecorder();
  const first = foldCodePoints(text, signals);
  const { codes, latinTwins, sourceStarts, sourceEnds, deleted, twinsOut } = scratch;
  let length = first.length;
  if (length > scratch.capacity) length = scratch.capacity;
  const spaced = first.mayHaveSpacedLetters;
  if (spaced) markSpacedLetters(length, signals);
  const mostlyLatin = first.latinLetters > first.foreignLetters * 4;
  const out = new Uint16Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let size = 0;
  let index = 0;
  while (index < length) {
    if (spaced && deleted[index] === 1) {
      index++;
      continue;
    }
    const code = codes[index] ?? 0;
    if (!isWordCode(code)) {
      out[size] = code;
      starts[size] = sourceStarts[index] ?? 0;
      ends[size] = sourceEnds[index] ?? 0;
      size++;
      index++;
      continue;
    }
    // One word, possibly joined across deleted separators.
    const wordStart = size;
    let latin = 0;
    let twins = 0;
    let cyrillicTwins = 0;
    let otherForeign = 0;
    let leet = 0;
    let at = false;
    while (index < length && ((spaced && deleted[index] === 1) || isWordCode(codes[index] ?? 0))) {
      if (spaced && deleted[index] === 1) {
        index++;
        continue;
      }
      const wordCode = codes[index] ?? 0;
      if (isAsciiLetter(wordCode)) latin++;
      // Twins are only written for non-ASCII characters; ASCII slots may hold stale values.
      else if (wordCode >= 0x80 && (latinTwins[index] ?? 0) !== 0) {
        twins++;
        if (wordCode >= 0x400 && wordCode < 0x530) cyrillicTwins++;
      } else if (wordCode < 0x80 && leetLetters[wordCode] !== 0) {
        leet++;
        if (wordCode === 0x40) at = true;
      } else if (wordCode >= 0x370) otherForeign++;
      out[size] = wordCode;
      twinsOut[size] = wordCode >= 0x80 ? (latinTwins[index] ?? 0) : 0;
      starts[size] = sourceStarts[index] ?? 0;
      ends[size] = sourceEnds[index] ?? 0;
      size++;
      index++;
    }
    if (
      twins > 0 &&
      ((latin > 0 && otherForeign === 0) || (latin === 0 && otherForeign === 0 && mostlyLatin))
    ) {
      for (let inner = wordStart; inner < size; inner++) {
        const twin = twinsOut[inner] ?? 0;
        if (twin !== 0) out[inner] = twin;
      }
      // A Greek letter in a Latin word is common in science (VaR-α); a Cyrillic one is not.
      if (latin > 0 && (cyrillicTwins > 0 || twins >= 2)) {
        signals.record('homoglyphs', starts[wordStart] ?? 0, ends[size - 1] ?? 0);
      }
      latin += twins;
    }
    // `user@example.com` is an address, not leetspeak.
    const address = at && codes[index] === 0x2e;
    if (leet > 0 && latin >= 2 && size - wordStart >= 4 && !address) {
      for (let inner = wordStart; inner < size; inner++) {
        const wordCode = out[inner] ?? 0;
        if (wordCode < 0x80 && leetLetters[wordCode] !== 0)
          out[inner] = leetLetters[wordCode] ?? wordCode;
      }
      signals.record('leetspeak', starts[wordStart] ?? 0, ends[size - 1] ?? 0);
    }
  }
  return {
    text: decodeCodes(out, size),
    starts: starts.subarray(0, size),
    ends: ends.subarray(0, size),
    signals: signals.signals(),
    hidden: first.hidden,
    encodedRuns: first.encodedRuns,
  };
}

const utf16 = new TextDecoder('utf-16le');

function decodeCodes(out: Uint16Array, size: number): string {
  return utf16.decode(out.subarray(0, size));
}
