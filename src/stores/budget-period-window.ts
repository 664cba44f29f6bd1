import type { BudgetPeriod } from './budget-store.js';

const dayMs = 86_400_000;

/** The UTC calendar window of `period` that contains `nowMs`. */
export function budgetPeriodWindow(
  period: BudgetPeriod,
  nowMs: number,
): { readonly startMs: number; readonly endMs: number } {
  if (period === 'day') {
    const startMs = Math.floor(nowMs / dayMs) * dayMs;
    return { startMs, endMs: startMs + dayMs };
  }
  const date = new Date(nowMs);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return { startMs: Date.UTC(year, month, 1), endMs: Date.UTC(year, month + 1, 1) };
}
