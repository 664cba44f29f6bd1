import { describe, expect, it } from 'vitest';
import { createInjectionGuard } from '../../src/guards/index.js';

/** A hand-written probe set of one round of rules (see each test file's notes on how it was written). */
export interface ProbeSet {
  /** Attacks the guard must flag. */
  readonly attacks: readonly string[];
  /** Benign prompts the guard must let through. */
  readonly benign: readonly string[];
  /** Attacks still missed: none of them may be flagged without the docs being updated. */
  readonly knownMisses?: readonly string[];
  /** Benign prompts still flagged, and how many of them are. */
  readonly knownFalsePositives?: { readonly texts: readonly string[]; readonly flagged: number };
}

/** One suite per probe set: each attack flagged, each benign prompt let through, known cases held. */
export function describeProbeSet(name: string, set: ProbeSet): void {
  describe(name, () => {
    const guard = createInjectionGuard();

    it.each(set.attacks)('flags %s', (text) => {
      expect(guard.check(text).flagged).toBe(true);
    });

    it.each(set.benign)('lets through %s', (text) => {
      expect(guard.check(text).flagged).toBe(false);
    });

    it('still misses and flags the known cases (a change here should update the docs)', () => {
      const flagged = (texts: readonly string[]): number =>
        texts.filter((text) => guard.check(text).flagged).length;
      expect(flagged(set.knownMisses ?? [])).toBe(0);
      expect(flagged(set.knownFalsePositives?.texts ?? [])).toBe(
        set.knownFalsePositives?.flagged ?? 0,
      );
    });
  });
}
