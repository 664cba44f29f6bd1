import { detectPii } from '../pii/detect-pii.js';
import type { PiiType } from '../pii/pii-finding.js';
import { findCanary } from './find-canary.js';

/** What leaked in an output stream; offsets count from the start of the stream. */
export interface OutputViolation {
  readonly type: PiiType | 'canary';
  readonly start: number;
  readonly end: number;
}

/** The result of feeding one delta: text now safe to send, and a violation if one was found. */
export interface OutputWindowStep {
  readonly release: string;
  readonly violation?: OutputViolation;
}

export interface OutputWindowOptions {
  /** Characters held back at the end of the stream (default 256): longer than any secret prefix. */
  readonly holdBack?: number;
  /** Canary tokens from the system prompt. */
  readonly canaries?: readonly string[];
  /** PII/secret types to watch (default: all). */
  readonly types?: ReadonlySet<PiiType>;
}

/**
 * A hold-back window over a streamed answer. Each delta is scanned together with the tail of what
 * was already released, so a secret or canary split across deltas is still seen whole; text is
 * released only once it is `holdBack` characters behind the end of the stream. After a violation
 * nothing more is released: the caller ends or replaces the stream. Pure: no I/O, no timers.
 */
export class OutputWindow {
  readonly #holdBack: number;
  readonly #canaries: readonly string[];
  readonly #types: ReadonlySet<PiiType> | undefined;
  /** Text received but not released. */
  #pending = '';
  /** Stream offset of the first pending character. */
  #released = 0;
  /** Last released characters, scanned again for context. */
  #tail = '';
  #violation: OutputViolation | undefined;

  constructor(options: OutputWindowOptions = {}) {
    this.#holdBack = options.holdBack ?? 256;
    this.#canaries = options.canaries ?? [];
    this.#types = options.types;
  }

  get violation(): OutputViolation | undefined {
    return this.#violation;
  }

  push(delta: string): OutputWindowStep {
    if (this.#violation !== undefined) return { release: '', violation: this.#violation };
    this.#pending += delta;
    return this.#scan(false);
  }

  /** The stream ended: scan and release the rest. */
  end(): OutputWindowStep {
    if (this.#violation !== undefined) return { release: '', violation: this.#violation };
    return this.#scan(true);
  }

  #scan(final: boolean): OutputWindowStep {
    const window = this.#tail + this.#pending;
    const windowStart = this.#released - this.#tail.length;
    const violation = this.#find(window);
    if (violation !== undefined) {
      this.#violation = {
        type: violation.type,
        start: windowStart + violation.start,
        end: windowStart + violation.end,
      };
      return { release: '', violation: this.#violation };
    }
    let cut = final ? this.#pending.length : Math.max(0, this.#pending.length - this.#holdBack);
    // Never split a surrogate pair.
    const code = this.#pending.charCodeAt(cut - 1);
    if (cut > 0 && cut < this.#pending.length && code >= 0xd800 && code <= 0xdbff) cut--;
    const release = this.#pending.slice(0, cut);
    this.#pending = this.#pending.slice(cut);
    this.#released += release.length;
    this.#tail = (this.#tail + release).slice(-this.#holdBack);
    return { release };
  }

  #find(window: string): OutputViolation | undefined {
    const canary = findCanary(window, this.#canaries);
    const options = this.#types === undefined ? {} : { types: this.#types };
    const [first] = detectPii(window, { ...options, includeValues: false });
    if (canary !== undefined && (first === undefined || canary.start <= first.start)) {
      return { type: 'canary', start: canary.start, end: canary.end };
    }
    return first === undefined
      ? undefined
      : { type: first.type, start: first.start, end: first.end };
  }
}
