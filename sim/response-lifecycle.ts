import type { ServerResponse } from 'node:http';

/**
 * Tracks one response: whether the client went away (recorded on the journal entry), the timers
 * to cancel when it does, and whether the simulator ended the connection on purpose.
 */
export class ResponseLifecycle {
  readonly #response: ServerResponse;
  readonly #timers = new Set<{ timer: NodeJS.Timeout; resolve: (alive: boolean) => void }>();
  #closed = false;
  #endedByServer = false;

  constructor(
    response: ServerResponse,
    entry: { clientAbortedAt?: number } | undefined,
    isStopping: () => boolean,
  ) {
    this.#response = response;
    response.on('close', () => {
      this.#closed = true;
      if (
        !response.writableFinished &&
        !this.#endedByServer &&
        !isStopping() &&
        entry !== undefined
      ) {
        entry.clientAbortedAt = Date.now();
      }
      for (const pending of this.#timers) {
        clearTimeout(pending.timer);
        pending.resolve(false);
      }
      this.#timers.clear();
    });
  }

  /** False once the connection is gone. */
  get alive(): boolean {
    return !this.#closed && !this.#response.destroyed;
  }

  /** Resolves true after `ms`, or false as soon as the connection closes. */
  sleep(ms: number): Promise<boolean> {
    if (!this.alive) return Promise.resolve(false);
    if (ms <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const pending = {
        timer: setTimeout(() => {
          this.#timers.delete(pending);
          resolve(this.alive);
        }, ms),
        resolve,
      };
      this.#timers.add(pending);
    });
  }

  /**
   * Ends the connection without finishing the response, not counted as a client abort: `reset`
   * sends a TCP RST, `destroy` closes at once, `after-flush` closes once written bytes are out.
   */
  terminate(how: 'reset' | 'destroy' | 'after-flush'): void {
    this.#endedByServer = true;
    const socket = this.#response.socket;
    if (socket === null) return;
    if (how === 'reset') socket.resetAndDestroy();
    else if (how === 'destroy') socket.destroy();
    else socket.destroySoon();
  }
}
