import {
  GatewayError,
  isContentPart,
  isGatewayError,
  type ChatRequest,
  type ChatResult,
  type RequestContext,
  type StreamPart,
} from '../core/index.js';
import { createAttemptSignal, type AttemptSignal } from './attempt-signal.js';
import type { Lane } from './lane.js';

export type AttemptResult =
  | {
      readonly ok: true;
      readonly kind: 'completion';
      readonly result: ChatResult;
      readonly firstTokenMs: number;
    }
  | {
      readonly ok: true;
      readonly kind: 'stream';
      readonly parts: AsyncIterable<StreamPart>;
      readonly firstTokenMs: number;
      /** Ends the attempt: for a stream nobody will read (a hedge's loser). */
      readonly discard: () => void;
    }
  | { readonly ok: false; readonly error: GatewayError };

export interface RunningAttempt {
  readonly lane: Lane;
  readonly startedAt: number;
  readonly result: Promise<AttemptResult>;
  /** Aborts the attempt (the upstream call is cancelled). */
  cancel(reason: GatewayError): void;
}

export interface AttemptLimits {
  /** Whole answer when not streaming; first content when streaming. */
  readonly timeoutMs: number;
  readonly streamMaxDurationMs: number;
  readonly now: () => number;
  /** Told about a committed stream that failed later (the attempt itself counted as a success). */
  readonly onStreamFailure: (lane: Lane, error: GatewayError) => void;
}

function asGatewayError(error: unknown): GatewayError {
  if (isGatewayError(error)) return error;
  return new GatewayError('provider_invalid_response', {
    detail: error instanceof Error ? `adapter failure: ${error.message}` : 'adapter failure',
    cause: error,
  });
}

/**
 * The parts read before the commit point, then the rest; the attempt ends with the stream. A
 * failure after the commit point is reported, so the lane's health learns from it too.
 */
async function* replay(
  head: readonly StreamPart[],
  iterator: AsyncIterator<StreamPart>,
  attempt: AttemptSignal,
  onFailure: (error: GatewayError) => void,
): AsyncGenerator<StreamPart> {
  try {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      if (next.value.type === 'error') onFailure(next.value.error);
      yield next.value;
    }
  } finally {
    attempt.dispose();
    await iterator.return?.();
  }
}

async function generate(
  lane: Lane,
  request: ChatRequest,
  context: RequestContext,
  attempt: AttemptSignal,
  limits: AttemptLimits,
  startedAt: number,
): Promise<AttemptResult> {
  try {
    const result = await lane.target.adapter.generate(request, {
      model: lane.target.model,
      credential: lane.credential.secret,
      signal: attempt.signal,
      requestId: context.requestId,
    });
    return { ok: true, kind: 'completion', result, firstTokenMs: limits.now() - startedAt };
  } catch (error) {
    return { ok: false, error: asGatewayError(error) };
  } finally {
    attempt.dispose();
  }
}

/**
 * Reads a stream up to its commit point: the first content part (or a finish). Anything that goes
 * wrong before it is an ordinary failed attempt the router may fail over from.
 */
async function stream(
  lane: Lane,
  request: ChatRequest,
  context: RequestContext,
  attempt: AttemptSignal,
  limits: AttemptLimits,
  startedAt: number,
): Promise<AttemptResult> {
  let iterator: AsyncIterator<StreamPart> | undefined;
  let failure: GatewayError;
  try {
    const parts = await lane.target.adapter.stream(request, {
      model: lane.target.model,
      credential: lane.credential.secret,
      signal: attempt.signal,
      requestId: context.requestId,
    });
    iterator = parts[Symbol.asyncIterator]();
    const head: StreamPart[] = [];
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) {
        failure = new GatewayError('stream_truncated', {
          detail: 'stream ended before any content',
        });
        break;
      }
      if (next.value.type === 'error') {
        failure = next.value.error;
        break;
      }
      head.push(next.value);
      if (isContentPart(next.value) || next.value.type === 'finish') {
        attempt.restartTimer(
          limits.streamMaxDurationMs,
          `stream exceeded ${limits.streamMaxDurationMs} ms`,
        );
        const committed = replay(head, iterator, attempt, (error) =>
          limits.onStreamFailure(lane, error),
        );
        return {
          ok: true,
          kind: 'stream',
          parts: committed,
          firstTokenMs: limits.now() - startedAt,
          discard: () => {
            attempt.abort(new GatewayError('hedge_cancelled'));
            void committed.return(undefined);
          },
        };
      }
    }
  } catch (error) {
    failure = asGatewayError(error);
  }
  attempt.dispose();
  await iterator?.return?.();
  return { ok: false, error: failure };
}

/** Starts one upstream attempt on a lane, bounded by its own timer and the request's signal. */
export function runAttempt(
  lane: Lane,
  request: ChatRequest,
  context: RequestContext,
  limits: AttemptLimits,
): RunningAttempt {
  const startedAt = limits.now();
  const attempt = createAttemptSignal(context.signal, limits.timeoutMs);
  const run = request.stream ? stream : generate;
  return {
    lane,
    startedAt,
    result: run(lane, request, context, attempt, limits, startedAt),
    cancel: (reason) => attempt.abort(reason),
  };
}
