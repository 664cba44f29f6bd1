import { parseFaults } from './parse-faults.js';
import type { Rng } from './rng.js';
import type { SimFault } from './simulator-types.js';

interface QueuedFault {
  readonly fault: SimFault;
  remaining: number;
}

/**
 * The faults scripted for one provider: a queue applied in order (each for `count` requests) and
 * probabilistic faults sampled on every request the queue does not cover.
 */
export class FaultQueue {
  #queue: QueuedFault[] = [];
  #probabilistic: SimFault[] = [];

  /** Replaces every fault. Throws a TypeError on nonsense (unknown kind, count 0, …). */
  set(faults: readonly SimFault[]): void {
    const parsed = parseFaults(faults);
    if (!parsed.ok) throw new TypeError(`Invalid simulator fault: ${parsed.message}`);
    this.#queue = [];
    this.#probabilistic = [];
    for (const fault of parsed.faults) {
      if (fault.probability !== undefined) this.#probabilistic.push(fault);
      else this.#queue.push({ fault, remaining: fault.count ?? 1 });
    }
  }

  clear(): void {
    this.#queue = [];
    this.#probabilistic = [];
  }

  /** The fault for the next request, consuming one use of the queue head. */
  next(rng: Rng): SimFault | undefined {
    const head = this.#queue[0];
    if (head !== undefined) {
      head.remaining -= 1;
      if (head.remaining <= 0) this.#queue.shift();
      return head.fault;
    }
    for (const fault of this.#probabilistic) {
      if (rng() < (fault.probability ?? 0)) return fault;
    }
    return undefined;
  }

  /** What is still scripted, for the control API (`count: -1` for "until cleared"). */
  describe(): readonly Record<string, unknown>[] {
    return [
      ...this.#queue.map(({ fault, remaining }) => ({
        ...fault,
        count: Number.isFinite(remaining) ? remaining : -1,
      })),
      ...this.#probabilistic.map((fault) => ({ ...fault })),
    ];
  }
}
