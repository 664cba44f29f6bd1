import type { LoadSummary } from './summarize.js';

export interface DrillCheck {
  readonly name: string;
  readonly pass: boolean;
  /** What was measured, as shown in the report. */
  readonly measured: string;
  readonly target: string;
  /** A latency or timing target: meaningful on a quiet machine, not in a loaded CI run. */
  readonly timing?: boolean;
}

export interface DrillResult {
  readonly name: string;
  readonly description: string;
  readonly summary?: LoadSummary;
  readonly checks: readonly DrillCheck[];
  readonly transitions?: readonly string[];
  readonly notes?: readonly string[];
}

export type DrillScale = 'full' | 'quick';

export function check(name: string, pass: boolean, measured: string, target: string): DrillCheck {
  return { name, pass, measured, target };
}

/** A {@link check} whose target is a latency or a timing (see {@link DrillCheck.timing}). */
export function timingCheck(
  name: string,
  pass: boolean,
  measured: string,
  target: string,
): DrillCheck {
  return { name, pass, measured, target, timing: true };
}

export function percent(value: number, digits = 3): string {
  return `${(value * 100).toFixed(digits)} %`;
}
