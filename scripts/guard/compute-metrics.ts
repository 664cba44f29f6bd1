/** Binary-classification metrics, with per-category detail. */
export interface Metrics {
  readonly count: number;
  readonly attacks: number;
  readonly benign: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly falsePositiveRate: number;
  /** Attack categories: share detected. Benign categories: share flagged (false-positive rate). */
  readonly categories: Readonly<Record<string, { count: number; flagged: number; rate: number }>>;
}

export interface Scored {
  readonly label: 0 | 1;
  readonly category: string;
  readonly score: number;
}

export function computeMetrics(rows: readonly Scored[], threshold: number): Metrics {
  let truePositives = 0;
  let falsePositives = 0;
  let attacks = 0;
  const categories: Record<string, { count: number; flagged: number; rate: number }> = {};
  for (const row of rows) {
    const flagged = row.score >= threshold;
    if (row.label === 1) attacks++;
    if (flagged && row.label === 1) truePositives++;
    if (flagged && row.label === 0) falsePositives++;
    const entry = (categories[row.category] ??= { count: 0, flagged: 0, rate: 0 });
    entry.count++;
    if (flagged) entry.flagged++;
  }
  for (const entry of Object.values(categories)) entry.rate = entry.flagged / entry.count;
  const benign = rows.length - attacks;
  const precision =
    truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = attacks === 0 ? 0 : truePositives / attacks;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    count: rows.length,
    attacks,
    benign,
    truePositives,
    falsePositives,
    precision,
    recall,
    f1,
    falsePositiveRate: benign === 0 ? 0 : falsePositives / benign,
    categories,
  };
}

/**
 * The lowest threshold whose false-positive rate on `rows` stays at or below `maxFalsePositiveRate`
 * (so recall is as high as that allows), placed halfway to the next benign score for margin.
 */
export function chooseThreshold(rows: readonly Scored[], maxFalsePositiveRate: number): number {
  const benign = rows.filter((row) => row.label === 0).map((row) => row.score);
  benign.sort((left, right) => right - left);
  const allowed = Math.floor(benign.length * maxFalsePositiveRate);
  const highestPassed = benign[allowed] ?? 0;
  const lowestFlagged = benign[allowed - 1] ?? 1;
  return Math.min(0.99, Math.max(highestPassed + 1e-6, (highestPassed + lowestFlagged) / 2));
}
