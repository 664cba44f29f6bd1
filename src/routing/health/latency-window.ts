/**
 * Recent latencies of one target: an exponentially weighted mean (for least-latency routing) and
 * a percentile over the last samples (for hedging delays), recomputed lazily.
 */
export class LatencyWindow {
  private readonly samples: Float64Array;
  private count = 0;
  private next = 0;
  private meanValue: number | undefined;
  private sortedCache: Float64Array | undefined;

  constructor(
    size = 256,
    private readonly alpha = 0.2,
  ) {
    this.samples = new Float64Array(size);
  }

  record(milliseconds: number): void {
    this.meanValue =
      this.meanValue === undefined
        ? milliseconds
        : this.meanValue + this.alpha * (milliseconds - this.meanValue);
    this.samples[this.next] = milliseconds;
    this.next = (this.next + 1) % this.samples.length;
    this.count = Math.min(this.count + 1, this.samples.length);
    this.sortedCache = undefined;
  }

  /** The EWMA, or undefined before the first sample. */
  get mean(): number | undefined {
    return this.meanValue;
  }

  get size(): number {
    return this.count;
  }

  /** The q-quantile (0..1) of the recent samples, or undefined with fewer than `minimum`. */
  quantile(q: number, minimum = 20): number | undefined {
    if (this.count < minimum) return undefined;
    this.sortedCache ??= this.samples.slice(0, this.count).sort();
    return this.sortedCache[Math.min(this.count - 1, Math.floor(q * this.count))];
  }
}
