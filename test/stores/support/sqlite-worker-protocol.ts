import type {
  AuditEvent,
  ConcurrencyLease,
  ConcurrencyRequest,
  QuotaCounter,
  QuotaWindow,
} from '../../../src/stores/index.js';

interface Envelope {
  readonly id: number;
  readonly path: string;
  readonly hmacSecret: string;
  readonly nowMs: number;
}

/** What the test thread asks a SQLite worker to do. */
export type WorkerRequest = Envelope &
  (
    | {
        readonly operation: 'quota.reserve';
        readonly counters: readonly QuotaCounter[];
        readonly amount: number;
      }
    | {
        readonly operation: 'quota.adjust';
        readonly windows: readonly QuotaWindow[];
        readonly delta: number;
      }
    | { readonly operation: 'lease.acquire'; readonly request: ConcurrencyRequest }
    | {
        readonly operation: 'lease.renew';
        readonly lease: ConcurrencyLease;
        readonly leaseMs: number;
      }
    | { readonly operation: 'lease.release'; readonly lease: ConcurrencyLease }
    | { readonly operation: 'audit.append'; readonly event: AuditEvent }
  );

export interface WorkerReply {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: { readonly message: string; readonly code: string | undefined };
}

/** Distributes `Omit` over the union, so each operation keeps its own fields. */
export type WorkerCall = WorkerRequest extends infer Request
  ? Request extends WorkerRequest
    ? Omit<Request, keyof Envelope>
    : never
  : never;
