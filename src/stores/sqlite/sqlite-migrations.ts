import { genesisHash } from '../audit-storage.js';

export interface SqliteMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The SQLite schema, in versions. Never edit a released migration; add the next one. Times are
 * epoch milliseconds in INTEGER columns; money in the ledger is REAL dollars, in the limit
 * counters integer nano-dollars.
 */
export const sqliteMigrations: readonly SqliteMigration[] = [
  {
    version: 1,
    name: 'keys, usage, audit, limits',
    sql: `
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  prefix TEXT NOT NULL,
  name TEXT NOT NULL,
  tenant TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  scopes TEXT NOT NULL,
  rpm INTEGER,
  tpm INTEGER,
  max_concurrency INTEGER,
  budget_usd_per_day REAL,
  budget_usd_per_month REAL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER,
  last_used_at INTEGER,
  revoked_at INTEGER,
  replaced_by TEXT
);
CREATE INDEX api_keys_tenant ON api_keys (tenant, id);

CREATE TABLE usage_records (
  request_id TEXT PRIMARY KEY,
  key_id TEXT,
  tenant TEXT,
  surface TEXT NOT NULL,
  route TEXT,
  provider TEXT,
  model TEXT,
  prompt_tokens INTEGER NOT NULL,
  completion_tokens INTEGER NOT NULL,
  estimated_cost_usd REAL,
  settled_cost_usd REAL,
  latency_ms INTEGER,
  status TEXT NOT NULL,
  error_code TEXT,
  attempts INTEGER NOT NULL,
  instance_id TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  finished_at INTEGER
);
CREATE INDEX usage_records_started ON usage_records (started_at, request_id);
CREATE INDEX usage_records_key ON usage_records (key_id, started_at);
CREATE INDEX usage_records_tenant ON usage_records (tenant, started_at);
CREATE INDEX usage_records_open ON usage_records (instance_id, started_at) WHERE status = 'started';

CREATE TABLE audit_log (
  sequence INTEGER PRIMARY KEY,
  at_ms INTEGER NOT NULL,
  type TEXT NOT NULL,
  actor TEXT,
  subject TEXT,
  tenant TEXT,
  request_id TEXT,
  details TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_type ON audit_log (type, sequence);
CREATE INDEX audit_log_subject ON audit_log (subject, sequence);
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  sequence INTEGER NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, sequence, hash) VALUES (1, 0, '${genesisHash}');
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE quota_counters (
  id TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  window_end INTEGER NOT NULL,
  value INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX quota_counters_end ON quota_counters (window_end);

CREATE TABLE concurrency_leases (
  key TEXT NOT NULL,
  lease_id TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (key, lease_id)
) WITHOUT ROWID;
CREATE INDEX concurrency_leases_expiry ON concurrency_leases (expires_at);
`,
  },
];
