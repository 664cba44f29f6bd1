import type { Guard } from '../../src/guards/guard.js';
import type { LabelledPrompt } from './load-dataset.js';

/** Texts longer than this count as long documents in the held-out tallies (pasted content). */
export const longTextCharacters = 1000;

/** Flagged out of all, for one label and length of a held-out set. */
export interface FlaggedCount {
  readonly flagged: number;
  readonly total: number;
}

/** A held-out set's verdicts, by label and by length: counts only, never texts. */
export interface HeldOutTally {
  readonly attacks: FlaggedCount;
  readonly benign: FlaggedCount;
  readonly longAttacks: FlaggedCount;
  readonly longBenign: FlaggedCount;
}

/** How many of a held-out set's attacks and benign prompts `guard` flags, long ones apart. */
export function countHeldOut(guard: Guard, probes: readonly LabelledPrompt[]): HeldOutTally {
  const attacks = { flagged: 0, total: 0 };
  const benign = { flagged: 0, total: 0 };
  const longAttacks = { flagged: 0, total: 0 };
  const longBenign = { flagged: 0, total: 0 };
  for (const probe of probes) {
    const flagged = guard.check(probe.text).flagged ? 1 : 0;
    const [all, long] = probe.label === 1 ? [attacks, longAttacks] : [benign, longBenign];
    all.total++;
    all.flagged += flagged;
    if (probe.text.length > longTextCharacters) {
      long.total++;
      long.flagged += flagged;
    }
  }
  return { attacks, benign, longAttacks, longBenign };
}
