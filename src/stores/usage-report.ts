import type { UsageDimension, UsageSummaryRow } from './usage-store.js';

/** The public names of the usage dimensions (admin API `group_by`, CLI `--group-by`). */
export const usageDimensions: Readonly<Record<string, UsageDimension>> = {
  day: 'day',
  key: 'keyId',
  tenant: 'tenant',
  model: 'model',
};

/** One usage total as the admin API and the CLI show it (snake_case, cost to the micro-dollar). */
export function presentUsageRow(row: UsageSummaryRow) {
  return {
    day: row.day,
    key: row.keyId,
    tenant: row.tenant,
    model: row.model,
    requests: row.requests,
    prompt_tokens: row.promptTokens,
    completion_tokens: row.completionTokens,
    cost_usd: Math.round(row.costUsd * 1e6) / 1e6,
  };
}
