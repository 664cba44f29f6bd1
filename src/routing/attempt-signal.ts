import { GatewayError } from '../core/index.js';

export interface AttemptSignal {
  readonly signal: AbortSignal;
  /**
   * Replaces the attempt's timer: a committed stream swaps the time-to-first-content bound for its
   * total-duration bound.
   */
  restartTimer(timeoutMs: number, detail: string): void;
  /** Ends the attempt from outside (a hedge's loser). */
  abort(reason: unknown): void;
  /** Stops the timer and unlinks from the request's signal. */
  dispose(): void;
}

/**
 * A signal for one upstream attempt: aborted when the request's signal aborts (client gone,
 * deadline), with the same reason, or when the attempt's own timer fires, with
 * `provider_timeout`.
 */
export function createAttemptSignal(parent: AbortSignal, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(parent.reason);
  if (parent.aborted) controller.abort(parent.reason);
  else parent.addEventListener('abort', onAbort, { once: true });
  const start = (milliseconds: number, detail: string): NodeJS.Timeout =>
    setTimeout(
      () => controller.abort(new GatewayError('provider_timeout', { detail })),
      milliseconds,
    );
  let timer = start(timeoutMs, `attempt exceeded ${timeoutMs} ms`);
  return {
    signal: controller.signal,
    restartTimer(milliseconds, detail) {
      clearTimeout(timer);
      timer = start(milliseconds, detail);
    },
    abort(reason) {
      controller.abort(reason);
    },
    dispose() {
      clearTimeout(timer);
      parent.removeEventListener('abort', onAbort);
    },
  };
}
