import type { Logger, Outcome, RequestContext, Stage, StreamPart, Usage } from '../core/index.js';
import { estimateCostUsd } from '../core/index.js';

interface Summary {
  readonly status: 'success' | 'rejected' | 'failed';
  readonly code?: string;
  readonly httpStatus: number;
  readonly usage?: Usage;
  readonly provider?: string;
  readonly model?: string;
  readonly costUsd?: number;
}

function cascadeOf(context: RequestContext): string {
  let text = '';
  for (const attempt of context.attempts) {
    text += `${text === '' ? '' : ' > '}${attempt.provider}:${attempt.reason ?? 'ok'}`;
  }
  return text;
}

function write(logger: Logger, context: RequestContext, now: number, summary: Summary): void {
  logger.info(
    {
      request_id: context.requestId,
      surface: context.surface,
      key_id: context.principal?.keyId,
      route: context.request?.model,
      provider: summary.provider,
      model: summary.model,
      stream: context.request?.stream === true,
      attempts: context.attempts.length,
      cascade: context.attempts.length > 1 ? cascadeOf(context) : undefined,
      status: summary.status,
      code: summary.code,
      http_status: summary.httpStatus,
      latency_ms: Math.round((now - context.startedAt) * 100) / 100,
      prompt_tokens: summary.usage?.promptTokens,
      completion_tokens: summary.usage?.completionTokens,
      cost_usd: summary.costUsd,
      guards: context.guards.length > 0 ? context.guards : undefined,
    },
    'request',
  );
}

/**
 * The outermost stage: one structured log line per request, written when the answer is complete
 * (at the end of a stream for streams). It never logs prompt or completion text, keys or headers.
 */
export function createObserveStage(logger: Logger, now: () => number): Stage {
  async function* observeStream(
    context: RequestContext,
    outcome: Extract<Outcome, { type: 'stream' }>,
  ): AsyncGenerator<StreamPart> {
    let summary: Summary = { status: 'failed', code: 'client_closed_request', httpStatus: 200 };
    try {
      for await (const part of outcome.parts) {
        if (part.type === 'finish') {
          summary = {
            status: 'success',
            httpStatus: 200,
            usage: part.usage,
            provider: outcome.target.provider,
            model: part.model,
            costUsd: estimateCostUsd(part.usage, outcome.target.pricing),
          };
        } else if (part.type === 'error') {
          summary = {
            status: 'failed',
            code: part.error.code,
            httpStatus: 200,
            provider: outcome.target.provider,
          };
        }
        yield part;
      }
    } finally {
      write(logger, context, now(), summary);
    }
  }

  return {
    name: 'observe',
    async handle(context, next) {
      const outcome = await next();
      if (outcome.type === 'stream') return { ...outcome, parts: observeStream(context, outcome) };
      if (outcome.type === 'completion') {
        write(logger, context, now(), {
          status: 'success',
          httpStatus: 200,
          usage: outcome.result.usage,
          provider: outcome.target.provider,
          model: outcome.result.model,
          costUsd: estimateCostUsd(outcome.result.usage, outcome.target.pricing),
        });
      } else {
        const failed =
          outcome.error.code === 'all_providers_failed' ||
          outcome.error.code === 'no_provider_available';
        write(logger, context, now(), {
          status: failed ? 'failed' : 'rejected',
          code: outcome.error.code,
          httpStatus: outcome.error.status,
        });
      }
      return outcome;
    },
  };
}
