import { assembleFragments } from './assemble-fragments.js';
import type { DecodedPayload } from './decoded-payload.js';
import {
  decodeEmbeddedPayloads,
  defaultDecodeLimits,
  type DecodeLimits,
} from './decode-embedded-payloads.js';
import { featureBufferFor } from './collect-features.js';
import { clearSeenFeatures } from './feature-hashing.js';
import type { ObfuscationSignal } from './normalized-text.js';
import {
  normalizeForDetection,
  normalizeView,
  type NormalizedView,
} from './normalize-for-detection.js';
import { scanWords, type WordScan } from './scan-words.js';
import { countTransformedWords } from './transformed-vocabulary.js';

/**
 * What the detector scans: the normalised text followed by the normalised text of every decoded
 * payload, each character mapped back to the original offsets (a payload's characters map to the
 * whole encoded segment).
 */
export interface ScanText {
  readonly text: string;
  /** `text` as UTF-16 code units (for the passes that read every character). */
  readonly codes: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Characters before this offset come from the visible text; after it, from payloads. */
  readonly mainLength: number;
  readonly signals: readonly ObfuscationSignal[];
  readonly payloads: readonly DecodedPayload[];
  /**
   * Quoted pieces joined, when the text asks for pieces to be put together (raw, not normalised;
   * see `assembleFragments`). Not part of `text`: only the rules of `scope: 'payload'` read it.
   */
  readonly assembled: string | undefined;
}

/** The scan of a text without payloads: the normalised view itself (its arrays cut when read). */
class VisibleScan implements ScanText {
  readonly text: string;
  readonly mainLength: number;
  readonly signals: readonly ObfuscationSignal[];

  constructor(
    private readonly view: NormalizedView,
    readonly payloads: readonly DecodedPayload[],
    readonly assembled: string | undefined,
  ) {
    this.text = view.text;
    this.mainLength = view.text.length;
    this.signals = view.signals;
  }

  get codes(): Uint16Array {
    return this.view.codes;
  }

  get starts(): Int32Array {
    return this.view.starts;
  }

  get ends(): Int32Array {
    return this.view.ends;
  }
}

const nestedLimits: DecodeLimits = {
  maxCandidates: 4,
  maxSegmentLength: 2048,
  maxDecodedLength: 2048,
};

/**
 * Normalises `original` and decodes its hidden payloads. Without payloads (almost always) the
 * arrays are the normaliser's scratch buffers, valid until the next call; with payloads they are
 * owned.
 */
export function prepareScanText(
  original: string,
  limits: DecodeLimits = defaultDecodeLimits,
): ScanText {
  return prepareScan(original, limits, false).scan;
}

/**
 * {@link prepareScanText} and the word scan of the result (`scanWords`; with `withFeatures`, the
 * character 4-grams hashed into the shared feature buffer, returned as `features`). The visible
 * text is scanned first, which also tells the decoder whether ROT13 or reversed override words
 * occur; only when payloads were decoded is the combined text scanned again.
 */
export function prepareScan(
  original: string,
  limits: DecodeLimits,
  withFeatures: boolean,
): { scan: ScanText; words: WordScan; features: Int32Array | null } {
  const main = normalizeView(original);
  let features = withFeatures ? featureBufferFor(main.text.length) : null;
  let words = scanWords(main.text, main.codes, features);
  const vocabulary = countTransformedWords(words);
  const payloads = decodeEmbeddedPayloads(original, main, limits, vocabulary);
  const assembled = assembleFragments(original, main.text, vocabulary);
  if (payloads.length === 0) {
    return { scan: new VisibleScan(main, payloads, assembled), words, features };
  }
  if (features !== null) clearSeenFeatures(features, words.featureCount);
  // The main view's arrays are scratch: keep them before normalising the payloads.
  const mainStarts = main.starts.slice();
  const mainEnds = main.ends.slice();
  // Payloads are normalised too, and decoded once more (base64 inside base64 and the like).
  const parts: { text: string; start: number; end: number }[] = [];
  const signals = [...main.signals];
  for (const payload of payloads) {
    const normalized = normalizeForDetection(payload.text);
    parts.push({ text: normalized.text, start: payload.start, end: payload.end });
    signals.push(...normalized.signals);
    for (const nested of decodeEmbeddedPayloads(payload.text, normalized, nestedLimits)) {
      if (nested.encoding === 'rot13' || nested.encoding === 'reversed') continue;
      parts.push({
        text: normalizeForDetection(nested.text).text,
        start: payload.start,
        end: payload.end,
      });
    }
  }
  let total = main.text.length;
  for (const part of parts) total += part.text.length + 1;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  starts.set(mainStarts);
  ends.set(mainEnds);
  let offset = main.text.length;
  let text = main.text;
  for (const part of parts) {
    text += '\n' + part.text;
    starts.fill(part.start, offset, offset + part.text.length + 1);
    ends.fill(part.end, offset, offset + part.text.length + 1);
    offset += part.text.length + 1;
  }
  const codes = new Uint16Array(text.length);
  Buffer.from(codes.buffer).write(text, 0, text.length * 2, 'utf16le');
  const scan = {
    text,
    codes,
    starts,
    ends,
    mainLength: main.text.length,
    signals,
    payloads,
    assembled,
  };
  if (features !== null) features = featureBufferFor(text.length);
  words = scanWords(text, codes, features);
  return { scan, words, features };
}
