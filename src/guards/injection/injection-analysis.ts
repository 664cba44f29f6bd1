import type { GuardFinding } from '../guard.js';

/** Everything the injection guard worked out about one text, for explanation and evaluation. */
export interface InjectionAnalysis {
  /** Combined score in [0, 1]: rules, obfuscation signals and the learned model. */
  readonly score: number;
  /** Noisy-OR of rule and obfuscation evidence alone. */
  readonly ruleScore: number;
  /** The learned model's probability alone (0 when the model is disabled). */
  readonly modelScore: number;
  /** Findings, strongest first, with spans in the original text. */
  readonly findings: readonly GuardFinding[];
}
