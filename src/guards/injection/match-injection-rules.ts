import { extractionRules } from './extraction-rules.js';
import { embeddedContentAnchors, embeddedContentMarker, indirectRules } from './indirect-rules.js';
import type { InjectionRule } from './injection-rule.js';
import { jailbreakRules } from './jailbreak-rules.js';
import { multilingualRules } from './multilingual-rules.js';
import { overrideRules } from './override-rules.js';
import { structureRules } from './structure-rules.js';
import { scanWords, type WordScan } from './scan-words.js';
import { wordPrefixHash } from './word-prefix-hash.js';

/** Every rule the injection guard runs, in reporting order. */
export const injectionRules: readonly InjectionRule[] = [
  ...overrideRules,
  ...extractionRules,
  ...jailbreakRules,
  ...structureRules,
  ...indirectRules,
  ...multilingualRules,
];

/** One rule match, with offsets in the scanned (normalised) text. */
export interface RuleHit {
  readonly rule: InjectionRule;
  readonly start: number;
  readonly end: number;
}

const markerRuleIndex = injectionRules.length;
const cjkAnchor = 'cjk';
const markAnchor = 'mark';
const alwaysAnchor = 'always';

/** What one word prefix triggers: rules anchored on it, and rules that require it somewhere. */
interface PrefixEntry {
  readonly anchored: number[];
  readonly required: number[];
}

interface AnchorIndex {
  readonly byPrefix: ReadonlyMap<number, PrefixEntry>;
  readonly cjk: readonly number[];
  readonly mark: readonly number[];
  readonly always: readonly number[];
  /** Per rule: whether it has a `requires` list. */
  readonly hasRequirement: Uint8Array;
  /** Per rule: whether it only counts inside pasted content. */
  readonly embedded: Uint8Array;
}

