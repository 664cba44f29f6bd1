import { describe, expect, it } from 'vitest';
import {
  MemoryUsageStore,
  UsageRecorder,
  type UsageRecord,
  type UsageStore,
} from '../../src/stores/index.js';
import { usageCompletion, usageStart } from './contracts/usage-store.contract.js';
import { createMemoryLogger } from './support/memory-logger.js';

/** A store that fails on demand and counts batches. */
class FlakyUsageStore extends MemoryUsageStore {
  failing = false;
  batches: number[] = [];

  override recordBatch(records: readonly UsageRecord[]): Promise<void> {
    if (this.failing) return Promise.reject(new Error('database down'));
    this.batches.push(records.length);
    return super.recordBatch(records);
  }
}

function waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (check()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error('condition not met in time'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

async function count(store: UsageStore): Promise<number> {
  return (await store.list({ limit: 1000 })).records.length;
}

describe('UsageRecorder', () => {
  it('returns at once and writes in batches of at most batchSize, when full', async () => {
    const store = new FlakyUsageStore();
    const recorder = new UsageRecorder({ store, batchSize: 10, flushIntervalMs: 3_600_000 });
    for (let index = 0; index < 25; index += 1) recorder.started(usageStart());
    await waitFor(() => store.batches.length >= 2);
    expect(store.batches.slice(0, 2)).toEqual([10, 10]);
    await recorder.close();
    expect(store.batches.reduce((sum, size) => sum + size, 0)).toBe(25);
  });

  it('flushes on its interval without being asked', async () => {
    const store = new FlakyUsageStore();
    const recorder = new UsageRecorder({ store, flushIntervalMs: 20 });
    recorder.started(usageStart());
    await waitFor(() => store.batches.length === 1);
    await recorder.close();
  });

  it('writes a start and its completion in one batch as one row', async () => {
    const store = new FlakyUsageStore();
    const recorder = new UsageRecorder({ store, flushIntervalMs: 3_600_000 });
    const start = usageStart();
    recorder.started(start);
    recorder.finished(usageCompletion(start));
    await recorder.close();
    expect(store.batches).toEqual([1]);
    expect(await store.get(start.requestId)).toMatchObject({ status: 'succeeded' });
  });

  it('keeps a failed batch and writes it once the store is back, without losing newer rows', async () => {
    const store = new FlakyUsageStore();
    const logger = createMemoryLogger();
    const recorder = new UsageRecorder({ store, flushIntervalMs: 3_600_000, logger });
    const start = usageStart();
    recorder.started(start);
    store.failing = true;
    await recorder.flush();
    expect(logger.entries.some((entry) => entry.level === 'warn')).toBe(true);
    recorder.finished(usageCompletion(start, { status: 'failed' }));
    recorder.started(usageStart());
    store.failing = false;
    await recorder.close();
    expect(await count(store)).toBe(2);
    expect(await store.get(start.requestId)).toMatchObject({ status: 'failed' });
  });

  it('drops and logs rows past maxBuffered while the store is down', async () => {
    const store = new FlakyUsageStore();
    store.failing = true;
    const logger = createMemoryLogger();
    const recorder = new UsageRecorder({
      store,
      flushIntervalMs: 3_600_000,
      maxBuffered: 3,
      batchSize: 100,
      logger,
    });
    for (let index = 0; index < 5; index += 1) recorder.started(usageStart());
    expect(logger.entries.filter((entry) => entry.level === 'error')).toHaveLength(1);
    store.failing = false;
    await recorder.close();
    expect(await count(store)).toBe(3);
  });
});
