import { isLetterSeparator, isWordCode, scratch, space } from './normalization-scratch.js';
import type { SignalRecorder } from './signal-recorder.js';

/** Marks separators inside runs of four or more spelled-out single characters for deletion. */
export function markSpacedLetters(length: number, signals: SignalRecorder): void {
  const { codes, latinTwins, sourceStarts, sourceEnds, deleted } = scratch;
  deleted.fill(0, 0, length);
  let index = 0;
  while (index < length) {
    const separator = codes[index + 1] ?? 0;
    const isRunStart =
      isWordCode(codes[index] ?? 0) &&
      (index === 0 || !isWordCode(codes[index - 1] ?? 0)) &&
      index + 2 < length &&
      isLetterSeparator(separator);
    if (!isRunStart) {
      index++;
      continue;
    }
    let cursor = index;
    let singles = 0;
    let letters = 0;
    let lastSingle = index;
    for (;;) {
      const code = codes[cursor] ?? 0;
      // Spelled-out letters are ASCII: CJK text puts spaces between single characters legitimately.
      if (code >= 0x80 && (latinTwins[cursor] ?? 0) === 0) break;
      if (!isWordCode(code) || (cursor + 1 < length && isWordCode(codes[cursor + 1] ?? 0))) break;
      singles++;
      if (code >= 0x61) letters++;
      lastSingle = cursor;
      const gap = codes[cursor + 1] ?? 0;
      if (cursor + 2 >= length || (gap !== separator && gap !== space)) break;
      cursor += 2;
    }
    if (singles >= 4 && letters >= 3) {
      for (let inner = index + 1; inner < lastSingle; inner += 2) {
        const gap = codes[inner] ?? 0;
        // A wider gap (two spaces, or a space in a dotted run) marks a word break: keep it.
        const wide =
          gap === space &&
          (separator !== space || (sourceEnds[inner] ?? 0) - (sourceStarts[inner] ?? 0) >= 2);
        if (!wide) deleted[inner] = 1;
      }
      signals.record('spaced_letters', sourceStarts[index] ?? 0, sourceEnds[lastSingle] ?? 0);
    }
    index = lastSingle + 1;
  }
}
