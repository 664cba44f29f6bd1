/** How a hidden payload was encoded. */
export type PayloadEncoding =
  | 'base64'
  | 'hex'
  | 'url_encoding'
  | 'unicode_escapes'
  | 'html_entities'
  | 'rot13'
  | 'reversed'
  | 'morse'
  | 'tag_characters'
  | 'variation_selector_payload';

/** A segment of the original text that decoded to readable text, which is scanned too. */
export interface DecodedPayload {
  readonly encoding: PayloadEncoding;
  readonly text: string;
  /** Offsets of the encoded segment in the original text (end exclusive). */
  readonly start: number;
  readonly end: number;
}
