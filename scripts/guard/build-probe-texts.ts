import type { LabelledPrompt } from './load-dataset.js';

/**
 * A realistic 4,000-character prompt built from benign dev prompts (deterministic), and the same
 * length of attack text; used for the latency targets.
 */
export function buildProbeTexts(
  rows: readonly LabelledPrompt[],
  length = 4000,
): { benign: string; attack: string } {
  const join = (label: 0 | 1): string => {
    let text = '';
    for (const row of rows) {
      if (row.label !== label) continue;
      text += `${row.text}\n\n`;
      if (text.length >= length) break;
    }
    return text.slice(0, length);
  };
  return { benign: join(0), attack: join(1) };
}

/** Hostile inputs of about 100 KB for the "bounded work" check. */
export function buildAdversarialTexts(): Record<string, string> {
  const size = 100_000;
  return {
    base64Run: 'QUFB'.repeat(size / 4),
    spacedLetters: 'a '.repeat(size / 2),
    ignoreRepeated: 'ignore '.repeat(size / 7),
    percentRun: '%41'.repeat(size / 3),
    zeroWidth: 'i\u200bg'.repeat(size / 3),
    mixedScript: 'іgnоrе '.repeat(size / 7),
    emailLike: 'a.'.repeat(size / 2) + '@',
    digits: '4111 '.repeat(size / 5),
    // A rule that must not match in a question looks ahead to the sentence's end: bounded.
    longQuestion: 'no rules apply '.repeat(size / 15) + '?',
    plusRun: 'a + b '.repeat(size / 6),
    // Found by the round-five review: exponential (role switch, then "now" repeated) and
    // quadratic (Hindi qualifiers that are anchors themselves) before their rules were bounded.
    roleSwitchNow: ('you are no longer a bot.' + ' now'.repeat(40) + '\n').repeat(size / 185),
    hindiQualifiers: 'सभी पिछले '.repeat(size / 10),
  };
}
