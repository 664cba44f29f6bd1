import { foreignConfusables, latinConfusables } from './confusable-characters.js';

/** What normalisation does with one non-ASCII code point. */
export const enum CharacterClass {
  /** Emit `text` (already folded), nothing suspicious. */
  Plain = 0,
  /** Emit `text`; the source was a styled form of an ASCII letter (full-width, maths, circled). */
  Styled = 1,
  /** Emit `text` (the letter itself); `latin` holds its Latin look-alike for mixed-script words. */
  ForeignConfusable = 2,
  Whitespace = 3,
  /** Zero-width and other invisible formatting characters: dropped. */
  Invisible = 4,
  /** Bidirectional overrides and isolates: dropped. */
  Bidi = 5,
  /** Unicode tag characters (U+E0000 block): dropped, decoded as hidden ASCII. */
  Tag = 6,
  /** Variation selectors: dropped; long runs can carry bytes. */
  VariationSelector = 7,
  /** Combining diacritical marks: dropped (defeats "Zalgo" text). */
  CombiningMark = 8,
  /** A Latin-script look-alike (dotless i, small capitals): emit `text`, its plain letter. */
  LatinConfusable = 9,
}

export interface FoldedCharacter {
  readonly kind: CharacterClass;
  readonly text: string;
  /** Latin look-alike as a char code, or 0. */
  readonly latin: number;
}

const cache = new Map<number, FoldedCharacter>();
/** ‘ ’ ‚ ‛ ′ ʼ ˈ → ', and “ ” „ ‟ ″ → ". */
const typographicQuotes = new Map<number, string>([
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x02c8].map((code) => [code, "'"] as const),
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033].map((code) => [code, '"'] as const),
]);
const diacritics = /[\u0300-\u036f]/g;

function classify(code: number): CharacterClass | undefined {
  if (code >= 0xe0000 && code <= 0xe007f) return CharacterClass.Tag;
  if ((code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef))
    return CharacterClass.VariationSelector;
  if (
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f
  )
    return CharacterClass.Bidi;
  if (
    code === 0x00ad ||
    code === 0x034f ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    (code >= 0x180b && code <= 0x180f) ||
    (code >= 0x200b && code <= 0x200d) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0x3164 ||
    code === 0xfeff ||
    code === 0xffa0 ||
    (code >= 0x1d173 && code <= 0x1d17a)
  )
    return CharacterClass.Invisible;
  if (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  )
    return CharacterClass.CombiningMark;
  if (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
    return CharacterClass.Whitespace;
  return undefined;
}

function isAsciiLetters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return text.length > 0;
}

function compute(code: number): FoldedCharacter {
  const special = classify(code);
  if (special !== undefined) return { kind: special, text: ' ', latin: 0 };
  const foreign = foreignConfusables.get(code);
  if (foreign !== undefined) {
    return {
      kind: CharacterClass.ForeignConfusable,
      text: String.fromCodePoint(code).toLowerCase(),
      latin: foreign,
    };
  }
  // Regional indicator symbols (🇦…🇿): two make a flag, more spell words past a filter.
  if (code >= 0x1f1e6 && code <= 0x1f1ff) {
    return {
      kind: CharacterClass.Plain,
      text: String.fromCharCode(0x61 + code - 0x1f1e6),
      latin: 0,
    };
  }
  // Negative circled and negative squared Latin letters (🅐…🅩, 🅰…🆉) have no NFKC form: styled
  // letters like the circled ones NFKC does fold (round seven).
  if ((code >= 0x1f150 && code <= 0x1f169) || (code >= 0x1f170 && code <= 0x1f189)) {
    return {
      kind: CharacterClass.Styled,
      text: String.fromCharCode(0x61 + ((code - 0x1f150) % 0x20)),
      latin: 0,
    };
  }
  // Typographic quotes and apostrophes ("smart punctuation" of phones and word processors): the
  // rules spell "don't" and "you're" with the ASCII apostrophe (round eight).
  const quote = typographicQuotes.get(code);
  if (quote !== undefined) return { kind: CharacterClass.Plain, text: quote, latin: 0 };
  const latin = latinConfusables.get(code);
  if (latin !== undefined)
    return { kind: CharacterClass.Plain, text: String.fromCharCode(latin), latin: 0 };
  const source = String.fromCodePoint(code);
  const compatible = source.normalize('NFKC');
  let folded = compatible.toLowerCase();
  // Accents are dropped from Latin letters only: other scripts need their marks.
  if (code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)) {
    folded = folded.normalize('NFD').replace(diacritics, '');
  }
  let mapped = '';
  for (const character of folded) {
    const inner = character.codePointAt(0) ?? 0;
    const twin = latinConfusables.get(inner);
    mapped += twin === undefined ? character : String.fromCharCode(twin);
  }
  // Latin ligatures (ﬀ, ﬁ …) are typography, not styling.
  const ligature = code >= 0xfb00 && code <= 0xfb06;
  const styled =
    !ligature && compatible !== source && isAsciiLetters(mapped) && !/^[a-z]$/i.test(source);
  return { kind: styled ? CharacterClass.Styled : CharacterClass.Plain, text: mapped, latin: 0 };
}

/** How one non-ASCII code point is folded (memoised: each code point is computed once). */
export function foldCharacter(code: number): FoldedCharacter {
  let folded = cache.get(code);
  if (folded === undefined) {
    folded = compute(code);
    if (cache.size < 65_536) cache.set(code, folded);
  }
  return folded;
}
