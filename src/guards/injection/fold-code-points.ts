import { CharacterClass, foldCharacter } from './fold-character.js';
import { closeWord, foldDeferredWord, leetLetters, openWord, word } from './fold-words.js';
import type { HiddenText } from './normalized-text.js';
import {
  alphanumericClass,
  asciiClasses,
  base64Class,
  isAsciiLetter,
  isWordCode,
  newline as newlineCode,
  scratch,
  separatorClass,
  space as spaceCode,
  wordClass,
} from './normalization-scratch.js';
import type { SignalRecorder } from './signal-recorder.js';

/*
 * Pass 1 of normalisation, per code point: NFKC and case folding, look-alike letters (their Latin
 * twin kept aside for pass 2), invisible characters dropped (tag characters and variation-selector
 * runs decoded as hidden text), whitespace collapsed. Also notes base64/hex runs and whether
 * spelled-out letters may occur, so later stages need no pass of their own. With `foldWords`, each
 * word is folded (look-alikes in mixed-script words, leetspeak) as soon as it closes, which makes
 * this the only pass over the text unless letters were spelled out.
 */

export interface Pass1Result {
  length: number;
  latinLetters: number;
  foreignLetters: number;
  hidden: HiddenText[];
  encodedRuns: number[];
  /** Whether letters may be spelled out (`i g n o r e`): decides if the spaced-letter pass runs. */
  mayHaveSpacedLetters: boolean;
}

/*
 * The hot loop uses literal copies of the shared constants: V8 folds a literal, while every read
 * of an imported binding is a load and a check (measured: about a quarter of the loop's time).
 */
const space = 0x20;
const newline = 0x0a;
const base64Bit = 1;
const alphanumericBit = 2;
const separatorBit = 4;
const wordBit = 8;
if (
  space !== spaceCode ||
  newline !== newlineCode ||
  base64Bit !== base64Class ||
  alphanumericBit !== alphanumericClass ||
  separatorBit !== separatorClass ||
  wordBit !== wordClass
) {
  throw new Error('fold-code-points: constants out of step with normalization-scratch');
}

/** Runs of base64/hex-alphabet characters at least this long are decoding candidates. */
const minimumEncodedRun = 16;
const maximumEncodedRuns = 32;
// The loop below uses the literals 16 and 64 (= maximumEncodedRuns * 2), like the constants above.
if (minimumEncodedRun !== 16 || maximumEncodedRuns * 2 !== 64) {
  throw new Error('fold-code-points: encoded-run literals out of step');
}

/** Decoded bytes of a run of variation selectors ("emoji smuggling"), or nothing if too short. */
function selectorPayload(bytes: number[], start: number, end: number): HiddenText | undefined {
  if (bytes.length < 4) return undefined;
  return {
    kind: 'variation_selector_payload',
    text: Buffer.from(bytes).toString('utf8'),
    start,
    end,
  };
}

/**
 * Pass 1 over `scratch.input[0, textLength)` (see `loadCodes`); output in `scratch.codes` and the
 * offset arrays.
 */
