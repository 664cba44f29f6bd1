import type { PiiFinding, PiiType } from './pii-finding.js';
import { piiPatterns } from './pii-patterns.js';

export interface DetectPiiOptions {
  /** Only these types (default: all). */
  readonly types?: ReadonlySet<PiiType>;
  /** Include the matched text in each finding (default true). */
  readonly includeValues?: boolean;
}

/**
 * Finds e-mail addresses, phone numbers, payment cards (Luhn-checked), IBANs (mod-97 checked),
 * US SSNs, IP addresses and credentials (cloud and LLM API keys, GitHub and Slack tokens, JWTs,
 * private key blocks). Findings do not overlap; they are sorted by position.
 */
export function detectPii(text: string, options: DetectPiiOptions = {}): PiiFinding[] {
  const includeValues = options.includeValues ?? true;
  const candidates: { type: PiiType; start: number; end: number; priority: number }[] = [];
  piiPatterns.forEach((detector, priority) => {
    if (options.types !== undefined && !options.types.has(detector.type)) return;
    if (detector.requires !== undefined && !text.includes(detector.requires)) return;
    if (detector.find !== undefined) {
      detector.find(text, (start, end) => {
        if (detector.validate !== undefined && !detector.validate(text.slice(start, end))) return;
        candidates.push({ type: detector.type, start, end, priority });
      });
      return;
    }
    detector.pattern.lastIndex = 0;
    for (
      let match = detector.pattern.exec(text);
      match !== null;
      match = detector.pattern.exec(text)
    ) {
      const value = match[0];
      if (value.length === 0) {
        detector.pattern.lastIndex++;
        continue;
      }
      if (detector.validate !== undefined && !detector.validate(value)) continue;
      candidates.push({
        type: detector.type,
        start: match.index,
        end: match.index + value.length,
        priority,
      });
    }
  });
  // Higher-priority (earlier) patterns win overlaps, then longer matches.
  candidates.sort(
    (left, right) =>
      left.priority - right.priority || right.end - right.start - (left.end - left.start),
  );
  const kept: typeof candidates = [];
  for (const candidate of candidates) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end))
      kept.push(candidate);
  }
  kept.sort((left, right) => left.start - right.start);
  return kept.map((finding) =>
    includeValues
      ? {
          type: finding.type,
          start: finding.start,
          end: finding.end,
          value: text.slice(finding.start, finding.end),
        }
      : { type: finding.type, start: finding.start, end: finding.end },
  );
}
