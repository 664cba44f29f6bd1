/** FNV-1a over the first four characters of a word (or all of it when shorter). */
export function wordPrefixHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  const stop = Math.min(end, start + 4);
  for (let index = start; index < stop; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/** Characters that make up words for rule gating: ASCII letters and digits, and other letters. */
export function isGateWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  // Surrogates (emoji and other astral symbols) separate words, as for `\b`.
  return (
    code >= 0xc0 &&
    !(code >= 0x2000 && code <= 0x2bff) &&
    !(code >= 0xd800 && code <= 0xdfff) &&
    !isCjkCode(code)
  );
}

/** Chinese, Japanese kana and Korean Hangul: scripts written without spaces between words. */
export function isCjkCode(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}
