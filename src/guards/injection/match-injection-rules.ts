import { buildRuleIndex, embeddedGate, requirementGate } from './build-rule-index.js';
import { embeddedContentMarker } from './indirect-rules.js';
import type { InjectionRule } from './injection-rule.js';
import { injectionRules } from './injection-rules.js';
import { isQuotedMention } from './quoted-mention.js';
import { scanWords, type WordScan } from './scan-words.js';

export { injectionRules } from './injection-rules.js';

/** One rule match, with offsets in the scanned (normalised) text. */
export interface RuleHit {
  readonly rule: InjectionRule;
  readonly start: number;
  readonly end: number;
  /** The match did not settle its rule (see {@link SettlesRule}). */
  readonly unsettled: boolean;
}

const index = buildRuleIndex(injectionRules);
const markerRuleIndex = injectionRules.length;
const ruleCount = injectionRules.length + 1;
let matchedStamps = new Uint32Array(ruleCount);
/** Per rule, the epoch of the scan that reported a match of it that did not settle it. */
let unsettledStamps = new Uint32Array(ruleCount);
/**
 * Per rule, two slots: the epoch of the scan that last saw one of its required words, and where
 * the nearest such word at or after the word being looked at starts (side by side: one cache line).
 */
let requiredSeen = new Int32Array(ruleCount * 2);
/** Pending attempts of one scan, last first: `[position, ruleIndex, position, ruleIndex, …]`. */
let attempts = new Int32Array(1024);
let epoch = 0;
// The literals of `collectWordAttempts` (V8 folds literals, not imported bindings).
if (requirementGate !== 0x40000 || embeddedGate !== 0x80000) {
  throw new Error('match-injection-rules: gate literals out of step with build-rule-index');
}
/** The most rules one anchor entry starts (bounds the attempts of a scan). */
const maximumAnchoredPerEntry = Math.max(
  1,
  ...Array.from(
    index.anchoredFrom.subarray(1),
    (end, entry) => end - (index.anchoredFrom[entry] ?? 0),
  ),
);

/**
 * Rules whose match may be a quoted mention (`isQuotedMention`, round eleven): the override and
 * extraction rules that read the visible text. Not chat-template tokens or forged turns (a token
 * in quotes is still a token the model reads), not rules for pasted content, not decoded payloads.
 */
const mentionable = Uint8Array.from(injectionRules, (rule) =>
  /^(?:override|extraction)\./.test(rule.id) && rule.scope === undefined ? 1 : 0,
);

/**
 * Whether a match of rule `ruleIndex` counts: not a quoted mention of the attack it looks for.
 * From `payloadStart` on (decoded payloads) every match counts.
 */
function counts(
  ruleIndex: number,
  text: string,
  start: number,
  end: number,
  payloadStart: number,
): boolean {
  return (
    mentionable[ruleIndex] !== 1 || start >= payloadStart || !isQuotedMention(text, start, end)
  );
}

function nextEpoch(): void {
  epoch++;
  if (epoch === 0xffffffff) {
    matchedStamps = new Uint32Array(ruleCount);
    unsettledStamps = new Uint32Array(ruleCount);
    requiredSeen = new Int32Array(ruleCount * 2);
    epoch = 1;
  }
}

function tryRule(
  ruleIndex: number,
  position: number,
  text: string,
  hits: RuleHit[],
  payloadStart: number,
  settles: SettlesRule | undefined,
): void {
  const rule = injectionRules[ruleIndex] as InjectionRule;
  const pattern = rule.pattern;
  // Most attempts fail: `test` builds no match array; the rare match is run again for its end.
  pattern.lastIndex = position;
  if (!pattern.test(text)) return;
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  if (match === null) return;
  const end = position + match[0].length;
  // A mention leaves the rule free to match a later use in the same text.
  if (!counts(ruleIndex, text, position, end, payloadStart)) return;
  const hit = { rule, start: position, end, unsettled: false };
  if (settles !== undefined && !settles(hit)) {
    report(ruleIndex, hit, hits);
    return;
  }
  matchedStamps[ruleIndex] = epoch;
  hits.push(hit);
}

