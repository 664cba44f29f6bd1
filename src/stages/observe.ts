import {
  estimateCostUsd,
  settleOutcome,
  type Outcome,
  type RequestContext,
  type RequestObserver,
  type RequestTrace,
  type Settlement,
  type Stage,
} from '../core/index.js';

function traceOf(
  context: RequestContext,
  outcome: Outcome,
  settlement: Settlement,
  startedAtMs: number,
  latencyMs: number,
  firstTokenMs: number | undefined,
): RequestTrace {
  const rejected = outcome.type === 'rejection';
  const usage = settlement.usage;
  return {
    requestId: context.requestId,
    startedAtMs,
    surface: context.surface,
    clientIp: context.clientIp,
    keyId: context.principal?.keyId,
    tenant: context.principal?.tenant,
    route: context.request?.model,
    stream: context.request?.stream === true,
    status:
      settlement.status === 'succeeded'
        ? 'success'
        : settlement.status === 'cancelled'
          ? 'cancelled'
          : rejected && context.attempts.length === 0
            ? 'rejected'
            : 'failed',
    code: settlement.errorCode,
    httpStatus: outcome.type === 'rejection' ? outcome.error.status : 200,
    latencyMs,
    firstTokenMs,
    upstreamMs: context.upstreamMs,
    provider: settlement.target?.provider,
    model: settlement.model,
    attempts: context.attempts,
    stages: context.stageTimings,
    guards: context.guards,
    usage,
    costUsd:
      usage === undefined || settlement.target === undefined
        ? undefined
        : estimateCostUsd(usage, settlement.target.pricing),
  };
}

/**
 * The outermost stage: when a request is over (at the end of a stream for streams), one trace of
 * it goes to every observer — the log line, the admin API's decision traces, the metrics. It
 * carries no prompt or completion text, keys or headers.
 */
export function createObserveStage(
  observers: readonly RequestObserver[],
  now: () => number,
): Stage {
  return {
    name: 'observe',
    async handle(context, next) {
      const startedAtMs = Date.now();
      const outcome = await next();
      const firstTokenMs =
        outcome.type === 'rejection'
          ? undefined
          : Math.round((now() - context.startedAt) * 100) / 100;
      return settleOutcome(outcome, (settlement) => {
        const trace = traceOf(
          context,
          outcome,
          settlement,
          startedAtMs,
          Math.round((now() - context.startedAt) * 100) / 100,
          firstTokenMs,
        );
        for (const observer of observers) observer.observe(trace);
      });
    },
  };
}
