/**
 * Splits text into stream pieces of `wordsPerChunk` words, each piece carrying the space before
 * its first word, so concatenating the pieces gives the text back exactly.
 */
export function splitIntoChunks(text: string, wordsPerChunk: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let words = 0;
  for (let index = 1; index < text.length; index += 1) {
    if (text[index] === ' ' && text[index - 1] !== ' ') {
      words += 1;
      if (words >= wordsPerChunk) {
        pieces.push(text.slice(start, index));
        start = index;
        words = 0;
      }
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/** Splits a string into `parts` roughly equal fragments (for tool-argument deltas). */
export function splitEvenly(text: string, parts: number): string[] {
  if (text.length === 0) return [];
  const size = Math.max(1, Math.ceil(text.length / parts));
  const fragments: string[] = [];
  for (let index = 0; index < text.length; index += size) {
    fragments.push(text.slice(index, index + size));
  }
  return fragments;
}
