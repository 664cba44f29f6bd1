import type { Worker } from 'node:worker_threads';
import {
  StoreError,
  type AuditEvent,
  type AuditLog,
  type AuditPage,
  type AuditRecord,
  type AuditVerification,
  type ConcurrencyDecision,
  type ConcurrencyLease,
  type ConcurrencyRequest,
  type ConcurrencyStore,
  type QuotaCounter,
  type QuotaResult,
  type QuotaStore,
  type QuotaWindow,
  type StoreErrorCode,
} from '../../../src/stores/index.js';
import type { WorkerCall, WorkerReply } from './sqlite-worker-protocol.js';
import { startTypeScriptWorker } from './ts-worker.js';

/** One SQLite worker thread, and the stores that forward to it. */
export class SqliteWorker {
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: unknown) => void }
  >();
  private nextId = 1;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: unknown) => {
      const reply = message as WorkerReply;
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.error === undefined) waiting?.resolve(reply.result);
      else
        waiting?.reject(
          new StoreError(
            (reply.error.code ?? 'store_unavailable') as StoreErrorCode,
            reply.error.message,
          ),
        );
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => this.failAll(new Error(`SQLite worker exited with ${code}`)));
  }

  static start(): SqliteWorker {
    return new SqliteWorker(
      startTypeScriptWorker(new URL('./sqlite-worker-task.ts', import.meta.url), {}),
    );
  }

  call(path: string, hmacSecret: string, nowMs: number, call: WorkerCall): Promise<unknown> {
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...call, id, path, hmacSecret, nowMs });
    });
  }

  quotas(path: string): QuotaStore {
    return {
      reserve: async (counters: readonly QuotaCounter[], amount: number, nowMs: number) =>
        (await this.call(path, '', nowMs, {
          operation: 'quota.reserve',
          counters,
          amount,
        })) as QuotaResult,
      adjust: async (windows: readonly QuotaWindow[], delta: number) => {
        await this.call(path, '', 0, { operation: 'quota.adjust', windows, delta });
      },
    };
  }

  concurrency(path: string, now: () => number): ConcurrencyStore {
    return {
      acquire: async (request: ConcurrencyRequest) =>
        (await this.call(path, '', now(), {
          operation: 'lease.acquire',
          request,
        })) as ConcurrencyDecision,
      renew: async (lease: ConcurrencyLease, leaseMs: number) =>
        (await this.call(path, '', now(), { operation: 'lease.renew', lease, leaseMs })) as
          ConcurrencyLease | undefined,
      release: async (lease: ConcurrencyLease) => {
        await this.call(path, '', now(), { operation: 'lease.release', lease });
      },
    };
  }

  /** An audit log whose appends run in the worker; reading goes through the test thread's log. */
  audit(path: string, hmacSecret: string, now: () => number, reader: AuditLog): AuditLog {
    return {
      append: async (event: AuditEvent) =>
        (await this.call(path, hmacSecret, now(), {
          operation: 'audit.append',
          event,
        })) as AuditRecord,
      list: (query): Promise<AuditPage> => reader.list(query),
      verify: (options): Promise<AuditVerification> => reader.verify(options),
    };
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(error: unknown): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
