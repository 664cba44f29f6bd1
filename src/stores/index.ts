// Interfaces and their value types.
export type { ApiKeyLimits, ApiKeyRecord, ApiKeyScopes } from './api-key.js';
export { noKeyLimits, unrestrictedScopes } from './api-key.js';
export type {
  AuditAnchor,
  AuditEvent,
  AuditLog,
  AuditPage,
  AuditQuery,
  AuditRecord,
  AuditVerification,
  AuditViolation,
} from './audit-log.js';
export type {
  BudgetDecision,
  BudgetLimit,
  BudgetPeriod,
  BudgetReservation,
  BudgetReserveRequest,
  BudgetSettlement,
  BudgetStore,
} from './budget-store.js';
export type {
  ConcurrencyDecision,
  ConcurrencyLease,
  ConcurrencyRequest,
  ConcurrencyStore,
} from './concurrency-store.js';
export type { JsonObject, JsonValue } from './json-value.js';
export type {
  ApiKeyChanges,
  KeyListQuery,
  KeyPage,
  KeyRotation,
  KeyStore,
  KeyUse,
} from './key-store.js';
export type {
  QuotaCounter,
  QuotaCounterState,
  QuotaResult,
  QuotaStore,
  QuotaWindow,
} from './quota-store.js';
export type { RateLimitDecision, RateLimitRequest, RateLimitStore } from './rate-limit-store.js';
export type {
  KeyChange,
  KeyEvent,
  KeyEventListener,
  RevocationChannel,
  Unsubscribe,
} from './revocation-channel.js';
export type {
  TokenDecision,
  TokenLimitStore,
  TokenReservation,
  TokenReserveRequest,
} from './token-limit-store.js';
export type { UsageCompletion, UsageRecord, UsageStart, UsageStatus } from './usage-record.js';
export type {
  UsageDimension,
  UsageFilter,
  UsagePage,
  UsageQuery,
  UsageReconcileRequest,
  UsageStore,
  UsageSummaryQuery,
  UsageSummaryRow,
} from './usage-store.js';

// Errors.
export { StoreError, isStoreError, type StoreErrorCode } from './store-error.js';

// API key helpers.
export { generateApiKey, type GeneratedApiKey, type RandomBytes } from './generate-api-key.js';
export { parseApiKey, type ParsedApiKey } from './parse-api-key.js';
export { hashSecret, minimumServerSecretLength, verifySecret } from './hash-secret.js';
export { checkApiKey, type ApiKeyCheck, type ApiKeyRejection } from './check-api-key.js';
export {
  ApiKeyManager,
  type ApiKeyManagerOptions,
  type IssuedApiKey,
  type NewApiKey,
} from './api-key-manager.js';

// Implementations written once over a backend primitive.
export { QuotaRateLimitStore } from './quota-rate-limit-store.js';
export { QuotaTokenLimitStore } from './quota-token-limit-store.js';
export { QuotaBudgetStore } from './quota-budget-store.js';
export { ChainedAuditLog, type ChainedAuditLogOptions } from './chained-audit-log.js';
export type { AuditRow, AuditStorage } from './audit-storage.js';
export { UsageRecorder, type UsageRecorderOptions } from './usage-recorder.js';
export {
  ResilientLimits,
  type LimitStores,
  type LimiterMode,
  type ResilientLimitsOptions,
} from './resilient-limits.js';

// Backends.
export { MemoryAuditStorage } from './memory/memory-audit-storage.js';
export { MemoryConcurrencyStore } from './memory/memory-concurrency-store.js';
export { MemoryKeyStore } from './memory/memory-key-store.js';
export { MemoryQuotaStore } from './memory/memory-quota-store.js';
export { MemoryRateLimitStore } from './memory/memory-rate-limit-store.js';
export { MemoryRevocationChannel } from './memory/memory-revocation-channel.js';
export { presentUsageRow, usageDimensions } from './usage-report.js';
export { MemoryUsageStore } from './memory/memory-usage-store.js';
export { openSqliteDatabase, type SqliteDatabase } from './sqlite/open-sqlite-database.js';
export { SqliteAuditStorage } from './sqlite/sqlite-audit-storage.js';
export { SqliteConcurrencyStore } from './sqlite/sqlite-concurrency-store.js';
export { SqliteKeyStore } from './sqlite/sqlite-key-store.js';
export { SqliteQuotaStore } from './sqlite/sqlite-quota-store.js';
export { SqliteUsageStore } from './sqlite/sqlite-usage-store.js';
export { migratePostgres } from './postgres/migrate-postgres.js';
export { PostgresAuditStorage } from './postgres/postgres-audit-storage.js';
export { PostgresConcurrencyStore } from './postgres/postgres-concurrency-store.js';
export { PostgresDatabase } from './postgres/postgres-database.js';
export { PostgresKeyStore } from './postgres/postgres-key-store.js';
export { PostgresQuotaStore } from './postgres/postgres-quota-store.js';
export { PostgresRevocationChannel } from './postgres/postgres-revocation-channel.js';
export { PostgresUsageStore } from './postgres/postgres-usage-store.js';
export { RedisConcurrencyStore } from './redis/redis-concurrency-store.js';
export { RedisQuotaStore } from './redis/redis-quota-store.js';
export { RedisRevocationChannel } from './redis/redis-revocation-channel.js';

// The factory.
export {
  createStores,
  type StoreBackend,
  type Stores,
  type StoresOptions,
} from './create-stores.js';
export { loadServerSecret } from './load-server-secret.js';
