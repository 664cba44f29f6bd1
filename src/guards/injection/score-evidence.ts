import type { ObfuscationKind } from './normalized-text.js';

/**
 * How much each kind of obfuscation counts as evidence by itself. Ordinary text almost never
 * splits words with invisible characters or mixes scripts inside a word; styled letters, leetspeak
 * and spelled-out letters are common in benign text (units like `10am`, acronyms like `S.M.A.R.T.`)
 * and count little: what they hid is scanned by the rules and the model anyway.
 */
export const obfuscationWeights: Readonly<Record<ObfuscationKind, number>> = {
  invisible_characters: 0.45,
  bidi_controls: 0.3,
  tag_characters: 0.7,
  variation_selector_payload: 0.6,
  combining_marks: 0.2,
  styled_letters: 0.15,
  homoglyphs: 0.45,
  leetspeak: 0.05,
  spaced_letters: 0.15,
};

/** Weight of a rule match found inside a decoded payload: hiding an instruction is itself telling. */
export const encodedInstructionWeight = 0.6;

/*
 * Rules in long documents (round sixteen). A text of more than `windowMinWords` words is read by
 * the window model window by window; in one of more than `plainWindowMinWords` words, a rule
 * match counts `plainWindowShare` of its weight when every window that holds the match reads as
 * plain (logit below `plainWindowLogit`, probability below 0.38). Runbooks, course notes and
 * house rules give people orders in the words attacks use ("do not tell the customer", "switch
 * into admin mode", a quoted jailbreak); the window model, trained on such documents with and
 * without a planted instruction, tells them apart better than a pattern can. Such a match leaves
 * its rule free to match again further on, where a match that is not in plain windows counts in
 * full instead. Chat-template tokens and
 * headers (category `chat_template`) keep their weight: they are read as such wherever they
 * stand. Chosen on train, dev, the hand-written sets and the probes as the largest discount that
 * loses no attack there (docs/guard-evaluation.md, round sixteen).
 */
export const plainWindowLogit = -0.5;
/**
 * Texts of more than this many words have their rule matches discounted in plain windows: round
 * sixteen's window length, kept when round eighteen windowed texts of 91-150 words as well (the
 * discount there cost 13 of train's attacks and 3 of dev's).
 */
export const plainWindowMinWords = 150;
export const plainWindowShare = 0.25;

/** Noisy-OR: the probability that at least one piece of independent evidence is right. */
export function combineEvidence(current: number, weight: number): number {
  return 1 - (1 - current) * (1 - weight);
}
