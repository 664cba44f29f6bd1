import type { ObfuscationKind, ObfuscationSignal } from './normalized-text.js';

interface Tally {
  count: number;
  start: number;
  end: number;
}

/** Counts obfuscation signals during one normalisation, keeping the first occurrence of each. */
export class SignalRecorder {
  readonly #tallies = new Map<ObfuscationKind, Tally>();

  record(kind: ObfuscationKind, start: number, end: number): void {
    const tally = this.#tallies.get(kind);
    if (tally === undefined) this.#tallies.set(kind, { count: 1, start, end });
    else tally.count++;
  }

  signals(): ObfuscationSignal[] {
    const signals: ObfuscationSignal[] = [];
    for (const [kind, tally] of this.#tallies) signals.push({ kind, ...tally });
    return signals;
  }
}
