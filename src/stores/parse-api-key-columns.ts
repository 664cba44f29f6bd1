import type { ApiKeyLimits, ApiKeyRecord, ApiKeyScopes } from './api-key.js';
import {
  readNullableNumber,
  readNullableString,
  readNumber,
  readString,
  type Row,
} from './read-column.js';
import { StoreError } from './store-error.js';

/**
 * The SQL row shape of a key (SQLite and PostgreSQL share it): the limits in columns, the scopes
 * as JSON text.
 */
export function parseApiKeyRow(row: Row): ApiKeyRecord {
  return {
    id: readString(row, 'id'),
    prefix: readString(row, 'prefix'),
    name: readString(row, 'name'),
    tenant: readString(row, 'tenant'),
    secretHash: readString(row, 'secret_hash'),
    scopes: parseApiKeyScopes(readString(row, 'scopes')),
    limits: {
      requestsPerMinute: readNullableNumber(row, 'rpm'),
      tokensPerMinute: readNullableNumber(row, 'tpm'),
      maxConcurrency: readNullableNumber(row, 'max_concurrency'),
      budgetUsdPerDay: readNullableNumber(row, 'budget_usd_per_day'),
      budgetUsdPerMonth: readNullableNumber(row, 'budget_usd_per_month'),
    },
    createdAtMs: readNumber(row, 'created_at'),
    expiresAtMs: readNullableNumber(row, 'expires_at'),
    lastUsedAtMs: readNullableNumber(row, 'last_used_at'),
    revokedAtMs: readNullableNumber(row, 'revoked_at'),
    replacedById: readNullableString(row, 'replaced_by'),
  };
}

/** The column values of a key, in the order of {@link apiKeyColumns}. */
export function apiKeyValues(record: ApiKeyRecord): (string | number | null)[] {
  return [
    record.id,
    record.prefix,
    record.name,
    record.tenant,
    record.secretHash,
    serializeApiKeyScopes(record.scopes),
    ...limitValues(record.limits),
    record.createdAtMs,
    record.expiresAtMs,
    record.lastUsedAtMs,
    record.revokedAtMs,
    record.replacedById,
  ];
}

export const apiKeyColumns = [
  'id',
  'prefix',
  'name',
  'tenant',
  'secret_hash',
  'scopes',
  'rpm',
  'tpm',
  'max_concurrency',
  'budget_usd_per_day',
  'budget_usd_per_month',
  'created_at',
  'expires_at',
  'last_used_at',
  'revoked_at',
  'replaced_by',
] as const;

export function limitValues(limits: ApiKeyLimits): (number | null)[] {
  return [
    limits.requestsPerMinute,
    limits.tokensPerMinute,
    limits.maxConcurrency,
    limits.budgetUsdPerDay,
    limits.budgetUsdPerMonth,
  ];
}

export function serializeApiKeyScopes(scopes: ApiKeyScopes): string {
  return JSON.stringify({
    surfaces: scopes.surfaces,
    models: scopes.models,
    routes: scopes.routes,
    maxTokensPerRequest: scopes.maxTokensPerRequest,
    guard: scopes.guard,
  });
}

export function parseApiKeyScopes(text: string): ApiKeyScopes {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StoreError('store_corrupt', 'Key scopes are not JSON.', { cause: error });
  }
  if (typeof value !== 'object' || value === null) {
    throw new StoreError('store_corrupt', 'Key scopes are not an object.');
  }
  const object = value as Record<string, unknown>;
  return {
    surfaces: stringList(object.surfaces),
    models: stringList(object.models),
    routes: stringList(object.routes),
    maxTokensPerRequest:
      typeof object.maxTokensPerRequest === 'number' ? object.maxTokensPerRequest : null,
    // Written by this module from a validated admin request; older rows have none.
    guard: typeof object.guard === 'object' && object.guard !== null ? object.guard : null,
  };
}

function stringList(value: unknown): readonly string[] | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) {
    return value;
  }
  throw new StoreError('store_corrupt', 'A key scope list is not a list of strings.');
}