/**
 * Reports a match that leaves its rule free to match again, marked `unsettled`: the first such
 * match of a rule only.
 */
function report(ruleIndex: number, hit: RuleHit, hits: RuleHit[]): void {
  if (unsettledStamps[ruleIndex] === epoch) return;
  unsettledStamps[ruleIndex] = epoch;
  hits.push({ rule: hit.rule, start: hit.start, end: hit.end, unsettled: true });
}

/**
 * Collects the word-anchored attempts, walking the words backwards so that each rule knows where
 * its nearest required word starts: an anchor with no required word within the rule's window
 * after it, or in the wrong place (a line-start rule mid-line), costs nothing.
 */
function collectWordAttempts(words: WordScan): { count: number; lastEmbedded: number } {
  // Locals and literals, not module bindings: this loop runs once per anchor word. The epoch as
  // int32, like the slots it is compared with (the same 32 bits).
  const stamp = epoch | 0;
  const seen = requiredSeen;
  const { required, requiredFrom, anchored, anchoredFrom, gates } = index;
  if (attempts.length < words.anchorWordCount * 2 * maximumAnchoredPerEntry + 2) {
    attempts = new Int32Array(words.anchorWordCount * 2 * maximumAnchoredPerEntry + 1024);
  }
  const pending = attempts;
  let count = 0;
  /** Start of the last attempt of an embedded-scope rule (-1: none): markers after it are moot. */
  let lastEmbedded = -1;
  const { starts, positions, anchorWords } = words;
  for (let pair = words.anchorWordCount - 1; pair >= 0; pair--) {
    const word = anchorWords[pair * 2] ?? 0;
    const entry = anchorWords[pair * 2 + 1] ?? 0;
    const start = starts[word] ?? 0;
    const requiredEnd = requiredFrom[entry + 1] ?? 0;
    for (let at = requiredFrom[entry] ?? 0; at < requiredEnd; at++) {
      const slot = (required[at] ?? 0) * 2;
      seen[slot] = stamp;
      seen[slot + 1] = start;
    }
    // The position flags shifted to where they sit in the gates (bits 16-17).
    const position = (positions[word] ?? 0) << 16;
    const anchoredEnd = anchoredFrom[entry + 1] ?? 0;
    for (let at = anchoredFrom[entry] ?? 0; at < anchoredEnd; at++) {
      const ruleIndex = anchored[at] ?? 0;
      const gate = gates[ruleIndex] ?? 0;
      const needed = gate & 0x30000;
      if (needed !== 0 && (position & needed) === 0) continue;
      if (
        (gate & 0x40000) !== 0 &&
        (seen[ruleIndex * 2] !== stamp || (seen[ruleIndex * 2 + 1] ?? 0) - start > (gate & 0xffff))
      ) {
        continue;
      }
      pending[count] = start;
      pending[count + 1] = ruleIndex;
      count += 2;
      if ((gate & 0x80000) !== 0 && lastEmbedded < 0) lastEmbedded = start;
    }
  }
  return { count, lastEmbedded };
}

/**
 * Whether a match settles its rule. A match that does not (round sixteen: one that counts less in
 * a long text, `create-injection-guard.ts`) is still reported, but leaves the rule free to match
 * again further on, so that a harmless use early in a document cannot hide a later attack.
 */
export type SettlesRule = (hit: RuleHit) => boolean;

/**
 * Runs the rules on `text` (the normalised view) and returns the first match of each: each rule
 * is tried (sticky) only where one of its anchors occurs, in text order. `embedded`-scope rules
 * only count after the pasted-content marker, `payload`-scope rules only from `payloadStart` (where
 * the decoded payloads follow the visible text). `payloadRulesOnly` runs the `payload`-scope rules
 * alone (on pieces joined by `assembleFragments`, which no other rule reads). With `settles`, a
 * rule whose first match does not settle it is reported with that match (marked `unsettled`) and,
 * when it has one, the first later match that does (two hits of the rule at most).
 */
