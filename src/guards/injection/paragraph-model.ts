import { collectWordFeatures } from './collect-features.js';
import type { DecodeLimits } from './decode-embedded-payloads.js';
import { linearLogit, type LinearModel } from './linear-model.js';
import { prepareScan } from './prepare-scan-text.js';
import { isCjkCode } from './word-prefix-hash.js';

/*
 * Paragraphs read alone (round nineteen). The main model reads a text whole, each feature weighed
 * by one over the square root of the feature count, so an ordinary paragraph put before or after
 * a short attack dilutes the attack: padded with one of six ordinary paragraphs
 * (scripts/guard/pad-prompts.ts), 65 % of dev's short attacks stayed flagged where 85 % were as
 * written. A text of two or more paragraphs (a blank line between) of at most `paragraphMaxWords`
 * words is therefore also read paragraph by paragraph by the main model, with its own bias shift,
 * chosen on dev like the window model's so that paragraphs read alone flag no dev prompt beyond
 * the false-positive budget. Texts of more than 90 words are read window by window as well,
 * longer ones only so. Paragraphs of fewer than
 * `paragraphMinWords` words are not read alone: a bare task line ("Summarise this news
 * article.") reads as an order without its document. Only blank lines part paragraphs: an attack
 * set off from the padding by a single line break is read with it.
 */

/** Texts of more words than this ({@link wordsUpTo}) are not read paragraph by paragraph. */
export const paragraphMaxWords = 200;
/** Paragraphs of fewer words than this are not read alone. */
export const paragraphMinWords = 6;

/**
 * Space characters, for counting words and trimming paragraphs: controls and spaces, no-break,
 * ideographic and zero-width spaces.
 */
function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

/**
 * How many words `text` has, counting up to `limit`: runs of other non-space characters, and
 * pairs of Chinese, Japanese or Korean characters (Chinese and Japanese put no spaces between
 * words). A payload is one word however long, and it is counted as written, not decoded. A loop
 * over character codes: it runs on every multi-line text, and stops at `limit`.
 */
function wordsUpTo(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  let cjkRun = 0;
  for (let index = 0; index < text.length && count < limit; index++) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      inWord = false;
      cjkRun = 0;
    } else if (isCjkCode(code)) {
      inWord = false;
      if (cjkRun % 2 === 0) count++;
      cjkRun++;
    } else {
      cjkRun = 0;
      if (!inWord) count++;
      inWord = true;
    }
  }
  return count;
}

/**
 * The [start, end) ranges of `text`'s paragraphs (blank lines between, the spaces around each
 * paragraph left out), when it has two or more; otherwise none.
 */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  if (!text.includes('\n')) return [];
  const ranges: { start: number; end: number }[] = [];
  const push = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) ranges.push({ start, end });
  };
  const blankLine = /\n(?:[^\S\n]*\n)+/g;
  let start = 0;
  for (let match = blankLine.exec(text); match !== null; match = blankLine.exec(text)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return ranges.length >= 2 ? ranges : [];
}

/**
 * Whether `text` is read paragraph by paragraph: it has a line break and at most
 * {@link paragraphMaxWords} words. `scannedWords` is the guard's count of the text's visible words
 * (`visibleWordCount`: decoded payloads left out), which costs nothing more; it splits at
 * punctuation, so it is at least the count of words as written, except where it does not see
 * words at all: Chinese, Japanese and Korean letters, and long runs such as a base64 blob. Where
 * the text is long for its scanned words (more than 12 characters a word), its words are counted
 * as written ({@link wordsUpTo}).
 */
export function readsParagraphs(text: string, scannedWords: number): boolean {
  if (scannedWords > paragraphMaxWords || !text.includes('\n')) return false;
  if (text.length <= 12 * (scannedWords + 1)) return true;
  return wordsUpTo(text, paragraphMaxWords + 1) <= paragraphMaxWords;
}

/** The paragraph the main model reads as most like an attack, and its logit. */
export interface ParagraphScore {
  readonly logit: number;
  /** Character offsets in the text (end exclusive). */
  readonly start: number;
  readonly end: number;
}

/**
 * The best paragraph of `text` for `model` (its bias already shifted for paragraphs), or undefined
 * when the text is not read paragraph by paragraph ({@link readsParagraphs}, with `scannedWords`)
 * or has no paragraph of {@link paragraphMinWords} words. Each paragraph is scanned afresh into
 * the guard's scratch buffers, so this must run after everything that reads the whole text's scan.
 */
export function bestParagraph(
  model: LinearModel,
  text: string,
  scannedWords: number,
  decodeLimits: DecodeLimits,
): ParagraphScore | undefined {
  if (!readsParagraphs(text, scannedWords)) return undefined;
  let best: ParagraphScore | undefined;
  for (const { start, end } of paragraphRanges(text)) {
    const paragraph = text.slice(start, end);
    if (wordsUpTo(paragraph, paragraphMinWords) < paragraphMinWords) continue;
    const { words, features } = prepareScan(paragraph, decodeLimits, true);
    if (features === null) continue;
    const counts = collectWordFeatures(words, features);
    const logit = linearLogit(model, features, counts.total, counts.characters);
    if (best === undefined || logit > best.logit) best = { logit, start, end };
  }
  return best;
}
