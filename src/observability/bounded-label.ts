/**
 * Keeps a metric label's cardinality bounded by construction: the first `limit` distinct values
 * pass through, every later one becomes `overflow`. For values a client or an admin chooses
 * (tenants), which must not grow the time-series count without bound.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly overflow = '_other',
  ) {}

  of(value: string | undefined, missing = 'none'): string {
    if (value === undefined) return missing;
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return this.overflow;
    this.seen.add(value);
    return value;
  }
}
