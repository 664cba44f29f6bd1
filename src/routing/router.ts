import {
  GatewayError,
  isContentPart,
  isGatewayError,
  reject,
  type ChatRequest,
  type Logger,
  type Outcome,
  type RequestContext,
  type StreamPart,
} from '../core/index.js';
import { createAttemptSignal, type AttemptSignal } from './attempt-signal.js';
import type { Target } from './target.js';

export interface RouterOptions {
  /** Whole answer when not streaming; time to the first content part when streaming. */
  readonly attemptTimeoutMs: number;
  /** Longest a committed stream may run. */
  readonly streamMaxDurationMs: number;
  /** Monotonic milliseconds (`performance.now`). */
  readonly now: () => number;
  readonly logger: Logger;
}

function asGatewayError(error: unknown): GatewayError {
  if (isGatewayError(error)) return error;
  return new GatewayError('provider_invalid_response', {
    detail: error instanceof Error ? `adapter failure: ${error.message}` : 'adapter failure',
    cause: error,
  });
}

/** A stream whose first parts were already read (up to the commit point), then the rest. */
async function* replay(
  head: readonly StreamPart[],
  iterator: AsyncIterator<StreamPart>,
  attempt: AttemptSignal,
): AsyncGenerator<StreamPart> {
  try {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    attempt.dispose();
    await iterator.return?.();
  }
}

/**
 * Sends a request to its targets in order, failing over on errors the catalog marks as failover,
 * each attempt bounded by its own timeout and by the request's signal. For streams, failover stays
 * possible until the first content part (the commit point); after it, failures travel in the
 * stream as `error` parts. Every attempt lands in the request's cascade path.
 */
export class Router {
  constructor(private readonly options: RouterOptions) {}

  async complete(
    context: RequestContext,
    request: ChatRequest,
    targets: readonly Target[],
  ): Promise<Outcome> {
    for (const target of targets) {
      const started = this.options.now();
      const attempt = createAttemptSignal(context.signal, this.options.attemptTimeoutMs);
      try {
        const result = await target.adapter.generate(request, {
          model: target.model,
          credential: target.credential,
          signal: attempt.signal,
          requestId: context.requestId,
        });
        this.record(context, target, started, undefined);
        return { type: 'completion', result, target };
      } catch (error) {
        const failure = asGatewayError(error);
        this.record(context, target, started, failure);
        if (!this.shouldFailOver(context, target, failure)) return reject(failure);
      } finally {
        attempt.dispose();
      }
    }
    return reject(this.exhausted(targets));
  }

  async stream(
    context: RequestContext,
    request: ChatRequest,
    targets: readonly Target[],
  ): Promise<Outcome> {
    for (const target of targets) {
      const started = this.options.now();
      const attempt = createAttemptSignal(context.signal, this.options.attemptTimeoutMs);
      let failure: GatewayError | undefined;
      let iterator: AsyncIterator<StreamPart> | undefined;
      try {
        const parts = await target.adapter.stream(request, {
          model: target.model,
          credential: target.credential,
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
            // Committed: from here on the client sees this target's output.
            attempt.restartTimer(
              this.options.streamMaxDurationMs,
              `stream exceeded ${this.options.streamMaxDurationMs} ms`,
            );
            this.record(context, target, started, undefined);
            return { type: 'stream', parts: replay(head, iterator, attempt), target };
          }
        }
      } catch (error) {
        failure = asGatewayError(error);
      }
      attempt.dispose();
      await iterator?.return?.();
      this.record(context, target, started, failure);
      if (!this.shouldFailOver(context, target, failure)) return reject(failure);
    }
    return reject(this.exhausted(targets));
  }

  private record(
    context: RequestContext,
    target: Target,
    started: number,
    failure: GatewayError | undefined,
  ): void {
    context.attempts.push({
      provider: target.provider,
      model: target.model,
      status: failure === undefined ? 'success' : 'failed',
      reason: failure === undefined ? null : failure.code,
      latencyMs: Math.round((this.options.now() - started) * 100) / 100,
      ...(failure?.upstreamStatus === undefined ? {} : { upstreamStatus: failure.upstreamStatus }),
    });
  }

  private shouldFailOver(context: RequestContext, target: Target, failure: GatewayError): boolean {
    const fields = {
      request_id: context.requestId,
      provider: target.provider,
      model: target.model,
      code: failure.code,
      upstream_status: failure.upstreamStatus,
      detail: failure.detail,
    };
    if (failure.code === 'client_closed_request' || failure.code === 'deadline_exceeded')
      return false;
    if (failure.code === 'provider_auth_failed') {
      this.options.logger.error(
        { ...fields, credential: target.credentialName },
        `Provider ${target.provider} rejected the gateway's credential: check ${target.credentialName}. Failing over.`,
      );
    } else {
      this.options.logger.warn(fields, `attempt at ${target.provider} failed`);
    }
    return failure.failover;
  }

  private exhausted(targets: readonly Target[]): GatewayError {
    return targets.length === 0
      ? new GatewayError('no_provider_available')
      : new GatewayError('all_providers_failed');
  }
}
