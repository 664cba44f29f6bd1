import type { AuditSubject } from '../contracts/audit-log.contract.js';
import type { KeySubject } from '../contracts/key-store.contract.js';
import type { LimitSubject } from '../contracts/limit-subject.js';
import type { RevocationSubject } from '../contracts/revocation-channel.contract.js';
import type { UsageSubject } from '../contracts/usage-store.contract.js';

/**
 * One backend, as the contract suites see it: opened once per test file in an isolated
 * namespace, and the subjects it can stand behind.
 */
export interface StoreBackend {
  readonly name: string;
  open(): Promise<void>;
  close(): Promise<void>;
  readonly limits?: () => LimitSubject;
  readonly keys?: () => KeySubject;
  readonly usage?: () => UsageSubject;
  readonly audit?: () => AuditSubject;
  readonly revocations?: () => RevocationSubject;
}

/** Throws until `open()` has set the value. */
export class Opened<T> {
  private value: T | undefined;

  set(value: T): void {
    this.value = value;
  }

  get(): T {
    if (this.value === undefined)
      throw new Error('The backend is not open (did its beforeAll fail?).');
    return this.value;
  }

  take(): T | undefined {
    const value = this.value;
    this.value = undefined;
    return value;
  }
}
