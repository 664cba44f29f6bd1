import { foldCodePoints, type Pass1Result } from './fold-code-points.js';
import { joinSpacedWords } from './fold-words.js';
import { markSpacedLetters } from './mark-spaced-letters.js';
import type { HiddenText, NormalizedText, ObfuscationSignal } from './normalized-text.js';
import { decodeCodes, ensureScratch, loadCodes, scratch } from './normalization-scratch.js';
import { SignalRecorder } from './signal-recorder.js';

/*
 * Normalisation over reusable scratch buffers (no per-character allocation):
 * 1. per code point (`foldCodePoints`): NFKC and case folding, look-alike letters, invisible
 *    characters dropped (tag characters and variation-selector runs decoded as hidden text),
 *    whitespace collapsed; each word folded as it closes (Cyrillic/Greek look-alikes inside
 *    mixed-script words, leetspeak);
 * 2. only when letters may be spelled out (`i g n o r e`, `i.g.n.o.r.e`): pass 1 again without
 *    word folding, the separators marked, and the words folded after joining (`joinSpacedWords`).
 */

/** The normalised view plus its UTF-16 codes; arrays are scratch, valid until the next call. */
export interface NormalizedView extends NormalizedText {
  readonly codes: Uint16Array;
}

/**
 * Normalises into the shared scratch buffers: the returned arrays are overwritten by the next
 * call. The detector's hot path; {@link normalizeForDetection} returns owned copies.
 */
export function normalizeView(text: string): NormalizedView {
  ensureScratch(text.length * 2 + 16);
  loadCodes(text);
  let signals = new SignalRecorder();
  let first = foldCodePoints(text.length, signals, true);
  let length = Math.min(first.length, scratch.capacity);
  const joined = first.mayHaveSpacedLetters;
  if (joined) {
    signals = new SignalRecorder();
    first = foldCodePoints(text.length, signals, false);
    length = Math.min(first.length, scratch.capacity);
    markSpacedLetters(length, signals);
    length = joinSpacedWords(length, first.latinLetters > first.foreignLetters * 4, signals);
  }
  return new ScratchView(
    decodeCodes(joined ? scratch.joinedBytes : scratch.codesBytes, length),
    joined ? scratch.joinedCodes : scratch.codes,
    joined ? scratch.joinedStarts : scratch.sourceStarts,
    joined ? scratch.joinedEnds : scratch.sourceEnds,
    signals.signals(),
    first,
  );
}

/**
 * A view over the scratch buffers. The arrays are cut to the text's length only when read: a plain
 * text's offsets are read only if a rule matches, and the three views cost about 1 µs per check
 * on cold caches (measured).
 */
class ScratchView implements NormalizedView {
  readonly hidden: readonly HiddenText[];
  readonly encodedRuns: readonly number[];
  private codesView: Uint16Array | undefined = undefined;
  private startsView: Int32Array | undefined = undefined;
  private endsView: Int32Array | undefined = undefined;

  constructor(
    readonly text: string,
    private readonly allCodes: Uint16Array,
    private readonly allStarts: Int32Array,
    private readonly allEnds: Int32Array,
    readonly signals: readonly ObfuscationSignal[],
    pass: Pass1Result,
  ) {
    this.hidden = pass.hidden;
    this.encodedRuns = pass.encodedRuns;
  }

  get codes(): Uint16Array {
    return (this.codesView ??= this.allCodes.subarray(0, this.text.length));
  }

  get starts(): Int32Array {
    return (this.startsView ??= this.allStarts.subarray(0, this.text.length));
  }

  get ends(): Int32Array {
    return (this.endsView ??= this.allEnds.subarray(0, this.text.length));
  }
}

/**
 * Folds text into its matching view (see the pass comments above). Work is linear in the text
 * length; each distinct non-ASCII code point is folded once and memoised.
 */
export function normalizeForDetection(text: string): NormalizedText {
  const view = normalizeView(text);
  return {
    text: view.text,
    starts: view.starts.slice(),
    ends: view.ends.slice(),
    signals: view.signals,
    hidden: view.hidden,
    encodedRuns: view.encodedRuns,
  };
}
