import type { Guard, GuardFinding, GuardVerdict } from './guard.js';
import { normalizeForMatching } from './normalize-for-matching.js';

interface Pattern {
  readonly category: string;
  readonly expression: RegExp;
}

/**
 * The seed's nine prompt-injection patterns, matched after basic normalisation. Measured on public
 * data they catch few real attacks (see docs/security.md); they stay as the baseline the measured
 * detector is compared with, behind the same {@link Guard} interface.
 */
const patterns: readonly Pattern[] = [
  {
    category: 'instruction_override',
    expression:
      /\b(?:ignore|disregard)\s+(?:all\s+)?(?:the\s+)?(?:previous|prior|above)\s+instructions?\b/,
  },
  {
    category: 'instruction_override',
    expression: /\bforget\s+(?:all\s+)?(?:the\s+)?above\s+instructions?\b/,
  },
  { category: 'role_play', expression: /\byou\s+are\s+now\b/ },
  { category: 'instruction_override', expression: /\bnew\s+instructions?\s*:/ },
  { category: 'fake_turn', expression: /\bsystem\s*:/ },
  { category: 'chat_template', expression: /<\|im_start\|>/ },
  { category: 'chat_template', expression: /<\|im_end\|>/ },
  { category: 'chat_template', expression: /\[inst\]/ },
  { category: 'chat_template', expression: /\[\/inst\]/ },
];

export function createSeedPatternGuard(): Guard {
  return {
    name: 'seed-patterns',
    check(text: string): GuardVerdict {
      const normalized = normalizeForMatching(text);
      const findings: GuardFinding[] = [];
      for (const pattern of patterns) {
        const match = pattern.expression.exec(normalized);
        if (match !== null) {
          findings.push({
            category: pattern.category,
            score: 1,
            // Offsets refer to the normalised text.
            span: { start: match.index, end: match.index + match[0].length },
          });
        }
      }
      return {
        guard: 'seed-patterns',
        score: findings.length > 0 ? 1 : 0,
        flagged: findings.length > 0,
        findings,
      };
    },
  };
}
