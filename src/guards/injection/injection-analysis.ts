import type { GuardFinding } from '../guard.js';

/** Everything the injection guard worked out about one text, for explanation and evaluation. */
export interface InjectionAnalysis {
  /** Combined score in [0, 1]: rules, obfuscation signals and the learned model. */
  readonly score: number;
  /** Noisy-OR of rule and obfuscation evidence alone. */
  readonly ruleScore: number;
  /**
   * The learned models' probability alone: the higher of the main model's and the window model's
   * (0 when the models are disabled).
   */
  readonly modelScore: number;
  /** The window model's probability for the text's best window (0 when the text is not windowed). */
  readonly windowScore: number;
  /** The main model's probability for the text's best paragraph read alone (0 when not read so). */
  readonly paragraphScore: number;
  /** Findings, strongest first, with spans in the original text. */
  readonly findings: readonly GuardFinding[];
}
