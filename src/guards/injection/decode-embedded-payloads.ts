import type { DecodedPayload, PayloadEncoding } from './decoded-payload.js';
import { decodeMorse, morseRun } from './decode-morse.js';
import { isUnreadableBase64 } from './is-unreadable-base64.js';
import type { NormalizedText } from './normalized-text.js';

/** Bounds on decoding work, so that hostile text cannot make a scan expensive. */
export interface DecodeLimits {
  /** Encoded candidates examined per text. */
  readonly maxCandidates: number;
  /** Characters of one candidate that are decoded. */
  readonly maxSegmentLength: number;
  /** Decoded characters kept per text. */
  readonly maxDecodedLength: number;
}

export const defaultDecodeLimits: DecodeLimits = {
  maxCandidates: 24,
  maxSegmentLength: 4096,
  maxDecodedLength: 8192,
};

// Escaped forms, each scanned only when its marker character sequence occurs in the text.
const escapedSegments: readonly { readonly marker: string; readonly pattern: RegExp }[] = [
  { marker: '\\x', pattern: /(?:\\x[0-9a-fA-F]{2}){4,}/g },
  { marker: '%', pattern: /(?:%[0-9a-fA-F]{2}[A-Za-z0-9._~+-]{0,32}){3,}/g },
  { marker: '\\u', pattern: /(?:\\u[0-9a-fA-F]{4}){3,}/g },
  { marker: '&#', pattern: /(?:&#x?[0-9a-fA-F]{1,6};){3,}/g },
];

// Override vocabulary as it reads after ROT13 (group 1) and reversed (group 2): the gate for
// decoding the whole text when no word scan is at hand (see `countTransformedWords`).
const transformedWords =
  /\b(?:(vtaber|qvfertneq|sbetrg|cerivbhf|vafgehpgvbaf?|flfgrz|cebzcg|wnvyoernx|olcnff|erirny|cnffjbeq|ehyrf|ebg13)|(erongi|dragersid|tegrof|suoiverp|snoitcurtsni|tpmorp|metsys|kaerbliaj|ssapyb|laever|drowssap))\b/g;

const hexOnly = /^[0-9a-fA-F]+$/;
const replacement = '\uFFFD';

function isReadable(text: string): boolean {
  if (text.length < 6 || text.includes(replacement)) return false;
  let printable = 0;
  let letters = 0;
  let spaces = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20) spaces++;
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0) letters++;
    if ((code >= 0x20 && code < 0x7f) || code === 0x0a || code === 0x09 || code >= 0xa0)
      printable++;
  }
  return printable >= text.length * 0.95 && letters >= text.length * 0.5 && spaces >= 1;
}

function decodeBytes(bytes: Buffer): string {
  return bytes.toString('utf8');
}

