import { CharacterClass, foldCharacter } from './fold-character.js';
import type { HiddenText, NormalizedText } from './normalized-text.js';
import { SignalRecorder } from './signal-recorder.js';

/*
 * Two passes over reusable scratch buffers (no per-character allocation):
 * 1. per code point: NFKC and case folding, look-alike letters, invisible characters dropped
 *    (tag characters and variation-selector runs decoded as hidden text), whitespace collapsed;
 * 2. per word: letters spelled out with separators joined (`i g n o r e`, `i.g.n.o.r.e`),
 *    Cyrillic/Greek look-alikes folded inside mixed-script words, leetspeak folded.
 */

let capacity = 0;
let codes = new Uint16Array(0);
let latinTwins = new Uint16Array(0);
let sourceStarts = new Int32Array(0);
let sourceEnds = new Int32Array(0);
let deleted = new Uint8Array(0);
let twinsOut = new Uint16Array(0);

function ensureCapacity(size: number): void {
  if (size <= capacity) return;
  capacity = Math.max(size, capacity * 2, 1024);
  // Scratch contents never outlive one call: fresh buffers need no copy.
  codes = new Uint16Array(capacity);
  latinTwins = new Uint16Array(capacity);
  sourceStarts = new Int32Array(capacity);
  sourceEnds = new Int32Array(capacity);
  deleted = new Uint8Array(capacity);
  twinsOut = new Uint16Array(capacity);
}

const space = 0x20;
const newline = 0x0a;

function isAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x40 ||
      code === 0x24
    );
  }
  // General punctuation, CJK punctuation and full-width punctuation separate words.
  return !(
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xff20) ||
    code === 0xa0
  );
}

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

/** Separators attackers put between spelled-out letters. */
function isLetterSeparator(code: number): boolean {
  return (
    code === space ||
    code === 0x2e ||
    code === 0x2d ||
    code === 0x5f ||
    code === 0x2a ||
    code === 0x7c ||
    code === 0x2f ||
    code === 0x2b ||
    code === 0x7e
  );
}

interface Pass1Result {
  length: number;
  latinLetters: number;
  foreignLetters: number;
  hidden: HiddenText[];
}

function firstPass(text: string, signals: SignalRecorder): Pass1Result {
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
  const flushSelectors = (): void => {
    if (selectorBytes.length >= 4) {
      const decoded = Buffer.from(selectorBytes).toString('utf8');
      hidden.push({
        kind: 'variation_selector_payload',
        text: decoded,
        start: selectorStart,
        end: selectorEnd,
      });
      signals.record('variation_selector_payload', selectorStart, selectorEnd);
    }
    selectorBytes = [];
  };
  const push = (code: number, start: number, end: number, twin: number): void => {
    codes[length] = code;
    latinTwins[length] = twin;
    sourceStarts[length] = start;
    sourceEnds[length] = end;
    length++;
  };
  const pushWhitespace = (code: number, start: number, end: number): void => {
    if (length > 0) {
      const last = codes[length - 1];
      if (last === space || last === newline) {
        if (code === newline) codes[length - 1] = newline;
        sourceEnds[length - 1] = end;
        return;
      }
    }
    push(code, start, end, 0);
  };
  for (let index = 0; index < text.length;) {
    let code = text.charCodeAt(index);
    let width = 1;
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) code += 0x20;
      if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c) {
        pushWhitespace(space, index, index + 1);
      } else if (code === 0x0a || code === 0x0d) {
        pushWhitespace(newline, index, index + 1);
      } else {
        if (isAsciiLetter(code)) latinLetters++;
        push(code, index, index + 1, 0);
      }
      index++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const full = text.codePointAt(index);
      if (full !== undefined && full > 0xffff) {
        code = full;
        width = 2;
      }
    }
    const end = index + width;
    const folded = foldCharacter(code);
    switch (folded.kind) {
      case CharacterClass.Whitespace:
        pushWhitespace(space, index, end);
        break;
      case CharacterClass.Invisible: {
        // Inside a word (letter on both sides) an invisible character can only be there to split it.
        const before = length > 0 ? (codes[length - 1] ?? 0) : 0;
        const after = (text.charCodeAt(end) | 0x20) >>> 0;
        if (isAsciiLetter(before) && isAsciiLetter(after))
          signals.record('invisible_characters', index, end);
        break;
      }
      case CharacterClass.Bidi:
        signals.record('bidi_controls', index, end);
        break;
      case CharacterClass.Tag:
        if (code >= 0xe0020 && code <= 0xe007e) {
          if (tagStart < 0) tagStart = index;
          tagEnd = end;
          if (tagText.length < 4096) tagText += String.fromCharCode(code - 0xe0000);
        }
        signals.record('tag_characters', index, end);
        break;
      case CharacterClass.VariationSelector:
        if (selectorBytes.length === 0) selectorStart = index;
        selectorEnd = end;
        if (selectorBytes.length < 4096) {
          selectorBytes.push(code >= 0xe0100 ? code - 0xe0100 + 16 : code - 0xfe00);
        }
        break;
      case CharacterClass.CombiningMark:
        combining++;
        if (combining >= 3) signals.record('combining_marks', index, end);
        break;
      default: {
        if (folded.kind === CharacterClass.Styled) signals.record('styled_letters', index, end);
        if (folded.kind === CharacterClass.LatinConfusable)
          signals.record('homoglyphs', index, end);
        if (folded.kind === CharacterClass.ForeignConfusable) foreignLetters++;
        const out = folded.text;
        for (let inner = 0; inner < out.length; inner++) {
          const outCode = out.charCodeAt(inner);
          if (isAsciiLetter(outCode) && folded.kind !== CharacterClass.ForeignConfusable)
            latinLetters++;
          push(outCode, index, end, folded.latin);
        }
      }
    }
    if (folded.kind !== CharacterClass.VariationSelector && selectorBytes.length > 0)
      flushSelectors();
    index = end;
  }
  flushSelectors();
  if (tagText.length > 0)
    hidden.push({ kind: 'tag_characters', text: tagText, start: tagStart, end: tagEnd });
  return { length, latinLetters, foreignLetters, hidden };
}

