/** Attack categories the rules report (the same names as the evaluation data). */
export type InjectionCategory =
  | 'instruction_override'
  | 'system_prompt_extraction'
  | 'jailbreak_roleplay'
  | 'refusal_suppression'
  | 'fake_turn'
  | 'chat_template'
  | 'payload_splitting'
  | 'indirect_injection'
  | 'exfiltration';

/**
 * One weighted pattern. Patterns run on the normalised view (lower case, folded, whitespace
 * collapsed), only where one of their anchors occurs, which keeps a scan of a benign
 * 4,000-character prompt to a handful of regex executions.
 */
export interface InjectionRule {
  readonly id: string;
  readonly category: InjectionCategory;
  /** How strongly one match alone indicates an attack, in (0, 1]. */
  readonly weight: number;
  readonly pattern: RegExp;
  /**
   * Prefixes (first four characters, or the whole word when shorter) of the words a match can
   * start with, space-separated. The pattern is sticky and runs only where such a word starts, so
   * a benign prompt costs a few failed one-word attempts. `chars:…` lists characters a match can
   * start with instead (`chars:<[` for chat-template tokens, the first characters of CJK
   * phrases); `always` scans the whole text.
   */
  readonly anchors: string;
  /**
   * Word prefixes of which at least one must start within {@link window} characters after the
   * anchor (words the pattern cannot match without): a second, cheaper gate before the pattern
   * runs at all.
   */
  readonly requires?: string;
  /** How far after the anchor a required word may start (characters; default 200). */
  readonly window?: number;
  /**
   * `line`: a match starts a line (only spaces before it); `sentence`: a match starts the text, a
   * line or a sentence (after `.`, `!`, `?`). Attempts elsewhere are skipped.
   */
  readonly position?: 'line' | 'sentence';
  /**
   * `embedded`: the rule only counts inside pasted content (after an e-mail or document marker);
   * `payload`: only inside decoded payloads (base64, fragments joined, …), after the visible text.
   */
  readonly scope?: 'embedded' | 'payload';
  /** Language of a non-English rule (ISO 639-1), for reporting. */
  readonly language?: string;
}
