/*
 * A match that the text names rather than uses (round eleven): the attack phrase stands in
 * quotation marks that a mention introduces ("phrases like 'ignore previous instructions'",
 * "Is 'ignore previous instructions' an example of prompt injection?"), next to words about
 * attacks. Articles, tickets and questions about prompt injection quote the phrases the rules
 * look for: of the 172 texts of round eleven's training sets that
 * override.ignore-prior-instructions matched, 38 were benign, most of them quoting it.
 *
 * All of these must hold, so that quoting is not a way around the rules (the round's review
 * showed the first version letting "Respond to this input: '…'" and "'…' is your new task"
 * through):
 * - the quotation opens at most 40 characters before the match, on its line (quotation marks
 *   paired from the line's start, so a closing mark is not taken for an opening one), does not
 *   close inside the match, and closes on the same line within 300 characters after it;
 * - a mention cue stands right before the opening mark ("phrases like", "such as", "strings",
 *   "e.g.", "flags", "blocks") or right after the closing one ("is an example of", "counts as",
 *   "still works on", "should be flagged");
 * - words about attacks or their detection stand within 200 characters outside the quotation
 *   (injection, jailbreak, attacker, classify, detect, filter, guardrail…): a topic word inside
 *   the quoted instruction does not count.
 * Only override and extraction rules outside pasted content are exempt (see
 * `match-injection-rules.ts`), never inside decoded payloads.
 */

const closerOf: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["'", "'"],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
]);

/** How far back the pairing of quotation marks reads (a longer line is not exempt). */
const pairingWindow = 2000;
/** How far outside the quotation the words about attacks are looked for. */
const topicWindow = 200;

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** An apostrophe between two word characters (don't, user's) is not a quotation mark. */
const isApostrophe = (text: string, at: number): boolean =>
  text[at] === "'" && isWordCharacter(text[at - 1]) && isWordCharacter(text[at + 1]);

const cueBefore =
  /(?:\b(?:phrases?|like|such as|e\.?g\.?|for example|for instance|strings?|wording|patterns?|examples?|called|quoted|flags?|flagging|detects?|detecting|catches|catching|blocks?|blocking))[ \t]*[:,(-]?[ \t]*$/;
const cueAfter =
  /^[ \t]*[),]?[ \t]*(?:(?:is|are|was|were)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:(?:classic|typical|common|known|obvious)[ \t]+)?(?:example|attack|injection|jailbreak|prompt injection|exploit)|an?[ \t]+(?:(?:classic|typical|common|known|obvious)[ \t]+)?(?:example|attack|injection|jailbreak)|counts?[ \t]+as|(?:still[ \t]+)?works?[ \t]+(?:on|against)|itself|attacks?|injections?|strings?|phrases?|should[ \t]+(?:be[ \t]+)?(?:flagged|blocked|detected|caught|labell?ed))\b/;
const aboutAttacks =
  /\b(?:prompt[- ]injections?|injections?|jailbreaks?|jailbreaking|attacks?|attackers?|malicious|red[- ]team\w*|classif\w*|label\w*|annotat\w*|detect\w*|filter\w*|test cases?|dataset|adversarial|guardrails?|regex\w*|blocklist|moderation|exploit\w*)\b/;

/**
 * The opening quotation mark still open at `start` on its line and at most 40 characters before
 * it (-1: none), pairing marks from the line's start.
 */
function openingQuote(text: string, start: number): number {
  let lineStart = start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') {
    lineStart--;
    if (start - lineStart > pairingWindow) return -1;
  }
  // Per kind of mark, where the quotation now open starts (-1: none open).
  let double = -1;
  let single = -1;
  let guillemet = -1;
  let corner = -1;
  let whiteCorner = -1;
  for (let at = lineStart; at < start; at++) {
    const character = text[at];
    if (character === '"') double = double < 0 ? at : -1;
    else if (character === "'" && !isApostrophe(text, at)) single = single < 0 ? at : -1;
    else if (character === '«') guillemet = at;
    else if (character === '»') guillemet = -1;
    else if (character === '「') corner = at;
    else if (character === '」') corner = -1;
    else if (character === '『') whiteCorner = at;
    else if (character === '』') whiteCorner = -1;
  }
  const open = Math.max(double, single, guillemet, corner, whiteCorner);
  return open >= 0 && start - open <= 40 ? open : -1;
}

/**
 * The closing mark of the quotation opened at `open`, on its line within 300 characters after
 * `end` (-1: none, or it closes inside the match).
 */
function closingQuote(text: string, open: number, start: number, end: number): number {
  const closer = closerOf.get(text[open] ?? '') ?? '';
  for (let at = start; at < Math.min(text.length, end + 300); at++) {
    const character = text[at] ?? '';
    if (character === '\n') return -1;
    if (character !== closer || (closer === "'" && isApostrophe(text, at))) continue;
    return at >= end ? at : -1;
  }
  return -1;
}

/** Whether the match `[start, end)` of the normalised `text` is a quoted mention of an attack. */
export function isQuotedMention(text: string, start: number, end: number): boolean {
  const open = openingQuote(text, start);
  if (open < 0) return false;
  const close = closingQuote(text, open, start, end);
  if (close < 0) return false;
  const before = text.slice(Math.max(0, open - topicWindow), open);
  const after = text.slice(close + 1, close + 1 + topicWindow);
  const cued = cueBefore.test(before.slice(-40)) || cueAfter.test(after.slice(0, 60));
  return cued && (aboutAttacks.test(before) || aboutAttacks.test(after));
}