/** Marks separators inside runs of four or more spelled-out single characters for deletion. */
function markSpacedLetters(length: number, signals: SignalRecorder): void {
  deleted.fill(0, 0, length);
  let index = 0;
  while (index < length) {
    const separator = codes[index + 1] ?? 0;
    const isRunStart =
      isWordCode(codes[index] ?? 0) &&
      (index === 0 || !isWordCode(codes[index - 1] ?? 0)) &&
      index + 2 < length &&
      isLetterSeparator(separator);
    if (!isRunStart) {
      index++;
      continue;
    }
    let cursor = index;
    let singles = 0;
    let letters = 0;
    let lastSingle = index;
    for (;;) {
      const code = codes[cursor] ?? 0;
      if (!isWordCode(code) || (cursor + 1 < length && isWordCode(codes[cursor + 1] ?? 0))) break;
      singles++;
      if (code >= 0x61) letters++;
      lastSingle = cursor;
      const gap = codes[cursor + 1] ?? 0;
      if (cursor + 2 >= length || (gap !== separator && gap !== space)) break;
      cursor += 2;
    }
    if (singles >= 4 && letters >= 3) {
      for (let inner = index + 1; inner < lastSingle; inner += 2) {
        const gap = codes[inner] ?? 0;
        // A wider gap (two spaces, or a space in a dotted run) marks a word break: keep it.
        const wide =
          gap === space &&
          (separator !== space || (sourceEnds[inner] ?? 0) - (sourceStarts[inner] ?? 0) >= 2);
        if (!wide) deleted[inner] = 1;
      }
      signals.record('spaced_letters', sourceStarts[index] ?? 0, sourceEnds[lastSingle] ?? 0);
    }
    index = lastSingle + 1;
  }
}

/**
 * Folds text into its matching view (see the pass comments above). Work is linear in the text
 * length; each distinct non-ASCII code point is folded once and memoised.
 */
export function normalizeForDetection(text: string): NormalizedText {
  ensureCapacity(text.length * 2 + 16);
  const signals = new SignalRecorder();
  const first = firstPass(text, signals);
  let length = first.length;
  if (length > capacity) length = capacity;
  markSpacedLetters(length, signals);
  const mostlyLatin = first.latinLetters > first.foreignLetters * 4;
  const out = new Uint16Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
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
    let latin = 0;
    let twins = 0;
    let otherForeign = 0;
    let leet = 0;
    while (index < length && (deleted[index] === 1 || isWordCode(codes[index] ?? 0))) {
      if (deleted[index] === 1) {
        index++;
        continue;
      }
      const wordCode = codes[index] ?? 0;
      if (isAsciiLetter(wordCode)) latin++;
      else if ((latinTwins[index] ?? 0) !== 0) twins++;
      else if (wordCode < 0x80 && leetLetters[wordCode] !== 0) leet++;
      else if (wordCode >= 0x370) otherForeign++;
      out[size] = wordCode;
      twinsOut[size] = latinTwins[index] ?? 0;
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
      if (latin > 0) signals.record('homoglyphs', starts[wordStart] ?? 0, ends[size - 1] ?? 0);
      latin += twins;
    }
    // `user@example.com` is an address, not leetspeak.
    const address = codes[index] === 0x2e && out.subarray(wordStart, size).includes(0x40);
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
  };
}

const chunk = 8192;

function decodeCodes(out: Uint16Array, size: number): string {
  if (size <= chunk) return String.fromCharCode(...out.subarray(0, size));
  let result = '';
  for (let offset = 0; offset < size; offset += chunk) {
    result += String.fromCharCode(...out.subarray(offset, Math.min(size, offset + chunk)));
  }
  return result;
}
