import { silentLogger, type Logger } from '../core/index.js';
import type { UsageCompletion, UsageRecord, UsageStart } from './usage-record.js';
import type { UsageStore } from './usage-store.js';

export interface UsageRecorderOptions {
  readonly store: UsageStore;
  /**
   * Stamped on every row, for `reconcile({ instanceId })` at the next start. Give each replica a
   * stable id of its own (a pod or host name); the default suits one process.
   */
  readonly instanceId?: string;
  /** Flush at least this often (default 200 ms). */
  readonly flushIntervalMs?: number;
  /** Flush as soon as this many rows wait, and write at most this many per batch (default 500). */
  readonly batchSize?: number;
  /** Past this many waiting rows (the store is down), new rows are dropped and logged. */
  readonly maxBuffered?: number;
  readonly logger?: Logger;
}

/**
 * The in-process buffer in front of a {@link UsageStore}: `started` and `finished` return at once;
 * rows go out in batches every `flushIntervalMs` or `batchSize` rows, and on `close()`. A start and
 * its completion in the same batch become one row. A failed batch stays buffered and is retried.
 * A process killed outright loses at most one interval of rows; `reconcile()` then finishes the
 * `started` rows that did reach the store.
 */
export class UsageRecorder {
  private readonly store: UsageStore;
  private readonly instanceId: string;
  private readonly batchSize: number;
  private readonly maxBuffered: number;
  private readonly logger: Logger;
  private readonly timer: NodeJS.Timeout;
  private buffer = new Map<string, UsageRecord>();
  private flushing: Promise<void> = Promise.resolve();
  private flushQueued = false;
  private pendingDurable: Promise<void> | undefined;
  private dropped = 0;

  constructor(options: UsageRecorderOptions) {
    this.store = options.store;
    this.instanceId = options.instanceId ?? 'default';
    this.batchSize = options.batchSize ?? 500;
    this.maxBuffered = options.maxBuffered ?? 100_000;
    this.logger = options.logger ?? silentLogger;
    this.timer = setInterval(() => void this.flush(), options.flushIntervalMs ?? 200);
    this.timer.unref();
  }

  /** Records an admitted request. Never throws, never waits. */
  started(start: UsageStart): void {
    if (this.buffer.has(start.requestId)) return;
    this.add({
      ...start,
      status: 'started',
      promptTokens: 0,
      completionTokens: 0,
      settledCostUsd: null,
      latencyMs: null,
      attempts: 0,
      errorCode: null,
      finishedAtMs: null,
      instanceId: this.instanceId,
    });
  }

  /** Records a finished request; replaces its waiting start, if any. */
  finished(completion: UsageCompletion): void {
    // Whole milliseconds on every backend: PostgreSQL's column is an integer, and a fractional
    // value there would fail the whole batch.
    const latencyMs = completion.latencyMs === null ? null : Math.round(completion.latencyMs);
    this.add({ ...completion, latencyMs, instanceId: this.instanceId });
  }

  /** Writes everything buffered so far. Failures are logged and the rows kept. */
  flush(): Promise<void> {
    this.flushQueued = false;
    this.flushing = this.flushing.then(() => this.writeBuffered());
    return this.flushing;
  }

  /**
   * Resolves once every row recorded so far is in the store. Concurrent callers share one write
   * (group commit), so a request can wait for its row before its answer is acknowledged without a
   * write per request.
   */
  durable(): Promise<void> {
    this.pendingDurable ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.pendingDurable = undefined;
      return this.flush();
    });
    return this.pendingDurable;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private add(record: UsageRecord): void {
    if (!this.buffer.has(record.requestId) && this.buffer.size >= this.maxBuffered) {
      this.dropped += 1;
      if (this.dropped === 1 || this.dropped % 1000 === 0) {
        this.logger.error({ dropped: this.dropped }, 'Usage buffer full; dropping usage rows.');
      }
      return;
    }
    this.buffer.set(record.requestId, record);
    if (this.buffer.size >= this.batchSize && !this.flushQueued) {
      this.flushQueued = true;
      void this.flush();
    }
  }

  private async writeBuffered(): Promise<void> {
    while (this.buffer.size > 0) {
      const batch: UsageRecord[] = [];
      for (const record of this.buffer.values()) {
        batch.push(record);
        if (batch.length === this.batchSize) break;
      }
      for (const record of batch) this.buffer.delete(record.requestId);
      try {
        await this.store.recordBatch(batch);
      } catch (error) {
        this.restore(batch);
        this.logger.warn({ err: error, rows: batch.length }, 'Usage batch failed; will retry.');
        return;
      }
    }
  }

  /** Puts a failed batch back, without overwriting anything that arrived since. */
  private restore(batch: readonly UsageRecord[]): void {
    const newer = this.buffer;
    this.buffer = new Map(batch.map((record) => [record.requestId, record]));
    for (const [requestId, record] of newer) {
      const older = this.buffer.get(requestId);
      if (older === undefined || record.status !== 'started') this.buffer.set(requestId, record);
    }
  }
}
