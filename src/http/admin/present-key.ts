import type { ApiKeyRecord } from '../../stores/index.js';

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** A stored key as the admin API shows it: everything but the secret's hash. */
export function presentKey(record: ApiKeyRecord, nowMs: number): Record<string, unknown> {
  const status =
    record.revokedAtMs !== null
      ? 'revoked'
      : record.expiresAtMs !== null && record.expiresAtMs <= nowMs
        ? 'expired'
        : record.replacedById !== null
          ? 'rotating'
          : 'active';
  return {
    id: record.id,
    name: record.name,
    tenant: record.tenant,
    prefix: record.prefix,
    rpm: record.limits.requestsPerMinute,
    tpm: record.limits.tokensPerMinute,
    max_concurrency: record.limits.maxConcurrency,
    budget_usd_per_day: record.limits.budgetUsdPerDay,
    budget_usd_per_month: record.limits.budgetUsdPerMonth,
    models: record.scopes.models,
    surfaces: record.scopes.surfaces,
    max_tokens_per_request: record.scopes.maxTokensPerRequest,
    guard: record.scopes.guard,
    created_at: iso(record.createdAtMs),
    expires_at: iso(record.expiresAtMs),
    last_used_at: iso(record.lastUsedAtMs),
    revoked_at: iso(record.revokedAtMs),
    replaced_by: record.replacedById,
    status,
  };
}
