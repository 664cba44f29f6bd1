import {
  matchInjectionRules,
  matchInjectionRulesUngated,
} from '../../src/guards/injection/match-injection-rules.js';
import { prepareScanText } from '../../src/guards/injection/prepare-scan-text.js';

/**
 * The rules that match `raw` (normalised) when every rule is scanned over the whole text but not
 * when rules only run where their anchors occur: empty when the anchors lose nothing.
 */
export function matchesLostToGating(raw: string): string[] {
  const text = prepareScanText(raw).text;
  const gated = new Set(matchInjectionRules(text).map((hit) => hit.rule.id));
  return matchInjectionRulesUngated(text)
    .map((hit) => hit.rule.id)
    .filter((id) => !gated.has(id));
}
