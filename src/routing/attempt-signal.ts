import { GatewayError } from '../core/index.js';

export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Stops the attempt timer (a stream that reached its first content has its own timeouts). */
  clearTimer(): void;
  /** Stops the timer and unlinks from the request's signal. */
  dispose(): void;
}

/**
 * A signal for one upstream attempt: aborted when the request's signal aborts (client gone,
 * deadline), with the same reason, or when the attempt's own timeout fires, with
 * `provider_timeout`.
 */
export function createAttemptSignal(parent: AbortSignal, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(parent.reason);
  if (parent.aborted) controller.abort(parent.reason);
  else parent.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    controller.abort(
      new GatewayError('provider_timeout', { detail: `attempt exceeded ${timeoutMs} ms` }),
    );
  }, timeoutMs);
  return {
    signal: controller.signal,
    clearTimer: () => clearTimeout(timer),
    dispose: () => {
      clearTimeout(timer);
      parent.removeEventListener('abort', onAbort);
    },
  };
}
