import type { UsageRecord } from '../usage-record.js';
import type { UsageDimension, UsageFilter, UsageSummaryRow } from '../usage-store.js';

export function matchesUsageFilter(record: UsageRecord, filter: UsageFilter): boolean {
  return (
    (filter.keyId === undefined || record.keyId === filter.keyId) &&
    (filter.tenant === undefined || record.tenant === filter.tenant) &&
    (filter.model === undefined || record.model === filter.model) &&
    (filter.fromMs === undefined || record.startedAtMs >= filter.fromMs) &&
    (filter.toMs === undefined || record.startedAtMs < filter.toMs)
  );
}

/** The memory store's GROUP BY: the same totals and order the SQL stores produce. */
export function summarizeUsageRecords(
  records: Iterable<UsageRecord>,
  groupBy: readonly UsageDimension[],
): UsageSummaryRow[] {
  const groups = new Map<string, { -readonly [K in keyof UsageSummaryRow]: UsageSummaryRow[K] }>();
  for (const record of records) {
    const day = groupBy.includes('day')
      ? new Date(record.startedAtMs).toISOString().slice(0, 10)
      : null;
    const keyId = groupBy.includes('keyId') ? record.keyId : null;
    const tenant = groupBy.includes('tenant') ? record.tenant : null;
    const model = groupBy.includes('model') ? record.model : null;
    const id = JSON.stringify([day, keyId, tenant, model]);
    const group = groups.get(id) ?? {
      day,
      keyId,
      tenant,
      model,
      requests: 0,
      promptTokens: 0,
      completionTokens: 0,
      costUsd: 0,
    };
    group.requests += 1;
    group.promptTokens += record.promptTokens;
    group.completionTokens += record.completionTokens;
    group.costUsd += record.settledCostUsd ?? record.estimatedCostUsd ?? 0;
    groups.set(id, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, costUsd: Math.round(group.costUsd * 1e12) / 1e12 }))
    .sort(compareGroups);
}

function compareGroups(left: UsageSummaryRow, right: UsageSummaryRow): number {
  for (const dimension of ['day', 'keyId', 'tenant', 'model'] as const) {
    const a = left[dimension];
    const b = right[dimension];
    if (a === b) continue;
    if (a === null) return 1;
    if (b === null) return -1;
    return a < b ? -1 : 1;
  }
  return 0;
}
