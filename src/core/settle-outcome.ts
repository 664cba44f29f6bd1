import type { Usage } from './chat.js';
import type { ErrorCode } from './errors.js';
import type { Outcome, ServedTarget } from './pipeline.js';
import type { StreamPart } from './stream-part.js';

/** How a request ended, once: its answer complete, failed, or abandoned by the client. */
export interface Settlement {
  readonly status: 'succeeded' | 'failed' | 'cancelled';
  readonly usage: Usage | undefined;
  readonly target: ServedTarget | undefined;
  /** The model that answered, as the provider reported it. */
  readonly model: string | undefined;
  readonly errorCode: ErrorCode | undefined;
}

/** Told how the request ended; may return a promise the answer's last part waits for. */
export type SettlementListener = (settlement: Settlement) => void | Promise<void>;

async function* watch(
  parts: AsyncIterable<StreamPart>,
  target: ServedTarget,
  done: SettlementListener,
): AsyncGenerator<StreamPart> {
  let told = false;
  let settlement: Settlement = {
    status: 'cancelled',
    usage: undefined,
    target,
    model: undefined,
    errorCode: 'client_closed_request',
  };
  try {
    for await (const part of parts) {
      if (part.type === 'finish' || part.type === 'error') {
        settlement =
          part.type === 'finish'
            ? {
                status: 'succeeded',
                usage: part.usage,
                target,
                model: part.model,
                errorCode: undefined,
              }
            : {
                status: part.error.code === 'client_closed_request' ? 'cancelled' : 'failed',
                usage: undefined,
                target,
                model: undefined,
                errorCode: part.error.code,
              };
        // Settled before the terminal part goes out: what the client is told is already recorded.
        told = true;
        await done(settlement);
      }
      yield part;
    }
  } finally {
    if (!told) void done(settlement);
  }
}

/**
 * Calls `done` exactly once when the request's answer is over: before returning for a completion
 * or a rejection, before the terminal part (or when its reader gives up) for a stream. Stages that
 * hold something for the request's life (a concurrency slot, a token or budget reservation, a
 * usage row) release or settle it here; a promise `done` returns is waited for.
 */
export async function settleOutcome(outcome: Outcome, done: SettlementListener): Promise<Outcome> {
  if (outcome.type === 'stream')
    return { ...outcome, parts: watch(outcome.parts, outcome.target, done) };
  if (outcome.type === 'completion') {
    await done({
      status: 'succeeded',
      usage: outcome.result.usage,
      target: outcome.target,
      model: outcome.result.model,
      errorCode: undefined,
    });
  } else {
    await done({
      status: outcome.error.code === 'client_closed_request' ? 'cancelled' : 'failed',
      usage: undefined,
      target: undefined,
      model: undefined,
      errorCode: outcome.error.code,
    });
  }
  return outcome;
}