function buildAnchorIndex(): AnchorIndex {
  const byPrefix = new Map<number, PrefixEntry>();
  const cjk: number[] = [];
  const mark: number[] = [];
  const always: number[] = [];
  const hasRequirement = new Uint8Array(injectionRules.length + 1);
  const entry = (word: string): PrefixEntry => {
    const hash = wordPrefixHash(word, 0, word.length);
    let found = byPrefix.get(hash);
    if (found === undefined) {
      found = { anchored: [], required: [] };
      byPrefix.set(hash, found);
    }
    return found;
  };
  const add = (anchors: string, requires: string | undefined, ruleIndex: number): void => {
    for (const anchor of anchors.split(' ')) {
      if (anchor === '') continue;
      if (anchor === cjkAnchor) cjk.push(ruleIndex);
      else if (anchor === markAnchor) mark.push(ruleIndex);
      else if (anchor === alwaysAnchor) always.push(ruleIndex);
      else {
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
  injectionRules.forEach((rule, index) => add(rule.anchors, rule.requires, index));
  add(embeddedContentAnchors, undefined, markerRuleIndex);
  const embedded = Uint8Array.from(injectionRules, (rule) => (rule.scope === 'embedded' ? 1 : 0));
  return { byPrefix, cjk, mark, always, hasRequirement, embedded };
}

const anchorIndex = buildAnchorIndex();
let matchedStamps = new Uint32Array(injectionRules.length + 1);
let requiredStamps = new Uint32Array(injectionRules.length + 1);
/** Pending attempts of one scan: `[position, ruleIndex, position, ruleIndex, …]`. */
let attempts = new Int32Array(1024);
let epoch = 0;

function nextEpoch(): void {
  epoch++;
  if (epoch === 0xffffffff) {
    matchedStamps = new Uint32Array(injectionRules.length + 1);
    requiredStamps = new Uint32Array(injectionRules.length + 1);
    epoch = 1;
  }
}

function runGlobal(rule: InjectionRule, text: string, hits: RuleHit[]): void {
  rule.pattern.lastIndex = 0;
  const match = rule.pattern.exec(text);
  if (match !== null) hits.push({ rule, start: match.index, end: match.index + match[0].length });
}

/**
 * Runs the rules on `text` (the normalised view) and returns the first match of each. One pass
 * over the words notes where each rule's anchor words start and which required words occur; then
 * each rule whose requirement is met is tried (sticky) at its anchor positions, in text order.
 * `embedded`-scope rules only count after the pasted-content marker.
 */
export function matchInjectionRules(text: string, words: WordScan = scanWords(text)): RuleHit[] {
  nextEpoch();
  const hits: RuleHit[] = [];
  let pending = 0;
  let embeddedPending = false;
  for (let word = 0; word < words.count; word++) {
    const entry = anchorIndex.byPrefix.get(words.prefixes[word] ?? 0);
    if (entry === undefined) continue;
    for (const ruleIndex of entry.required) requiredStamps[ruleIndex] = epoch;
    for (const ruleIndex of entry.anchored) {
      if (pending + 2 > attempts.length) {
        const grown = new Int32Array(attempts.length * 2);
        grown.set(attempts);
        attempts = grown;
      }
      attempts[pending++] = words.starts[word] ?? 0;
      attempts[pending++] = ruleIndex;
      if (anchorIndex.embedded[ruleIndex] === 1) embeddedPending = true;
    }
  }
  let contentStart = -1;
  for (let slot = 0; slot < pending; slot += 2) {
    const position = attempts[slot] ?? 0;
    const ruleIndex = attempts[slot + 1] ?? 0;
    if (matchedStamps[ruleIndex] === epoch) continue;
    if (anchorIndex.hasRequirement[ruleIndex] === 1 && requiredStamps[ruleIndex] !== epoch)
      continue;
    if (ruleIndex === markerRuleIndex) {
      // The marker only matters when an embedded-scope rule may run after it.
      if (!embeddedPending) continue;
      embeddedContentMarker.lastIndex = position;
      const marker = embeddedContentMarker.exec(text);
      if (marker !== null) {
        contentStart = position + marker[0].length;
        matchedStamps[ruleIndex] = epoch;
      }
      continue;
    }
    const rule = injectionRules[ruleIndex];
    if (rule === undefined) continue;
    if (rule.scope === 'embedded' && (contentStart < 0 || position < contentStart)) continue;
    rule.pattern.lastIndex = position;
    const match = rule.pattern.exec(text);
    if (match !== null) {
      matchedStamps[ruleIndex] = epoch;
      hits.push({ rule, start: position, end: position + match[0].length });
    }
  }
  for (const ruleIndex of anchorIndex.always) {
    runGlobal(injectionRules[ruleIndex] as InjectionRule, text, hits);
  }
  if (words.sawMark) {
    for (const ruleIndex of anchorIndex.mark)
      runGlobal(injectionRules[ruleIndex] as InjectionRule, text, hits);
  }
  if (words.sawCjk) {
    for (const ruleIndex of anchorIndex.cjk)
      runGlobal(injectionRules[ruleIndex] as InjectionRule, text, hits);
  }
  return hits;
}

const ungatedPatterns = new Map<InjectionRule, RegExp>();
const ungatedMarker = new RegExp(embeddedContentMarker.source, 'g');

/**
 * The same rules scanning the whole text without anchors: a slow reference that tests use to
 * show the anchors lose nothing.
 */
export function matchInjectionRulesUngated(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  ungatedMarker.lastIndex = 0;
  const marker = ungatedMarker.exec(text);
  const contentStart = marker === null ? -1 : marker.index + marker[0].length;
  for (const rule of injectionRules) {
    if (rule.scope === 'embedded' && contentStart < 0) continue;
    let pattern = ungatedPatterns.get(rule);
    if (pattern === undefined) {
      pattern = new RegExp(rule.pattern.source, 'g');
      ungatedPatterns.set(rule, pattern);
    }
    pattern.lastIndex = rule.scope === 'embedded' ? contentStart : 0;
    const match = pattern.exec(text);
    if (match !== null) hits.push({ rule, start: match.index, end: match.index + match[0].length });
  }
  return hits;
}
