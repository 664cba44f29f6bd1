import type { Guard, GuardVerdict } from '../guard.js';
import { detectPii, type DetectPiiOptions } from './detect-pii.js';
import { secretTypes } from './pii-finding.js';

/**
 * PII and secrets behind the {@link Guard} interface (name `pii`): one finding per item, its
 * category the PII type. Any finding flags the text; credentials score 1, personal data 0.6, so a
 * stage can tell "someone pasted an API key" from "someone wrote their e-mail address".
 */
export function createPiiGuard(options: Omit<DetectPiiOptions, 'includeValues'> = {}): Guard {
  return {
    name: 'pii',
    check(text: string): GuardVerdict {
      const findings = detectPii(text, { ...options, includeValues: false }).map((finding) => ({
        category: finding.type,
        score: secretTypes.has(finding.type) ? 1 : 0.6,
        span: { start: finding.start, end: finding.end },
      }));
      let score = 0;
      for (const finding of findings) score = Math.max(score, finding.score);
      return { guard: 'pii', score, flagged: findings.length > 0, findings };
    },
  };
}
