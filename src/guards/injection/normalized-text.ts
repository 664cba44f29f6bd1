/** A kind of cheap obfuscation that normalisation undid; its presence is itself evidence. */
export type ObfuscationKind =
  | 'invisible_characters'
  | 'bidi_controls'
  | 'tag_characters'
  | 'variation_selector_payload'
  | 'combining_marks'
  | 'styled_letters'
  | 'homoglyphs'
  | 'leetspeak'
  | 'spaced_letters';

/** How often one kind of obfuscation occurred, and where its first occurrence is. */
export interface ObfuscationSignal {
  readonly kind: ObfuscationKind;
  readonly count: number;
  /** Offsets of the first occurrence in the original text (end exclusive). */
  readonly start: number;
  readonly end: number;
}

/** Text hidden inside invisible characters (Unicode tags, variation selectors), decoded. */
export interface HiddenText {
  readonly kind: 'tag_characters' | 'variation_selector_payload';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The matching view of a text: folded to lower-case Latin where that is what a reader sees, with
 * each character's offsets in the original text so that findings point at what the user wrote.
 */
export interface NormalizedText {
  readonly text: string;
  /** `starts[i]`/`ends[i]`: the original offsets that produced `text[i]`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly signals: readonly ObfuscationSignal[];
  readonly hidden: readonly HiddenText[];
  /**
   * Runs of 16 or more base64/hex-alphabet characters in the original text, as flat
   * `[start, end, start, end, …]` pairs: the candidates for base64 and hex decoding.
   */
  readonly encodedRuns: readonly number[];
}
