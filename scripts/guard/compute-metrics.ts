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

/** One dev row for {@link chooseModelOffset}: its rule score and the model's logit. */
export interface OffsetCandidate {
  readonly label: 0 | 1;
  readonly ruleScore: number;
  readonly logit: number;
}

/**
 * The shift of the model's bias that makes `rows` flag at the fixed `threshold` with a
 * false-positive rate at or below `maxFalsePositiveRate`, as large as that allows (so recall is as
 * high as that allows), placed halfway between the shifts that flag the last allowed and the first
 * disallowed benign row. The threshold stays fixed so that a rule's weight keeps its meaning
 * across retraining: a rule that flags alone before retraining still does after it.
 */
export function chooseModelOffset(
  rows: readonly OffsetCandidate[],
  threshold: number,
  maxFalsePositiveRate: number,
): number {
  // The shift at which each benign row starts to be flagged: noisy-OR with its rule score reaches
  // the threshold once the model's probability reaches 1 - (1 - threshold) / (1 - ruleScore).
  const critical = rows
    .filter((row) => row.label === 0)
    .map((row) => {
      if (row.ruleScore >= threshold) return Number.NEGATIVE_INFINITY;
      const needed = 1 - (1 - threshold) / (1 - row.ruleScore);
      return Math.log(needed / (1 - needed)) - row.logit;
    })
    .sort((left, right) => left - right);
  const allowed = Math.floor(critical.length * maxFalsePositiveRate);
  const firstKept = critical[allowed] ?? Number.POSITIVE_INFINITY;
  const lastFlagged = critical[allowed - 1] ?? Number.NEGATIVE_INFINITY;
  if (firstKept === Number.POSITIVE_INFINITY) throw new Error('no benign row to keep unflagged');
  if (firstKept === Number.NEGATIVE_INFINITY) {
    throw new Error('the rules alone flag more benign rows than the budget allows');
  }
  // Halfway (in logit) between the last benign row allowed to flag and the first that must not; a
  // fixed margin when the rules alone flag the allowed rows.
  return Number.isFinite(lastFlagged) ? (firstKept + lastFlagged) / 2 : firstKept - 0.1;
}
