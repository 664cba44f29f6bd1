import type {
  QuotaCounter,
  QuotaCounterState,
  QuotaResult,
  QuotaStore,
  QuotaWindow,
} from '../quota-store.js';

interface Entry {
  windowStartMs: number;
  windowEndMs: number;
  value: number;
}

const sweepEveryMs = 60_000;

/**
 * Quota counters in a `Map`, for one process (tests, the fallback limiter, single-node use).
 * Atomic because it never awaits between reading and writing. Ended windows are swept at most
 * once a minute, so memory stays proportional to the keys active in the last window.
 */
export class MemoryQuotaStore implements QuotaStore {
  private readonly entries = new Map<string, Entry>();
  private nextSweepMs = 0;

  reserve(counters: readonly QuotaCounter[], amount: number, nowMs: number): Promise<QuotaResult> {
    this.sweep(nowMs);
    const current = counters.map((counter): Entry => {
      const entry = this.entries.get(counter.id);
      if (entry !== undefined && isCurrent(entry, counter, nowMs)) return entry;
      return { windowStartMs: counter.windowStartMs, windowEndMs: counter.windowEndMs, value: 0 };
    });
    const allowed = counters.every(
      (counter, index) => (current[index]?.value ?? 0) + amount <= counter.limit,
    );
    if (allowed) {
      counters.forEach((counter, index) => {
        const entry = current[index];
        if (entry === undefined) return;
        entry.value += amount;
        this.entries.set(counter.id, entry);
      });
    }
    const states = current.map((entry): QuotaCounterState => ({
      used: entry.value,
      windowEndMs: entry.windowEndMs,
    }));
    return Promise.resolve({ allowed, counters: states });
  }

  adjust(windows: readonly QuotaWindow[], delta: number): Promise<void> {
    for (const window of windows) {
      const entry = this.entries.get(window.id);
      if (entry?.windowEndMs === window.windowEndMs) entry.value = Math.max(0, entry.value + delta);
    }
    return Promise.resolve();
  }

  private sweep(nowMs: number): void {
    if (nowMs < this.nextSweepMs) return;
    this.nextSweepMs = nowMs + sweepEveryMs;
    for (const [id, entry] of this.entries) {
      if (entry.windowEndMs <= nowMs) this.entries.delete(id);
    }
  }
}

function isCurrent(entry: Entry, counter: QuotaCounter, nowMs: number): boolean {
  return entry.windowStartMs >= counter.windowStartMs && entry.windowEndMs > nowMs;
}
