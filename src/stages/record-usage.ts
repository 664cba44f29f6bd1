import { settleOutcome, type Outcome, type Stage } from '../core/index.js';
import { estimateCostUsd } from '../core/index.js';
import type { UsageRecorder } from '../stores/index.js';

/**
 * The usage ledger: every admitted request gets a `started` row at admission and its completion at
 * the end (provider, model, tokens, cost, latency, status, attempts). Rows are written in batches;
 * an answer is acknowledged (the JSON body sent, or a stream's terminal event) only once its row is
 * in the store, so a crashed replica leaves no acknowledged request without its record.
 */
export function createRecordUsageStage(recorder: UsageRecorder, now: () => number): Stage {
  return {
    name: 'record-usage',
    async handle(context, next) {
      const principal = context.principal;
      const start = {
        requestId: context.requestId,
        keyId: principal?.keyId ?? null,
        tenant: principal?.tenant ?? null,
        surface: context.surface,
        route: context.request?.model ?? null,
        provider: null,
        model: null,
        estimatedCostUsd: null,
        startedAtMs: Date.now(),
      };
      recorder.started(start);
      const outcome: Outcome = await next();
      return settleOutcome(outcome, async (settlement) => {
        let attempts = 0;
        for (const attempt of context.attempts) if (attempt.status !== 'skipped') attempts += 1;
        const last = context.attempts.at(-1);
        const usage = settlement.usage;
        recorder.finished({
          ...start,
          provider: settlement.target?.provider ?? last?.provider ?? null,
          model: settlement.model ?? settlement.target?.model ?? last?.model ?? null,
          status: settlement.status,
          promptTokens: usage?.promptTokens ?? 0,
          completionTokens: usage?.completionTokens ?? 0,
          settledCostUsd:
            usage === undefined || settlement.target === undefined
              ? null
              : estimateCostUsd(usage, settlement.target.pricing),
          latencyMs: now() - context.startedAt,
          attempts,
          errorCode: settlement.errorCode ?? null,
          finishedAtMs: Date.now(),
        });
        await recorder.durable();
      });
    },
  };
}
