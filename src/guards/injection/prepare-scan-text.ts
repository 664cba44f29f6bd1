import type { DecodedPayload } from './decoded-payload.js';
import {
  decodeEmbeddedPayloads,
  defaultDecodeLimits,
  type DecodeLimits,
} from './decode-embedded-payloads.js';
import type { ObfuscationSignal } from './normalized-text.js';
import { normalizeForDetection } from './normalize-for-detection.js';

/**
 * What the detector scans: the normalised text followed by the normalised text of every decoded
 * payload, each character mapped back to the original offsets (a payload's characters map to the
 * whole encoded segment).
 */
export interface ScanText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Characters before this offset come from the visible text; after it, from payloads. */
  readonly mainLength: number;
  readonly signals: readonly ObfuscationSignal[];
  readonly payloads: readonly DecodedPayload[];
}

const nestedLimits: DecodeLimits = {
  maxCandidates: 4,
  maxSegmentLength: 2048,
  maxDecodedLength: 2048,
};

export function prepareScanText(
  original: string,
  limits: DecodeLimits = defaultDecodeLimits,
): ScanText {
  const main = normalizeForDetection(original);
  const payloads = decodeEmbeddedPayloads(original, main, limits);
  if (payloads.length === 0) {
    return {
      text: main.text,
      starts: main.starts,
      ends: main.ends,
      mainLength: main.text.length,
      signals: main.signals,
      payloads,
    };
  }
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
  starts.set(main.starts);
  ends.set(main.ends);
  let offset = main.text.length;
  let text = main.text;
  for (const part of parts) {
    text += '\n' + part.text;
    starts.fill(part.start, offset, offset + part.text.length + 1);
    ends.fill(part.end, offset, offset + part.text.length + 1);
    offset += part.text.length + 1;
  }
  return { text, starts, ends, mainLength: main.text.length, signals, payloads };
}