export function matchInjectionRules(
  text: string,
  words: WordScan = scanWords(text),
  payloadStart = text.length,
  payloadRulesOnly = false,
  settles?: SettlesRule,
): RuleHit[] {
  nextEpoch();
  const hits: RuleHit[] = [];
  const { count, lastEmbedded } = collectWordAttempts(words);
  let contentStart = -1;
  for (let slot = count - 2; slot >= 0; slot -= 2) {
    const position = attempts[slot] ?? 0;
    const ruleIndex = attempts[slot + 1] ?? 0;
    if (matchedStamps[ruleIndex] === epoch) continue;
    if (ruleIndex === markerRuleIndex) {
      // The marker only matters when an embedded-scope rule may run after it.
      if (position >= lastEmbedded) continue;
      embeddedContentMarker.lastIndex = position;
      const marker = embeddedContentMarker.exec(text);
      if (marker !== null) {
        contentStart = position + marker[0].length;
        matchedStamps[ruleIndex] = epoch;
      }
      continue;
    }
    const embedded = ((index.gates[ruleIndex] ?? 0) & embeddedGate) !== 0;
    if (embedded && (contentStart < 0 || position < contentStart)) continue;
    if (index.payloadOnly[ruleIndex] === 1 ? position < payloadStart : payloadRulesOnly) continue;
    tryRule(ruleIndex, position, text, hits, payloadStart, settles);
  }
  for (let at = 0; at < words.anchorCount; at++) {
    const position = words.anchorOffsets[at] ?? 0;
    const rules = index.byCharacter.get(text.charCodeAt(position));
    if (rules === undefined) continue;
    for (const ruleIndex of rules) {
      if (index.payloadOnly[ruleIndex] === 1 ? position < payloadStart : payloadRulesOnly) continue;
      if (matchedStamps[ruleIndex] !== epoch)
        tryRule(ruleIndex, position, text, hits, payloadStart, settles);
    }
  }
  for (const ruleIndex of index.always) {
    if (payloadRulesOnly && index.payloadOnly[ruleIndex] !== 1) continue;
    const rule = injectionRules[ruleIndex] as InjectionRule;
    for (let from = 0; ;) {
      const match = firstUse(ruleIndex, rule.pattern, text, from, payloadStart);
      if (match === null) break;
      const hit = {
        rule,
        start: match.index,
        end: match.index + match[0].length,
        unsettled: false,
      };
      if (settles === undefined || settles(hit)) {
        hits.push(hit);
        break;
      }
      report(ruleIndex, hit, hits);
      from = match.index + 1;
    }
  }
  return hits;
}

/** The first match of a global `pattern` from `from` that is not a quoted mention. */
function firstUse(
  ruleIndex: number,
  pattern: RegExp,
  text: string,
  from: number,
  payloadStart: number,
): RegExpExecArray | null {
  pattern.lastIndex = from;
  for (;;) {
    const match = pattern.exec(text);
    if (match === null) return null;
    if (counts(ruleIndex, text, match.index, match.index + match[0].length, payloadStart))
      return match;
    pattern.lastIndex = match.index + 1;
  }
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
  for (const [ruleIndex, rule] of injectionRules.entries()) {
    if (rule.scope === 'embedded' && contentStart < 0) continue;
    if (rule.scope === 'payload') continue;
    let pattern = ungatedPatterns.get(rule);
    if (pattern === undefined) {
      pattern = new RegExp(rule.pattern.source, 'g');
      ungatedPatterns.set(rule, pattern);
    }
    const match = firstUse(
      ruleIndex,
      pattern,
      text,
      rule.scope === 'embedded' ? contentStart : 0,
      text.length,
    );
    if (match !== null)
      hits.push({ rule, start: match.index, end: match.index + match[0].length, unsettled: false });
  }
  return hits;
}
