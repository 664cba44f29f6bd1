import type { PiiPattern } from './pii-patterns.js';

/*
 * The cheap checks that let `detectPii` skip a pattern before running it: the characters every
 * match holds (`needs`, found for all patterns in one pass over a short text) and the substrings
 * (`requires`). Most prompts hold none of them, so most run no PII regex at all.
 */

/** The characters a pattern's `needs` may name, one bit each (`0`: any ASCII digit). */
const needCharacters = '0@:.-_/A';
const classBits = new Uint16Array(128);
if (needCharacters.length > 16) throw new Error('pii-prefilter: more classes than classBits holds');
for (let code = 0x30; code <= 0x39; code++) classBits[code] = 1;
for (let index = 1; index < needCharacters.length; index++) {
  classBits[needCharacters.charCodeAt(index)] = 1 << index;
}
const allClasses = (1 << needCharacters.length) - 1;
/** Longer texts skip the class pass: `includes` is faster than a loop over many characters. */
const classPassLimit = 1024;

function maskOf(characters: string): number {
  let mask = 0;
  for (const character of characters) {
    const index = needCharacters.indexOf(character);
    if (index < 0) {
      throw new Error(`pii-patterns: "${character}" is not a class in ${needCharacters}`);
    }
    mask |= 1 << index;
  }
  return mask;
}

/** Per pattern, the class sets of which a text must hold one (empty: no condition). */
export function neededClassesOf(patterns: readonly PiiPattern[]): readonly (readonly number[])[] {
  return patterns.map((pattern) =>
    pattern.needs === undefined
      ? []
      : typeof pattern.needs === 'string'
        ? [maskOf(pattern.needs)]
        : pattern.needs.map(maskOf),
  );
}

/** The classes of the `needs` characters that occur in `text`, in one pass (all, for long texts). */
export function classesIn(text: string): number {
  if (text.length > classPassLimit) return allClasses;
  let mask = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) mask |= classBits[code] ?? 0;
  }
  return mask;
}

/**
 * Whether `pattern` can match a text that holds the character classes `present`: one of its
 * `needed` class sets is there, and one of its required substrings. Loops, not `some`: this runs
 * for every pattern of every scanned message, and a callback would be allocated each time.
 */
export function mayMatch(
  pattern: PiiPattern,
  needed: readonly number[],
  present: number,
  text: string,
): boolean {
  if (needed.length > 0) {
    let held = false;
    for (const mask of needed) if ((present & mask) === mask) held = true;
    if (!held) return false;
  }
  const requires = pattern.requires;
  if (requires === undefined) return true;
  if (typeof requires === 'string') return text.includes(requires);
  for (const needle of requires) if (text.includes(needle)) return true;
  return false;
}