function decodeSegment(segment: string): { encoding: PayloadEncoding; text: string } | undefined {
  if (segment.startsWith('\\x')) {
    return { encoding: 'hex', text: decodeBytes(Buffer.from(segment.replace(/\\x/g, ''), 'hex')) };
  }
  if (segment.startsWith('\\u')) {
    const text = segment.replace(/\\u([0-9a-fA-F]{4})/g, (_match, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    return { encoding: 'unicode_escapes', text };
  }
  if (segment.startsWith('&#')) {
    const text = segment.replace(
      /&#(x?)([0-9a-fA-F]{1,6});/g,
      (_match, x: string, digits: string) => {
        const code = parseInt(digits, x === '' ? 10 : 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      },
    );
    return { encoding: 'html_entities', text };
  }
  if (segment.includes('%')) {
    try {
      return { encoding: 'url_encoding', text: decodeURIComponent(segment.replace(/\+/g, ' ')) };
    } catch {
      return undefined;
    }
  }
  if (hexOnly.test(segment) && segment.length % 2 === 0) {
    const text = decodeBytes(Buffer.from(segment, 'hex'));
    if (isReadable(text)) return { encoding: 'hex', text };
  }
  // Most runs are words and paths whose bytes are not UTF-8: no need to decode them.
  if (isUnreadableBase64(segment)) return undefined;
  return { encoding: 'base64', text: decodeBytes(Buffer.from(segment, 'base64')) };
}

function rot13(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) out += String.fromCharCode(((code - 0x61 + 13) % 26) + 0x61);
    else out += text[index];
  }
  return out;
}

function countTransformedWords(text: string): { rot13: number; reversed: number } {
  let rot13 = 0;
  let reversed = 0;
  transformedWords.lastIndex = 0;
  for (
    let match = transformedWords.exec(text);
    match !== null;
    match = transformedWords.exec(text)
  ) {
    if (match[1] !== undefined) rot13++;
    else reversed++;
  }
  return { rot13, reversed };
}

/**
 * Finds segments that hide text from a reader (base64, hex, URL, Unicode and HTML escapes, ROT13,
 * reversed text, invisible tag characters) and decodes them, within `limits`. Decoded text that is
 * not readable is dropped, so hashes and identifiers cost one failed decode each. `transformed`:
 * the ROT13 and reversed override words already counted on a word scan (else a regex counts them).
 */
export function decodeEmbeddedPayloads(
  original: string,
  normalized: NormalizedText,
  limits: DecodeLimits = defaultDecodeLimits,
  transformed?: { readonly rot13: number; readonly reversed: number },
): DecodedPayload[] {
  const payloads: DecodedPayload[] = [];
  let budget = limits.maxDecodedLength;
  for (const hidden of normalized.hidden) {
    const text = hidden.text.slice(0, budget);
    budget -= text.length;
    payloads.push({ encoding: hidden.kind, text, start: hidden.start, end: hidden.end });
  }
  let candidates = 0;
  const consider = (start: number, end: number): void => {
    if (++candidates > limits.maxCandidates || budget <= 0) return;
    const segment = original.slice(start, Math.min(end, start + limits.maxSegmentLength));
    const decoded = decodeSegment(segment);
    if (decoded === undefined || !isReadable(decoded.text)) return;
    const text = decoded.text.slice(0, budget);
    budget -= text.length;
    payloads.push({ ...decoded, text, start, end });
  };
  const runs = normalized.encodedRuns;
  for (let index = 0; index + 1 < runs.length; index += 2)
    consider(runs[index] ?? 0, runs[index + 1] ?? 0);
  for (const { marker, pattern } of escapedSegments) {
    if (!original.includes(marker)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(original); match !== null; match = pattern.exec(original)) {
      let start = match.index;
      // A URL-encoded run starts at its first escape: take the plain characters before it too.
      if (marker === '%') {
        while (
          start > 0 &&
          start > match.index - 64 &&
          /[A-Za-z0-9._~+-]/.test(original[start - 1] ?? '')
        ) {
          start--;
        }
      }
      consider(start, match.index + match[0].length);
    }
  }
  if (original.includes('.-') || original.includes('-.')) {
    morseRun.lastIndex = 0;
    for (let match = morseRun.exec(original); match !== null; match = morseRun.exec(original)) {
      if (++candidates > limits.maxCandidates || budget <= 0) break;
      const text = decodeMorse(match[0].slice(0, limits.maxSegmentLength)).slice(0, budget);
      if (!isReadable(text)) continue;
      budget -= text.length;
      payloads.push({
        encoding: 'morse',
        text,
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  const scanned = normalized.text.slice(0, limits.maxDecodedLength);
  const vocabulary = transformed ?? countTransformedWords(scanned);
  if (budget > 0 && vocabulary.rot13 >= 2) {
    const text = rot13(scanned).slice(0, budget);
    budget -= text.length;
    payloads.push({ encoding: 'rot13', text, start: 0, end: original.length });
  }
  if (budget > 0 && vocabulary.reversed >= 2) {
    const text = [...scanned].reverse().join('').slice(0, budget);
    payloads.push({ encoding: 'reversed', text, start: 0, end: original.length });
  }
  return payloads;
}
