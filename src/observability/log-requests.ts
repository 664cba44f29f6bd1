import type { Logger, RequestObserver, RequestTrace } from '../core/index.js';

function cascadeOf(trace: RequestTrace): string | undefined {
  if (trace.attempts.length < 2) return undefined;
  let text = '';
  for (const attempt of trace.attempts) {
    text += `${text === '' ? '' : ' > '}${attempt.provider}:${attempt.reason ?? 'ok'}`;
  }
  return text;
}

/** Each attempt's time in milliseconds (0.1 ms), in the cascade's order, when there is a cascade. */
function attemptTimesOf(trace: RequestTrace): number[] | undefined {
  if (trace.attempts.length < 2) return undefined;
  return trace.attempts.map((attempt) => Math.round(attempt.latencyMs * 10) / 10);
}

/** One structured JSON line per request. No prompt or completion text, no keys, no headers. */
export function logRequests(logger: Logger): RequestObserver {
  return {
    observe(trace) {
      logger.info(
        {
          request_id: trace.requestId,
          surface: trace.surface,
          key_id: trace.keyId,
          tenant: trace.tenant,
          route: trace.route,
          provider: trace.provider,
          model: trace.model,
          stream: trace.stream,
          attempts: trace.attempts.length,
          cascade: cascadeOf(trace),
          attempt_ms: attemptTimesOf(trace),
          status: trace.status,
          code: trace.code,
          http_status: trace.httpStatus,
          latency_ms: trace.latencyMs,
          first_token_ms: trace.firstTokenMs,
          prompt_tokens: trace.usage?.promptTokens,
          completion_tokens: trace.usage?.completionTokens,
          cost_usd: trace.costUsd,
          guards: trace.guards.length > 0 ? trace.guards : undefined,
        },
        'request',
      );
    },
  };
}
