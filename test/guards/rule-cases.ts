import { describe, expect, it } from 'vitest';
import { matchInjectionRules } from '../../src/guards/injection/match-injection-rules.js';
import { prepareScanText } from '../../src/guards/injection/prepare-scan-text.js';
import { matchesLostToGating } from './matches-lost-to-gating.js';

/** The ids of the rules that match `text` (normalised), in match order. */
export function ruleIds(text: string): string[] {
  return matchInjectionRules(prepareScanText(text).text).map((hit) => hit.rule.id);
}

/** Texts one rule must read and look-alikes it must not. */
export interface RuleCase {
  readonly rule: string;
  readonly attacks: readonly string[];
  readonly benign: readonly string[];
}

/**
 * One suite per rule: it reads each attack, reads no look-alike, and anchoring loses none of the
 * matches that scanning every rule over the whole text finds. `title` takes `$rule`.
 */
export function describeRuleCases(title: string, cases: readonly RuleCase[]): void {
  describe.each(cases)(title, ({ rule, attacks, benign }) => {
    it.each(attacks)('reads: %s', (text) => {
      expect(ruleIds(text)).toContain(rule);
    });

    it.each(benign)('does not read: %s', (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });

    it.each([...attacks, ...benign])(
      'loses no match against scanning every rule over %s',
      (text) => {
        expect(matchesLostToGating(text)).toEqual([]);
      },
    );
  });
}
