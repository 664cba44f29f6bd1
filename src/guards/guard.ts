/** Something a guard found in a text: what kind of problem, how sure, and where. */
export interface GuardFinding {
  readonly category: string;
  /** Confidence in [0, 1]. */
  readonly score: number;
  /** Character offsets in the scanned text (end exclusive). */
  readonly span?: { readonly start: number; readonly end: number };
  /** Which rule, signal or model produced the finding (e.g. `override.ignore-prior-instructions`). */
  readonly rule?: string;
}

/** A guard's report on one text. The guard stage decides what to do with it (block, monitor…). */
export interface GuardVerdict {
  readonly guard: string;
  /** Overall score in [0, 1]. */
  readonly score: number;
  readonly flagged: boolean;
  readonly findings: readonly GuardFinding[];
}

/**
 * A detector: a pure function over text. It reports; it never blocks by itself, so the same
 * detector serves blocking, shadow (monitor) mode, the scan CLI and evaluation.
 */
export interface Guard {
  readonly name: string;
  check(text: string): GuardVerdict;
}
