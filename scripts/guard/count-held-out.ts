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
  const counts = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const probe of probes) {
    // Slots: attacks, benign, long attacks, long benign; each a total and a flagged count.
    const slot = (probe.label === 1 ? 0 : 2) + (probe.text.length > longTextCharacters ? 4 : 0);
    const flagged = guard.check(probe.text).flagged ? 1 : 0;
    counts[slot] = (counts[slot] ?? 0) + 1;
    counts[slot + 1] = (counts[slot + 1] ?? 0) + flagged;
    if (slot >= 4) {
      counts[slot - 4] = (counts[slot - 4] ?? 0) + 1;
      counts[slot - 3] = (counts[slot - 3] ?? 0) + flagged;
    }
  }
  const pair = (at: number): FlaggedCount => ({
    total: counts[at] ?? 0,
    flagged: counts[at + 1] ?? 0,
  });
  return { attacks: pair(0), benign: pair(2), longAttacks: pair(4), longBenign: pair(6) };
}
