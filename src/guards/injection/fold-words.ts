import { isAsciiLetter, isWordCode, scratch } from './normalization-scratch.js';
import type { SignalRecorder } from './signal-recorder.js';

/*
 * Per-word folding: Cyrillic/Greek look-alikes inside mixed-script words and leetspeak. Runs in
 * place on `scratch.codes` as pass 1 closes each word (`foldWordInPlace`), or as a second pass
 * after spelled-out letters were joined (`joinSpacedWords`), which changes word boundaries.
 */

/** Leetspeak digits and symbols and the letters they stand for (0 = not leet). */
export const leetLetters = new Uint16Array(128);
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

/** What pass 1 counted in one word (see `foldWordInPlace`). */
export interface WordTally {
  latin: number;
  twins: number;
  cyrillicTwins: number;
  otherForeign: number;
  leet: number;
  at: boolean;
}

function foldLeet(codes: Uint16Array, start: number, end: number): void {
  for (let inner = start; inner < end; inner++) {
    const code = codes[inner] ?? 0;
    if (code < 0x80 && leetLetters[code] !== 0) codes[inner] = leetLetters[code] ?? code;
  }
}

function foldTwins(codes: Uint16Array, twins: Uint16Array, start: number, end: number): void {
  for (let inner = start; inner < end; inner++) {
    const code = codes[inner] ?? 0;
    const twin = code >= 0x80 ? (twins[inner] ?? 0) : 0;
    if (twin !== 0) codes[inner] = twin;
  }
}

/**
 * Folds the word `codes[start, end)` that pass 1 just closed: look-alike letters when the word
 * also holds Latin letters, then leetspeak. Returns false when the decision needs the whole text
 * (a word made only of look-alike letters folds only in mostly-Latin text): the caller defers it.
 */
export function foldWordInPlace(
  start: number,
  end: number,
  tally: WordTally,
  nextCode: number,
  signals: SignalRecorder,
): boolean {
  const { codes, latinTwins, sourceStarts, sourceEnds } = scratch;
  let latin = tally.latin;
  if (tally.twins > 0 && tally.otherForeign === 0) {
    if (latin === 0) return false;
    foldTwins(codes, latinTwins, start, end);
    // A Greek letter in a Latin word is common in science (VaR-α); a Cyrillic one is not.
    if (tally.cyrillicTwins > 0 || tally.twins >= 2) {
      signals.record('homoglyphs', sourceStarts[start] ?? 0, sourceEnds[end - 1] ?? 0);
    }
    latin += tally.twins;
  }
  foldLeetWord(start, end, latin, tally, nextCode, signals);
  return true;
}

function foldLeetWord(
  start: number,
  end: number,
  latin: number,
  tally: WordTally,
  nextCode: number,
  signals: SignalRecorder,
): void {
  // `user@example.com` is an address, not leetspeak.
  const address = tally.at && nextCode === 0x2e;
  if (tally.leet > 0 && latin >= 2 && end - start >= 4 && !address) {
    foldLeet(scratch.codes, start, end);
    signals.record('leetspeak', scratch.sourceStarts[start] ?? 0, scratch.sourceEnds[end - 1] ?? 0);
  }
}

/** Folds a deferred word (only look-alike letters) once the text is known to be mostly Latin. */
export function foldDeferredWord(
  start: number,
  end: number,
  nextCode: number,
  signals: SignalRecorder,
): void {
  const { codes, latinTwins } = scratch;
  const tally: WordTally = {
    latin: 0,
    twins: 0,
    cyrillicTwins: 0,
    otherForeign: 0,
    leet: 0,
    at: false,
  };
  for (let inner = start; inner < end; inner++) {
    const code = codes[inner] ?? 0;
    if (code >= 0x80 && (latinTwins[inner] ?? 0) !== 0) tally.twins++;
    else if (code < 0x80 && leetLetters[code] !== 0) {
      tally.leet++;
      if (code === 0x40) tally.at = true;
    }
  }
  foldTwins(codes, latinTwins, start, end);
  foldLeetWord(start, end, tally.twins, tally, nextCode, signals);
}

