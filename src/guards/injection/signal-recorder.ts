import type { ObfuscationKind, ObfuscationSignal } from './normalized-text.js';

interface Tally {
  count: number;
  start: number;
  end: number;
}

const noSignals: readonly ObfuscationSignal[] = Object.freeze([]);

/**
 * Counts obfuscation signals during one normalisation, keeping the first occurrence of each. The
 * map is made at the first signal: almost every text has none, and this runs on every request.
 */
export class SignalRecorder {
  private tallies: Map<ObfuscationKind, Tally> | undefined = undefined;

  record(kind: ObfuscationKind, start: number, end: number): void {
    const tallies = (this.tallies ??= new Map<ObfuscationKind, Tally>());
    const tally = tallies.get(kind);
    if (tally === undefined) tallies.set(kind, { count: 1, start, end });
    else tally.count++;
  }

  signals(): readonly ObfuscationSignal[] {
    if (this.tallies === undefined) return noSignals;
    const signals: ObfuscationSignal[] = [];
    for (const [kind, tally] of this.tallies) signals.push({ kind, ...tally });
    return signals;
  }
}
