import { CharacterClass, foldCharacter } from './fold-character.js';
import type { HiddenText } from './normalized-text.js';
import {
  alphanumericClass,
  asciiClasses,
  base64Class,
  isAsciiLetter,
  newline,
  scratch,
  separatorClass,
  space,
} from './normalization-scratch.js';
import type { SignalRecorder } from './signal-recorder.js';

/*
 * Pass 1 of normalisation, per code point: NFKC and case folding, look-alike letters (their Latin
 * twin kept aside for pass 2), invisible characters dropped (tag characters and variation-selector
 * runs decoded as hidden text), whitespace collapsed. Also notes base64/hex runs and whether
 * spelled-out letters may occur, so later stages need no pass of their own.
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

/** Runs of base64/hex-alphabet characters at least this long are decoding candidates. */
const minimumEncodedRun = 16;
const maximumEncodedRuns = 32;

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

export function foldCodePoints(text: string, signals: SignalRecorder): Pass1Result {
  // Locals, not closures: this loop runs once per character.
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
  const encodedRuns: number[] = [];
  let runStart = -1;
  let singles = 0;
  let previousAlphanumeric = false;
  let previousTokenSingle = false;
  let previousSeparatorOrStart = true;
  let mayHaveSpacedLetters = false;
  let selectorCount = 0;
  const textLength = text.length;
  for (let index = 0; index < textLength;) {
    let code = text.charCodeAt(index);
    if (code < 0x80) {
      const classes = asciiClasses[code] ?? 0;
      // Base64/hex runs are collected here, in the pass that reads every character anyway.
      if ((classes & base64Class) !== 0) {
        if (runStart < 0) runStart = index;
      } else if (runStart >= 0) {
        if (index - runStart >= minimumEncodedRun && encodedRuns.length < maximumEncodedRuns * 2) {
          encodedRuns.push(runStart, index);
        }
        runStart = -1;
      }
      // One-character tokens between separators (`i g n o r e`), tracked on the fly.
      if ((classes & alphanumericClass) !== 0) {
        if (previousAlphanumeric) singles = 0;
        previousAlphanumeric = true;
        previousTokenSingle = !previousSeparatorOrStart ? false : true;
        previousSeparatorOrStart = false;
      } else {
        if ((classes & separatorClass) !== 0) {
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
          outCodes[length] = isSpace ? space : newline;
          outStarts[length] = index;
          outEnds[length] = index + 1;
          length++;
        }
      } else {
        if (code >= 0x41 && code <= 0x5a) code += 0x20;
        if ((classes & alphanumericClass) !== 0 && code >= 0x61) latinLetters++;
        outCodes[length] = code;
        outStarts[length] = index;
        outEnds[length] = index + 1;
        length++;
      }
      index++;
      continue;
    }
    if (runStart >= 0) {
      if (index - runStart >= minimumEncodedRun && encodedRuns.length < maximumEncodedRuns * 2) {
        encodedRuns.push(runStart, index);
      }
      runStart = -1;
    }
    singles = 0;
    previousAlphanumeric = false;
    previousSeparatorOrStart = false;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < textLength) {
      const full = text.codePointAt(index);
      if (full !== undefined && full > 0xffff) {
        code = full;
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
        outCodes[length] = space;
        outTwins[length] = 0;
        outStarts[length] = index;
        outEnds[length] = end;
        length++;
      }
    } else if (kind === CharacterClass.Invisible) {
      // Inside a word (letter on both sides) an invisible character can only be there to split it.
      const before = length > 0 ? (outCodes[length - 1] ?? 0) : 0;
      const after = (text.charCodeAt(end) | 0x20) >>> 0;
      if (isAsciiLetter(before) && isAsciiLetter(after))
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
      if (kind === CharacterClass.Styled) signals.record('styled_letters', index, end);
      else if (kind === CharacterClass.LatinConfusable) signals.record('homoglyphs', index, end);
      else if (kind === CharacterClass.ForeignConfusable) {
        foreignLetters++;
        mayHaveSpacedLetters = true;
      }
      const out = folded.text;
      for (let inner = 0; inner < out.length; inner++) {
        const outCode = out.charCodeAt(inner);
        if (kind !== CharacterClass.ForeignConfusable && isAsciiLetter(outCode)) latinLetters++;
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
  return { length, latinLetters, foreignLetters, hidden, encodedRuns, mayHaveSpacedLetters };
}
