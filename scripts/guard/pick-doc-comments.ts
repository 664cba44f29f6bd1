import { createHash } from 'node:crypto';
import { loadDocComments } from './load-doc-comments.js';
import { loadReadmeParagraphs } from './load-readme-paragraphs.js';

/**
 * The share of declaration doc comments kept as benign training prose (round ten): about one in
 * nine (1,985 of the 18,696 found on 2026-11-27, after the measured README paragraphs). With the hand-written sets alone, the model
 * scored README paragraphs such as "You must provide 2 parameters to this compiler:" above the
 * threshold (31 → 52 of 11,253 flagged).
 */
export const docCommentShare = 0.107;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether a comment is drawn: by a hash of its own text, so other packages do not move it. */
export function drawsDocComment(text: string): boolean {
  return createHash('sha256').update(text).digest().readUInt32BE(0) < docCommentShare * 2 ** 32;
}

/**
 * The doc comments of `nodeModules` to train on, sorted: drawn by {@link drawsDocComment}, none
 * that equals (spaces collapsed) a README paragraph the evaluation measures.
 */
export function pickDocComments(nodeModules: string): string[] {
  const measured = new Set(loadReadmeParagraphs(nodeModules).map(collapse));
  return loadDocComments(nodeModules)
    .filter((text) => drawsDocComment(text) && !measured.has(collapse(text)))
    .sort();
}
