import { coalesceUsageRecords } from '../coalesce-usage-records.js';
import { pageLimit } from '../page-limit.js';
import { promiseOf } from '../promise-of.js';
import { checkReconcileRequest } from '../check-reconcile-request.js';
import { decodeUsageCursor, encodeUsageCursor } from '../usage-cursor.js';
import type { UsageRecord } from '../usage-record.js';
import type {
  UsagePage,
  UsageQuery,
  UsageReconcileRequest,
  UsageStore,
  UsageSummaryQuery,
  UsageSummaryRow,
} from '../usage-store.js';
import { matchesUsageFilter, summarizeUsageRecords } from './summarize-usage-records.js';

/** The usage ledger in a map, for tests. */
export class MemoryUsageStore implements UsageStore {
  private readonly records = new Map<string, UsageRecord>();

  recordBatch(records: readonly UsageRecord[]): Promise<void> {
    for (const record of coalesceUsageRecords(records)) {
      if (record.status === 'started' && this.records.has(record.requestId)) continue;
      this.records.set(record.requestId, record);
    }
    return Promise.resolve();
  }

  reconcile(request: UsageReconcileRequest): Promise<number> {
    return promiseOf(() => this.reconcileNow(request));
  }

  private reconcileNow(request: UsageReconcileRequest): number {
    checkReconcileRequest(request);
    let marked = 0;
    for (const record of this.records.values()) {
      if (record.status !== 'started') continue;
      const ownInstance =
        request.instanceId !== undefined && record.instanceId === request.instanceId;
      const old =
        request.startedBeforeMs !== undefined && record.startedAtMs < request.startedBeforeMs;
      if (!ownInstance && !old) continue;
      this.records.set(record.requestId, {
        ...record,
        status: 'interrupted',
        finishedAtMs: request.nowMs,
      });
      marked += 1;
    }
    return marked;
  }

  get(requestId: string): Promise<UsageRecord | undefined> {
    return Promise.resolve(this.records.get(requestId));
  }

  list(query: UsageQuery = {}): Promise<UsagePage> {
    return promiseOf(() => this.listNow(query));
  }

  private listNow(query: UsageQuery): UsagePage {
    const limit = pageLimit(query.limit);
    const cursor = query.after === undefined ? undefined : decodeUsageCursor(query.after);
    const matching = [...this.records.values()]
      .filter((record) => matchesUsageFilter(record, query))
      .filter(
        (record) =>
          cursor === undefined ||
          record.startedAtMs < cursor.startedAtMs ||
          (record.startedAtMs === cursor.startedAtMs && record.requestId < cursor.requestId),
      )
      .sort(
        (left, right) =>
          right.startedAtMs - left.startedAtMs || (left.requestId < right.requestId ? 1 : -1),
      );
    const records = matching.slice(0, limit);
    const last = records[records.length - 1];
    const next = matching.length > limit && last !== undefined ? encodeUsageCursor(last) : null;
    return { records, next };
  }

  summarize(query: UsageSummaryQuery): Promise<readonly UsageSummaryRow[]> {
    const matching = [...this.records.values()].filter((record) =>
      matchesUsageFilter(record, query),
    );
    return Promise.resolve(summarizeUsageRecords(matching, query.groupBy));
  }
}
