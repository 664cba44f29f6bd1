import type { Guard } from './guard.js';
import { detectPii } from './pii/detect-pii.js';
import type { PiiType } from './pii/pii-finding.js';

/** One text's security check, as `llm-gateway scan` and `POST /v1/guard/scan` report it. */
export interface ScanResult {
  /** The injection score reached the threshold. */
  readonly flagged: boolean;
  /** Injection score in [0, 1]. */
  readonly score: number;
  /** Attack categories behind the score (only when flagged). */
  readonly categories: readonly string[];
  /** Where the injection evidence is (character offsets, end exclusive). */
  readonly spans: readonly {
    readonly category: string;
    readonly start: number;
    readonly end: number;
  }[];
  /** Personal data and credentials found, by type and position; never their values. */
  readonly pii: readonly { readonly type: PiiType; readonly start: number; readonly end: number }[];
}

/** Runs the injection detector and the PII detector over one text. */
export function scanText(injection: Guard, threshold: number, text: string): ScanResult {
  const verdict = injection.check(text);
  const flagged = verdict.score >= threshold;
  const categories = flagged
    ? [...new Set(verdict.findings.map((finding) => finding.category))]
    : [];
  return {
    flagged,
    score: Math.round(verdict.score * 1000) / 1000,
    categories,
    spans: flagged
      ? verdict.findings.flatMap((finding) =>
          finding.span === undefined
            ? []
            : [{ category: finding.category, start: finding.span.start, end: finding.span.end }],
        )
      : [],
    pii: detectPii(text, { includeValues: false }).map((finding) => ({
      type: finding.type,
      start: finding.start,
      end: finding.end,
    })),
  };
}
