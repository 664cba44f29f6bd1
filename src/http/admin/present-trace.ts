import type { RequestTrace } from '../../core/index.js';

/** A request's decision trace as the admin API shows it (snake_case, times in ISO 8601). */
export function presentTrace(trace: RequestTrace): Record<string, unknown> {
  return {
    request_id: trace.requestId,
    started_at: new Date(trace.startedAtMs).toISOString(),
    surface: trace.surface,
    client_ip: trace.clientIp,
    key_id: trace.keyId ?? null,
    tenant: trace.tenant ?? null,
    route: trace.route ?? null,
    stream: trace.stream,
    status: trace.status,
    code: trace.code ?? null,
    http_status: trace.httpStatus,
    latency_ms: trace.latencyMs,
    first_token_ms: trace.firstTokenMs ?? null,
    provider: trace.provider ?? null,
    model: trace.model ?? null,
    candidates: trace.attempts.map((attempt) => ({
      provider: attempt.provider,
      model: attempt.model,
      credential: attempt.credential ?? null,
      status: attempt.status,
      reason: attempt.reason,
      upstream_status: attempt.upstreamStatus ?? null,
      latency_ms: attempt.latencyMs,
      cost_usd: attempt.costUsd ?? null,
    })),
    guards: trace.guards.map((guard) => ({
      guard: guard.guard,
      action: guard.action,
      score: guard.score,
      categories: guard.categories,
    })),
    cache: 'none',
    usage:
      trace.usage === undefined
        ? null
        : {
            prompt_tokens: trace.usage.promptTokens,
            completion_tokens: trace.usage.completionTokens,
            total_tokens: trace.usage.totalTokens,
          },
    cost_usd: trace.costUsd ?? null,
  };
}
