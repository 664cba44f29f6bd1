import type { UsageRecord } from './usage-record.js';

/**
 * One record per request id, as one SQL upsert statement needs: a terminal record wins over
 * `started`, and among terminal ones the last wins. Order of first appearance is kept.
 */
export function coalesceUsageRecords(records: readonly UsageRecord[]): UsageRecord[] {
  const byId = new Map<string, UsageRecord>();
  for (const record of records) {
    const previous = byId.get(record.requestId);
    if (previous === undefined || record.status !== 'started') byId.set(record.requestId, record);
  }
  return [...byId.values()];
}