/**
 * Pass 2 after spelled-out letters were marked (`markSpacedLetters`): copies `scratch.codes` to
 * `scratch.joined*` without the marked separators, folding each (joined) word as above. Returns
 * the new length.
 */
export function joinSpacedWords(
  length: number,
  mostlyLatin: boolean,
  signals: SignalRecorder,
): number {
  const { codes, latinTwins, sourceStarts, sourceEnds, deleted, twinsOut } = scratch;
  const out = scratch.joinedCodes;
  const starts = scratch.joinedStarts;
  const ends = scratch.joinedEnds;
  let size = 0;
  let index = 0;
  while (index < length) {
    if (deleted[index] === 1) {
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
    const tally: WordTally = {
      latin: 0,
      twins: 0,
      cyrillicTwins: 0,
      otherForeign: 0,
      leet: 0,
      at: false,
    };
    while (index < length && (deleted[index] === 1 || isWordCode(codes[index] ?? 0))) {
      if (deleted[index] === 1) {
        index++;
        continue;
      }
      const wordCode = codes[index] ?? 0;
      if (isAsciiLetter(wordCode)) tally.latin++;
      else if (wordCode >= 0x80 && (latinTwins[index] ?? 0) !== 0) {
        tally.twins++;
        if (wordCode >= 0x400 && wordCode < 0x530) tally.cyrillicTwins++;
      } else if (wordCode < 0x80 && leetLetters[wordCode] !== 0) {
        tally.leet++;
        if (wordCode === 0x40) tally.at = true;
      } else if (wordCode >= 0x370) tally.otherForeign++;
      out[size] = wordCode;
      twinsOut[size] = wordCode >= 0x80 ? (latinTwins[index] ?? 0) : 0;
      starts[size] = sourceStarts[index] ?? 0;
      ends[size] = sourceEnds[index] ?? 0;
      size++;
      index++;
    }
    let latin = tally.latin;
    if (tally.twins > 0 && tally.otherForeign === 0 && (latin > 0 || mostlyLatin)) {
      foldTwins(out, twinsOut, wordStart, size);
      if (latin > 0 && (tally.cyrillicTwins > 0 || tally.twins >= 2)) {
        signals.record('homoglyphs', starts[wordStart] ?? 0, ends[size - 1] ?? 0);
      }
      latin += tally.twins;
    }
    const address = tally.at && index < length && codes[index] === 0x2e;
    if (tally.leet > 0 && latin >= 2 && size - wordStart >= 4 && !address) {
      foldLeet(out, wordStart, size);
      signals.record('leetspeak', starts[wordStart] ?? 0, ends[size - 1] ?? 0);
    }
  }
  return size;
}

/**
 * The word pass 1 is writing (its start in the output, -1 between words) and its tally, module
 * state rather than locals so that the hot loop stays small: it changes once per word, not per
 * character.
 */
export const word: WordTally & { start: number } = {
  start: -1,
  latin: 0,
  twins: 0,
  cyrillicTwins: 0,
  otherForeign: 0,
  leet: 0,
  at: false,
};

export function openWord(at: number): void {
  word.start = at;
  word.latin = 0;
  word.twins = 0;
  word.cyrillicTwins = 0;
  word.otherForeign = 0;
  word.leet = 0;
  word.at = false;
}

/**
 * Ends the current word at `end` (`nextCode` follows it): folds it in place when it holds
 * look-alike or leet characters, or defers it (see `foldWordInPlace`).
 */
export function closeWord(
  end: number,
  nextCode: number,
  signals: SignalRecorder,
  deferred: number[],
  foldWords: boolean,
): void {
  const start = word.start;
  word.start = -1;
  if (!foldWords || (word.twins === 0 && word.leet === 0)) return;
  if (!foldWordInPlace(start, end, word, nextCode, signals) && deferred.length < 3 * 4096) {
    deferred.push(start, end, nextCode);
  }
}