export function foldCodePoints(
  textLength: number,
  signals: SignalRecorder,
  foldWords: boolean,
): Pass1Result {
  // Locals, not closures: this loop runs once per character.
  const input = scratch.input;
  const current = word;
  const classTable = asciiClasses;
  const leetTable = leetLetters;
  const outCodes = scratch.codes;
  const outTwins = scratch.latinTwins;
  const outStarts = scratch.sourceStarts;
  const outEnds = scratch.sourceEnds;
  let length = 0;
  let latinLetters = 0;
  let foreignLetters = 0;
  const hidden: HiddenText[] = [];
  let tagText = '';
  let tagStart = -1;
  let tagEnd = -1;
  let selectorBytes: number[] = [];
  let selectorStart = -1;
  let selectorEnd = -1;
  let combining = 0;
  let styledRun = 0;
  let styledEnd = -1;
  const encodedRuns: number[] = [];
  let runStart = -1;
  let singles = 0;
  let previousAlphanumeric = false;
  let previousTokenSingle = false;
  let previousSeparatorOrStart = true;
  let mayHaveSpacedLetters = false;
  let selectorCount = 0;
  current.start = -1;
  /** Words of look-alike letters only: `[start, end, nextCode, …]`, folded if mostly Latin. */
  const deferred: number[] = [];
  for (let index = 0; index < textLength;) {
    let code = input[index] ?? 0;
    const lower = code | 0x20;
    if (lower >= 0x61 && lower <= 0x7a && selectorCount === 0) {
      // Fast path: an ASCII letter and the rest of its run (the bulk of most text). The state
      // updates are those of the general ASCII path below for a letter.
      if (runStart < 0) runStart = index;
      if (previousAlphanumeric) singles = 0;
      previousTokenSingle = previousSeparatorOrStart;
      previousSeparatorOrStart = false;
      previousAlphanumeric = true;
      if (current.start < 0) {
        // `openWord`, inlined (a call through an imported binding costs a load and a check).
        current.start = length;
        current.latin = 0;
        current.twins = 0;
        current.cyrillicTwins = 0;
        current.otherForeign = 0;
        current.leet = 0;
        current.at = false;
      }
      outCodes[length] = lower;
      outStarts[length] = index;
      outEnds[length] = index + 1;
      length++;
      index++;
      const runFrom = index;
      while (index < textLength) {
        const next = (input[index] ?? 0) | 0x20;
        if (next < 0x61 || next > 0x7a) break;
        outCodes[length] = next;
        outStarts[length] = index;
        outEnds[length] = index + 1;
        length++;
        index++;
      }
      const run = index - runFrom;
      latinLetters += run + 1;
      current.latin += run + 1;
      if (run > 0) {
        singles = 0;
        previousTokenSingle = false;
      }
      continue;
    }
    if (code === 0x20 && selectorCount === 0) {
      // Fast path: a space (the same state updates as the general path).
      if (runStart >= 0) {
        if (index - runStart >= 16 && encodedRuns.length < 64) {
          encodedRuns.push(runStart, index);
        }
        runStart = -1;
      }
      if (previousAlphanumeric) {
        if (previousTokenSingle) {
          if (++singles >= 3) mayHaveSpacedLetters = true;
        } else singles = 0;
      }
      previousSeparatorOrStart = true;
      previousAlphanumeric = false;
      const last = length > 0 ? outCodes[length - 1] : 0;
      if (last === space || last === newline) {
        outEnds[length - 1] = index + 1;
      } else {
        if (current.start >= 0) {
          // `closeWord` only when the word has something to fold.
          if (current.twins === 0 && current.leet === 0) current.start = -1;
          else closeWord(length, space, signals, deferred, foldWords);
        }
        outCodes[length] = space;
        outStarts[length] = index;
        outEnds[length] = index + 1;
        length++;
      }
      index++;
      continue;
    }
    if (code < 0x80) {
      const classes = classTable[code] ?? 0;
      // Base64/hex runs are collected here, in the pass that reads every character anyway.
      if ((classes & base64Bit) !== 0) {
        if (runStart < 0) runStart = index;
      } else if (runStart >= 0) {
        if (index - runStart >= 16 && encodedRuns.length < 64) {
          encodedRuns.push(runStart, index);
        }
        runStart = -1;
      }
      // One-character tokens between separators (`i g n o r e`), tracked on the fly.
      if ((classes & alphanumericBit) !== 0) {
        if (previousAlphanumeric) singles = 0;
        previousAlphanumeric = true;
        previousTokenSingle = !previousSeparatorOrStart ? false : true;
        previousSeparatorOrStart = false;
      } else {
        if ((classes & separatorBit) !== 0) {
          if (previousAlphanumeric) {
            if (previousTokenSingle) {
              if (++singles >= 3) mayHaveSpacedLetters = true;
            } else singles = 0;
          }
          previousSeparatorOrStart = true;
        } else if (code !== 0x0a && code !== 0x0d && code !== 0x09) {
          singles = 0;
          previousSeparatorOrStart = false;
        }
        previousAlphanumeric = false;
      }
      if (selectorCount > 0) {
        const payload = selectorPayload(selectorBytes, selectorStart, selectorEnd);
        if (payload !== undefined) {
          hidden.push(payload);
          signals.record('variation_selector_payload', selectorStart, selectorEnd);
        }
        selectorBytes = [];
        selectorCount = 0;
      }
      if (
        code === 0x20 ||
        code === 0x09 ||
        code === 0x0a ||
        code === 0x0d ||
        code === 0x0b ||
        code === 0x0c
      ) {
        const isSpace = code !== 0x0a && code !== 0x0d;
        const last = length > 0 ? outCodes[length - 1] : 0;
        if (last === space || last === newline) {
          if (!isSpace) outCodes[length - 1] = newline;
          outEnds[length - 1] = index + 1;
        } else {
          const emitted = isSpace ? space : newline;
          if (current.start >= 0) {
            // `closeWord` only when the word has something to fold.
            if (current.twins === 0 && current.leet === 0) current.start = -1;
            else closeWord(length, emitted, signals, deferred, foldWords);
          }
          outCodes[length] = emitted;
          outStarts[length] = index;
          outEnds[length] = index + 1;
          length++;
        }
      } else {
        if (code >= 0x41 && code <= 0x5a) code += 0x20;
        if ((classes & alphanumericBit) !== 0 && code >= 0x61) latinLetters++;
        if ((classes & wordBit) !== 0) {
          if (current.start < 0) {
            // `openWord`, inlined (a call through an imported binding costs a load and a check).
            current.start = length;
            current.latin = 0;
            current.twins = 0;
            current.cyrillicTwins = 0;
            current.otherForeign = 0;
            current.leet = 0;
            current.at = false;
          }
          if (code >= 0x61) current.latin++;
          else if (leetTable[code] !== 0) {
            current.leet++;
            if (code === 0x40) current.at = true;
          }
        } else if (current.start >= 0) {
          if (current.twins === 0 && current.leet === 0) current.start = -1;
          else closeWord(length, code, signals, deferred, foldWords);
        }
        outCodes[length] = code;
        outStarts[length] = index;
        outEnds[length] = index + 1;
        length++;
        index++;
        continue;
      }
      index++;
      continue;
    }
    if (runStart >= 0) {
      if (index - runStart >= 16 && encodedRuns.length < 64) {
        encodedRuns.push(runStart, index);
      }
      runStart = -1;
    }
    singles = 0;
    previousAlphanumeric = false;
    previousSeparatorOrStart = false;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < textLength) {
      const low = input[index + 1] ?? 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    const end = index + width;
    const folded = foldCharacter(code);
    const kind = folded.kind;
    if (kind !== CharacterClass.VariationSelector && selectorCount > 0) {
      const payload = selectorPayload(selectorBytes, selectorStart, selectorEnd);
      if (payload !== undefined) {
        hidden.push(payload);
        signals.record('variation_selector_payload', selectorStart, selectorEnd);
      }
      selectorBytes = [];
      selectorCount = 0;
    }
    if (kind === CharacterClass.Whitespace) {
      const last = length > 0 ? outCodes[length - 1] : 0;
      if (last === space || last === newline) {
        outEnds[length - 1] = end;
      } else {
        if (current.start >= 0) closeWord(length, space, signals, deferred, foldWords);
        outCodes[length] = space;
        outTwins[length] = 0;
        outStarts[length] = index;
        outEnds[length] = end;
        length++;
      }
    } else if (kind === CharacterClass.Invisible) {
      // Inside a word (letter on both sides) an invisible character can only be there to split it.
      const before = length > 0 ? (outCodes[length - 1] ?? 0) : 0;
      const after = end < textLength ? (input[end] ?? 0) | 0x20 : 0;
      // Soft hyphens (U+00AD) are ordinary typography in text copied from the web.
      if (code !== 0xad && isAsciiLetter(before) && isAsciiLetter(after))
        signals.record('invisible_characters', index, end);
    } else if (kind === CharacterClass.Bidi) {
      signals.record('bidi_controls', index, end);
    } else if (kind === CharacterClass.Tag) {
      if (code >= 0xe0020 && code <= 0xe007e) {
        if (tagStart < 0) tagStart = index;
        tagEnd = end;
        if (tagText.length < 4096) tagText += String.fromCharCode(code - 0xe0000);
      }
      signals.record('tag_characters', index, end);
    } else if (kind === CharacterClass.VariationSelector) {
      if (selectorCount === 0) selectorStart = index;
      selectorEnd = end;
      selectorCount++;
      if (selectorBytes.length < 4096) {
        selectorBytes.push(code >= 0xe0100 ? code - 0xe0100 + 16 : code - 0xfe00);
      }
    } else if (kind === CharacterClass.CombiningMark) {
      combining++;
      if (combining >= 3) signals.record('combining_marks', index, end);
    } else {
      if (kind === CharacterClass.Styled) {
        // A styled word (three letters in a row), not a maths symbol such as 𝑥 or 𝑅.
        styledRun = length === styledEnd ? styledRun + 1 : 1;
        styledEnd = length + folded.text.length;
        if (styledRun === 3) signals.record('styled_letters', index, end);
      } else if (kind === CharacterClass.LatinConfusable) signals.record('homoglyphs', index, end);
      else if (kind === CharacterClass.ForeignConfusable) {
        foreignLetters++;
        mayHaveSpacedLetters = true;
      }
      const out = folded.text;
      for (let inner = 0; inner < out.length; inner++) {
        const outCode = out.charCodeAt(inner);
        if (kind !== CharacterClass.ForeignConfusable && isAsciiLetter(outCode)) latinLetters++;
        if (isWordCode(outCode)) {
          if (current.start < 0) openWord(length);
          if (isAsciiLetter(outCode)) current.latin++;
          else if (outCode >= 0x80 && folded.latin !== 0) {
            current.twins++;
            if (outCode >= 0x400 && outCode < 0x530) current.cyrillicTwins++;
          } else if (outCode < 0x80 && leetTable[outCode] !== 0) {
            current.leet++;
            if (outCode === 0x40) current.at = true;
          } else if (outCode >= 0x370) current.otherForeign++;
        } else if (current.start >= 0) closeWord(length, outCode, signals, deferred, foldWords);
        outCodes[length] = outCode;
        outTwins[length] = folded.latin;
        outStarts[length] = index;
        outEnds[length] = end;
        length++;
      }
    }
    index = end;
  }
  const payload = selectorPayload(selectorBytes, selectorStart, selectorEnd);
  if (payload !== undefined) {
    hidden.push(payload);
    signals.record('variation_selector_payload', selectorStart, selectorEnd);
  }
  if (tagText.length > 0) {
    hidden.push({ kind: 'tag_characters', text: tagText, start: tagStart, end: tagEnd });
  }
  if (
    runStart >= 0 &&
    textLength - runStart >= minimumEncodedRun &&
    encodedRuns.length < maximumEncodedRuns * 2
  ) {
    encodedRuns.push(runStart, textLength);
  }
  if (foldWords) {
    if (current.start >= 0) closeWord(length, 0, signals, deferred, true);
    if (deferred.length > 0 && latinLetters > foreignLetters * 4) {
      for (let at = 0; at + 2 < deferred.length; at += 3) {
        foldDeferredWord(deferred[at] ?? 0, deferred[at + 1] ?? 0, deferred[at + 2] ?? 0, signals);
      }
    }
  }
  return { length, latinLetters, foreignLetters, hidden, encodedRuns, mayHaveSpacedLetters };
}
