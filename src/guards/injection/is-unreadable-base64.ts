/*
 * Most base64-alphabet runs in ordinary text are long words, paths and identifiers
 * (`works/ChatCraftServer`, `ultra-intelligent`): they decode to bytes that are not UTF-8, so
 * `Buffer.toString` puts U+FFFD in them and the decoder drops them as unreadable. Reading the
 * sextets here shows that without allocating the bytes or the string.
 */

/** Sextet of each ASCII code (-1: not base64), both alphabets as Node decodes them. */
const sextets = new Int8Array(128).fill(-1);
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
for (let index = 0; index < alphabet.length; index++) sextets[alphabet.charCodeAt(index)] = index;
sextets[0x2b] = 62; // +
sextets[0x2d] = 62; // -
sextets[0x2f] = 63; // /
sextets[0x5f] = 63; // _

/**
 * True when `Buffer.from(segment, 'base64')` is surely not valid UTF-8 (so its decoded text holds
 * U+FFFD and is unreadable). False means "decode it and see": a segment with padding or any
 * character outside the two base64 alphabets is never judged here.
 *
 * The bytes are those Node decodes from an unpadded segment (each sextet in turn, trailing bits
 * that make no whole byte dropped). Only definite UTF-8 errors count: a continuation byte with no
 * lead before it, a lead byte not followed by enough continuation bytes, and bytes that never
 * occur in UTF-8 (C0, C1, F5-FF). Valid UTF-8 never shows any of these.
 */
export function isUnreadableBase64(segment: string): boolean {
  let bits = 0;
  let bitCount = 0;
  /** Continuation bytes the current multi-byte sequence still needs. */
  let expected = 0;
  for (let index = 0; index < segment.length; index++) {
    const code = segment.charCodeAt(index);
    const sextet = code < 0x80 ? (sextets[code] ?? -1) : -1;
    if (sextet < 0) return false;
    bits = ((bits << 6) | sextet) & 0xfff;
    bitCount += 6;
    if (bitCount < 8) continue;
    bitCount -= 8;
    const byte = (bits >> bitCount) & 0xff;
    if (byte < 0x80) {
      if (expected > 0) return true;
    } else if (byte < 0xc0) {
      if (expected === 0) return true;
      expected--;
    } else {
      if (expected > 0 || byte < 0xc2 || byte > 0xf4) return true;
      expected = byte < 0xe0 ? 1 : byte < 0xf0 ? 2 : 3;
    }
  }
  return expected > 0;
}
