import { embeddedContentAnchors } from './indirect-rules.js';
import type { InjectionRule } from './injection-rule.js';
import {
  anchorCharacters,
  anchorPrefixTable,
  lineStartFlag,
  sentenceStartFlag,
} from './scan-words.js';
import { wordPrefixHash } from './word-prefix-hash.js';

/** Default distance (characters) within which a rule's required word must follow its anchor. */
export const defaultRequirementWindow = 200;

/**
 * The rules' anchors compiled for the matcher: an open-addressing table from word-prefix hash to
 * the rules anchored on that prefix and the rules that require it, as flat typed arrays.
 */
export interface RuleIndex {
  /** `anchored[anchoredFrom[e] … anchoredFrom[e + 1])`: rules anchored on entry `e`. */
  readonly anchoredFrom: Int32Array;
  readonly anchored: Int32Array;
  readonly requiredFrom: Int32Array;
  readonly required: Int32Array;
  /**
   * Per rule, what the word-anchored loop reads, packed into one integer (one load per rule it
   * looks at instead of four): the requirement window (bits 0-15), the position flags
   * (`lineStartFlag`/`sentenceStartFlag`, bits 16-17), {@link requirementGate} and
   * {@link embeddedGate}.
   */
  readonly gates: Int32Array;
  /** 1 for rules that only count inside decoded payloads (`scope: 'payload'`). */
  readonly payloadOnly: Uint8Array;
  /** Rules anchored on a character (`chars:`), by character code. */
  readonly byCharacter: ReadonlyMap<number, readonly number[]>;
  readonly always: readonly number[];
}

/** Bit of `RuleIndex.gates`: the rule has required words. */
export const requirementGate = 1 << 18;
/** Bit of `RuleIndex.gates`: the rule only counts in pasted content (`scope: 'embedded'`). */
export const embeddedGate = 1 << 19;
const positionShift = 16;

/** Builds the index; the pasted-content marker (`embeddedContentMarker`) is rule `rules.length`. */
export function buildRuleIndex(rules: readonly InjectionRule[]): RuleIndex {
  const markerRuleIndex = rules.length;
  const ruleCount = rules.length + 1;
  const entries = new Map<number, { anchored: number[]; required: number[] }>();
  const byCharacter = new Map<number, number[]>();
  const always: number[] = [];
  const hasRequirement = new Uint8Array(ruleCount);
  const window = new Int32Array(ruleCount);
  const position = new Uint8Array(ruleCount);
  const embedded = new Uint8Array(ruleCount);
  const payloadOnly = new Uint8Array(ruleCount);
  const entry = (word: string): { anchored: number[]; required: number[] } => {
    const hash = wordPrefixHash(word, 0, word.length);
    let found = entries.get(hash);
    if (found === undefined) {
      found = { anchored: [], required: [] };
      entries.set(hash, found);
    }
    return found;
  };
  const add = (anchors: string, requires: string | undefined, ruleIndex: number): void => {
    for (const anchor of anchors.split(' ')) {
      if (anchor === '') continue;
      if (anchor === 'always') always.push(ruleIndex);
      else if (anchor.startsWith('chars:')) {
        for (const character of anchor.slice('chars:'.length)) {
          const code = character.charCodeAt(0);
          anchorCharacters[code] = 1;
          const list = byCharacter.get(code) ?? [];
          if (!list.includes(ruleIndex)) list.push(ruleIndex);
          byCharacter.set(code, list);
        }
      } else {
        const list = entry(anchor).anchored;
        if (!list.includes(ruleIndex)) list.push(ruleIndex);
      }
    }
    for (const word of (requires ?? '').split(' ')) {
      if (word === '') continue;
      hasRequirement[ruleIndex] = 1;
      const list = entry(word).required;
      if (!list.includes(ruleIndex)) list.push(ruleIndex);
    }
  };
  rules.forEach((rule, ruleIndex) => {
    add(rule.anchors, rule.requires, ruleIndex);
    window[ruleIndex] = rule.window ?? defaultRequirementWindow;
    if (rule.position === 'line') position[ruleIndex] = lineStartFlag;
    else if (rule.position === 'sentence') position[ruleIndex] = sentenceStartFlag;
    if (rule.scope === 'embedded') embedded[ruleIndex] = 1;
    if (rule.scope === 'payload') payloadOnly[ruleIndex] = 1;
  });
  add(embeddedContentAnchors, undefined, markerRuleIndex);
  const gates = new Int32Array(ruleCount);
  for (let ruleIndex = 0; ruleIndex < ruleCount; ruleIndex++) {
    const reach = window[ruleIndex] ?? 0;
    if (reach > 0xffff) throw new Error(`rule ${ruleIndex}: requirement window over 65535`);
    gates[ruleIndex] =
      reach |
      ((position[ruleIndex] ?? 0) << positionShift) |
      (hasRequirement[ruleIndex] === 1 ? requirementGate : 0) |
      (embedded[ruleIndex] === 1 ? embeddedGate : 0);
  }

  // Flatten the entries and place them in a power-of-two open-addressing table (`scanWords` looks
  // each word up as it closes).
  let bits = 4;
  while (1 << bits < entries.size * 4) bits++;
  const mask = (1 << bits) - 1;
  const keys = new Int32Array(1 << bits);
  const slots = new Int32Array(1 << bits).fill(-1);
  const anchoredFrom = new Int32Array(entries.size + 1);
  const requiredFrom = new Int32Array(entries.size + 1);
  const anchored: number[] = [];
  const required: number[] = [];
  let number = 0;
  for (const [hash, { anchored: anchoredRules, required: requiredRules }] of entries) {
    anchoredFrom[number] = anchored.length;
    requiredFrom[number] = required.length;
    anchored.push(...anchoredRules);
    required.push(...requiredRules);
    let slot = Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = hash | 0;
    slots[slot] = number;
    number++;
  }
  anchoredFrom[number] = anchored.length;
  requiredFrom[number] = required.length;
  anchorPrefixTable.shift = 32 - bits;
  anchorPrefixTable.keys = keys;
  anchorPrefixTable.entries = slots;

  return {
    anchoredFrom,
    anchored: Int32Array.from(anchored),
    requiredFrom,
    required: Int32Array.from(required),
    gates,
    payloadOnly,
    byCharacter,
    always,
  };
}
