import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  UsageRecorder,
  type UsageCompletion,
  type UsageRecord,
  type UsageStart,
  type UsageStore,
} from '../../../src/stores/index.js';
import { FakeClock, uniqueName } from '../support/fake-clock.js';

export interface UsageSubject {
  usage(): UsageStore;
}

const day = 86_400_000;

export function usageStart(overrides: Partial<UsageStart> = {}): UsageStart {
  return {
    requestId: uniqueName('req'),
    keyId: 'key-a',
    tenant: 'tenant-a',
    surface: 'openai',
    route: 'default',
    provider: 'sim',
    model: 'model-a',
    estimatedCostUsd: 0.01,
    startedAtMs: new FakeClock().now(),
    ...overrides,
  };
}

export function usageCompletion(
  start: UsageStart,
  overrides: Partial<UsageCompletion> = {},
): UsageCompletion {
  return {
    ...start,
    status: 'succeeded',
    promptTokens: 100,
    completionTokens: 50,
    settledCostUsd: 0.004,
    latencyMs: 120,
    attempts: 1,
    errorCode: null,
    finishedAtMs: start.startedAtMs + 120,
    ...overrides,
  };
}

/** Rows of one tenant, oldest first (the tenant isolates a test's rows). */
async function rowsOf(store: UsageStore, tenant: string): Promise<UsageRecord[]> {
  const page = await store.list({ tenant, limit: 1000 });
  return [...page.records].reverse();
}

