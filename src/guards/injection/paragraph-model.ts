import { collectWordFeatures } from './collect-features.js';
import type { DecodeLimits } from './decode-embedded-payloads.js';
import { linearLogit, type LinearModel } from './linear-model.js';
import { prepareScan } from './prepare-scan-text.js';

/*
 * Paragraphs read alone (round nineteen). The main model reads a text whole, each feature weighed
 * by one over the square root of the feature count, so an ordinary paragraph put before or after
 * a short attack dilutes the attack: padded with one of six ordinary paragraphs
 * (scripts/guard/pad-prompts.ts), 65 % of dev's short attacks stayed flagged where 85 % were as
 * written. A text of two or more paragraphs (a blank line between) and at most
 * `paragraphMaxWords` words is therefore also read paragraph by paragraph by the main model, with
 * its own bias shift, chosen on dev like the window model's so that paragraphs read alone flag no
 * dev prompt beyond the false-positive budget. Longer texts are read window by window by the
 * window model instead. Paragraphs of fewer than `paragraphMinWords` words are not read alone:
 * a bare task line ("Summarise this news article.") reads as an order without its document.
 */

/** Texts of more words than this are not read paragraph by paragraph (the window model reads them). */
export const paragraphMaxWords = 200;
/** Paragraphs of fewer words than this are not read alone. */
export const paragraphMinWords = 6;

const blankLine = /\n(?:[^\S\n]*\n)+/g;
const word = /\S+/g;

/** How many words `text` has, counting up to `limit`. */
function wordsUpTo(text: string, limit: number): number {
  word.lastIndex = 0;
  let count = 0;
  while (count < limit && word.exec(text) !== null) count++;
  return count;
}

/** The [start, end) ranges of `text`'s paragraphs (blank lines between), when it has two or more. */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  if (!text.includes('\n')) return [];
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  blankLine.lastIndex = 0;
  for (let match = blankLine.exec(text); match !== null; match = blankLine.exec(text)) {
    if (match.index > start) ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (ranges.length === 0) return [];
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
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
 * when the text is not read paragraph by paragraph: one paragraph, more than
 * {@link paragraphMaxWords} words (`wordsInText`, as the guard's scan counted them), or no paragraph
 * of {@link paragraphMinWords} words. Each paragraph is scanned afresh into the guard's scratch
 * buffers, so this must run after everything that reads the whole text's scan.
 */
export function bestParagraph(
  model: LinearModel,
  text: string,
  wordsInText: number,
  decodeLimits: DecodeLimits,
): ParagraphScore | undefined {
  if (wordsInText > paragraphMaxWords) return undefined;
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