/** The `UsageStore` contract, written through `UsageRecorder` as the gateway does. */
export function describeUsageStoreContract(name: string, subject: () => UsageSubject): void {
  describe(`UsageStore contract (${name})`, () => {
    const recorder = (store: UsageStore, instanceId = 'node-1'): UsageRecorder =>
      new UsageRecorder({ store, instanceId, flushIntervalMs: 3_600_000, batchSize: 1000 });

    it('writes one row per request: the start, then its completion', async () => {
      const store = subject().usage();
      const usage = recorder(store);
      const tenant = uniqueName('tenant');
      const start = usageStart({ tenant });
      usage.started(start);
      await usage.flush();
      expect(await store.get(start.requestId)).toMatchObject({
        status: 'started',
        instanceId: 'node-1',
      });
      usage.finished(usageCompletion(start));
      usage.started(start);
      await usage.close();
      const rows = await rowsOf(store, tenant);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toEqual({ ...usageCompletion(start), instanceId: 'node-1' });
    });

    it('stores latency in whole milliseconds, so a fractional measure cannot fail a batch', async () => {
      const store = subject().usage();
      const usage = recorder(store);
      const tenant = uniqueName('tenant');
      const start = usageStart({ tenant });
      usage.finished({ ...usageCompletion(start), latencyMs: 120.37 });
      await usage.close();
      expect(await rowsOf(store, tenant)).toEqual([
        { ...usageCompletion(start), instanceId: 'node-1' },
      ]);
    });

    it('is idempotent: a replayed batch or a late start changes nothing', async () => {
      const store = subject().usage();
      const tenant = uniqueName('tenant');
      const start = usageStart({ tenant });
      const done: UsageRecord = { ...usageCompletion(start), instanceId: 'n' };
      const started: UsageRecord = { ...done, status: 'started', finishedAtMs: null };
      await store.recordBatch([started, done]);
      await store.recordBatch([started, done]);
      await store.recordBatch([started]);
      expect(await rowsOf(store, tenant)).toEqual([done]);
    });

    it('marks started rows interrupted on reconcile, and a late completion still wins', async () => {
      const store = subject().usage();
      const tenant = uniqueName('tenant');
      const crashed = recorder(store, uniqueName('node'));
      const alive = recorder(store, uniqueName('node'));
      const lost = usageStart({ tenant });
      const inFlight = usageStart({ tenant });
      crashed.started(lost);
      alive.started(inFlight);
      await Promise.all([crashed.flush(), alive.flush()]);
      const marked = await store.reconcile({
        instanceId: (await store.get(lost.requestId))?.instanceId ?? '',
        nowMs: 7,
      });
      expect(marked).toBe(1);
      expect(await store.get(lost.requestId)).toMatchObject({
        status: 'interrupted',
        finishedAtMs: 7,
      });
      expect(await store.get(inFlight.requestId)).toMatchObject({ status: 'started' });
      expect(await store.reconcile({ startedBeforeMs: inFlight.startedAtMs + 1, nowMs: 8 })).toBe(
        1,
      );
      alive.finished(
        usageCompletion(inFlight, { status: 'failed', errorCode: 'provider_timeout' }),
      );
      await alive.close();
      expect(await store.get(inFlight.requestId)).toMatchObject({
        status: 'failed',
        errorCode: 'provider_timeout',
      });
      await expect(store.reconcile({ nowMs: 9 })).rejects.toMatchObject({
        code: 'store_invalid_request',
      });
    });

    it('leaves exactly one terminal row per request after a crash and reconcile (property)', async () => {
      const store = subject().usage();
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              finish: fc.boolean(),
              flushAfterStart: fc.boolean(),
              flushAfterFinish: fc.boolean(),
            }),
            {
              minLength: 1,
              maxLength: 25,
            },
          ),
          async (plans) => {
            const tenant = uniqueName('tenant');
            const instanceId = uniqueName('node');
            const usage = recorder(store, instanceId);
            const reached = new Map<string, 'started' | 'finished'>();
            let pending = new Map<string, 'started' | 'finished'>();
            const flush = async (): Promise<void> => {
              await usage.flush();
              for (const [id, state] of pending)
                if (reached.get(id) !== 'finished') reached.set(id, state);
              pending = new Map();
            };
            for (const plan of plans) {
              const start = usageStart({ tenant });
              usage.started(start);
              if (!pending.has(start.requestId)) pending.set(start.requestId, 'started');
              if (plan.flushAfterStart) await flush();
              if (plan.finish) {
                usage.finished(usageCompletion(start));
                pending.set(start.requestId, 'finished');
                if (plan.flushAfterFinish) await flush();
              }
            }
            // Crash: whatever is still buffered is lost; the next process reconciles.
            await store.reconcile({ instanceId, nowMs: 1 });
            const rows = await rowsOf(store, tenant);
            expect(rows.map((row) => row.requestId).sort()).toEqual([...reached.keys()].sort());
            for (const row of rows) {
              expect(row.status).toBe(
                reached.get(row.requestId) === 'finished' ? 'succeeded' : 'interrupted',
              );
            }
          },
        ),
        { numRuns: 30 },
      );
    });

    it('lists newest first in pages, filtered by key, tenant, model and time', async () => {
      const store = subject().usage();
      const tenant = uniqueName('tenant');
      const base = new FakeClock().now();
      const records: UsageRecord[] = Array.from({ length: 7 }, (_, index) => ({
        ...usageCompletion(
          usageStart({
            tenant,
            keyId: index % 2 === 0 ? 'key-even' : 'key-odd',
            model: index < 4 ? 'model-x' : 'model-y',
            startedAtMs: base + index * 1000,
          }),
        ),
        instanceId: 'n',
      }));
      await store.recordBatch(records);
      const first = await store.list({ tenant, limit: 3 });
      expect(first.records.map((row) => row.startedAtMs)).toEqual(
        [6, 5, 4].map((index) => base + index * 1000),
      );
      const second = await store.list({ tenant, limit: 3, after: first.next ?? '' });
      const third = await store.list({ tenant, limit: 3, after: second.next ?? '' });
      expect([...first.records, ...second.records, ...third.records]).toHaveLength(7);
      expect(third.next).toBeNull();
      expect((await store.list({ tenant, keyId: 'key-even' })).records).toHaveLength(4);
      expect((await store.list({ tenant, model: 'model-y' })).records).toHaveLength(3);
      const window = await store.list({ tenant, fromMs: base + 2000, toMs: base + 5000 });
      expect(window.records.map((row) => row.startedAtMs)).toEqual([
        base + 4000,
        base + 3000,
        base + 2000,
      ]);
    });

    it('sums tokens and cost per day, key and model', async () => {
      const store = subject().usage();
      const tenant = uniqueName('tenant');
      const base = new FakeClock().now();
      const row = (
        keyId: string,
        model: string,
        startedAtMs: number,
        settled: number | null,
      ): UsageRecord => ({
        ...usageCompletion(
          usageStart({ tenant, keyId, model, startedAtMs, estimatedCostUsd: 0.5 }),
          {
            settledCostUsd: settled,
            promptTokens: 10,
            completionTokens: 5,
          },
        ),
        instanceId: 'n',
      });
      await store.recordBatch([
        row('k1', 'm1', base, 0.25),
        row('k1', 'm1', base + 1000, 0.125),
        row('k1', 'm2', base + day, null),
        row('k2', 'm1', base + day, 1),
      ]);
      const byDayAndKey = await store.summarize({ tenant, groupBy: ['day', 'keyId'] });
      expect(byDayAndKey).toEqual([
        {
          day: '2025-05-14',
          keyId: 'k1',
          tenant: null,
          model: null,
          requests: 2,
          promptTokens: 20,
          completionTokens: 10,
          costUsd: 0.375,
        },
        {
          day: '2025-05-15',
          keyId: 'k1',
          tenant: null,
          model: null,
          requests: 1,
          promptTokens: 10,
          completionTokens: 5,
          costUsd: 0.5,
        },
        {
          day: '2025-05-15',
          keyId: 'k2',
          tenant: null,
          model: null,
          requests: 1,
          promptTokens: 10,
          completionTokens: 5,
          costUsd: 1,
        },
      ]);
      const byModel = await store.summarize({ tenant, groupBy: ['model'], fromMs: base + 500 });
      expect(byModel.map((group) => [group.model, group.requests, group.costUsd])).toEqual([
        ['m1', 2, 1.125],
        ['m2', 1, 0.5],
      ]);
      const total = await store.summarize({ tenant, groupBy: [], keyId: 'k1' });
      expect(total).toEqual([
        {
          day: null,
          keyId: null,
          tenant: null,
          model: null,
          requests: 3,
          promptTokens: 30,
          completionTokens: 15,
          costUsd: 0.875,
        },
      ]);
      expect(await store.summarize({ tenant: uniqueName('nobody'), groupBy: [] })).toEqual([]);
    });
  });
}
