import { genesisHash } from '../audit-storage.js';

export interface PostgresMigration {
  readonly version: number;
  readonly name: string;
  /** The SQL for a schema (a name already checked to be a plain identifier). */
  readonly sql: (schema: string) => string;
}

/**
 * The PostgreSQL schema, in versions. Text that is ordered or compared uses the "C" collation, so
 * the order matches the other backends (and the indexes serve it). Never edit a released
 * migration; add the next one.
 */
export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'keys, usage, audit, limits',
    sql: (schema) => {
      const s = `"${schema}"`;
      return `
CREATE TABLE ${s}.api_keys (
  id text COLLATE "C" PRIMARY KEY,
  prefix text NOT NULL,
  name text NOT NULL,
  tenant text COLLATE "C" NOT NULL,
  secret_hash text NOT NULL,
  scopes text NOT NULL,
  rpm integer,
  tpm integer,
  max_concurrency integer,
  budget_usd_per_day double precision,
  budget_usd_per_month double precision,
  created_at bigint NOT NULL,
  expires_at bigint,
  last_used_at bigint,
  revoked_at bigint,
  replaced_by text
);
CREATE INDEX api_keys_tenant ON ${s}.api_keys (tenant, id);

CREATE TABLE ${s}.usage_records (
  request_id text COLLATE "C" PRIMARY KEY,
  key_id text COLLATE "C",
  tenant text COLLATE "C",
  surface text NOT NULL,
  route text,
  provider text,
  model text COLLATE "C",
  prompt_tokens bigint NOT NULL,
  completion_tokens bigint NOT NULL,
  estimated_cost_usd double precision,
  settled_cost_usd double precision,
  latency_ms bigint,
  status text NOT NULL,
  error_code text,
  attempts integer NOT NULL,
  instance_id text NOT NULL,
  started_at bigint NOT NULL,
  finished_at bigint
);
CREATE INDEX usage_records_started ON ${s}.usage_records (started_at, request_id);
CREATE INDEX usage_records_key ON ${s}.usage_records (key_id, started_at);
CREATE INDEX usage_records_tenant ON ${s}.usage_records (tenant, started_at);
CREATE INDEX usage_records_open ON ${s}.usage_records (instance_id, started_at) WHERE status = 'started';

CREATE TABLE ${s}.audit_log (
  sequence bigint PRIMARY KEY,
  at_ms bigint NOT NULL,
  type text NOT NULL,
  actor text,
  subject text,
  tenant text,
  request_id text,
  details text NOT NULL,
  previous_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_type ON ${s}.audit_log (type, sequence);
CREATE INDEX audit_log_subject ON ${s}.audit_log (subject, sequence);
CREATE TABLE ${s}.audit_head (
  id integer PRIMARY KEY CHECK (id = 1),
  sequence bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO ${s}.audit_head (id, sequence, hash) VALUES (1, 0, '${genesisHash}');
CREATE FUNCTION ${s}.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON ${s}.audit_log
  FOR EACH ROW EXECUTE FUNCTION ${s}.audit_log_append_only();

${quotaCounters(s, 'quota', '')}
${quotaCounters(s, 'volatile_quota', 'UNLOGGED')}

-- Leases are short-lived, so they live in an UNLOGGED table: no WAL flush per acquire, and a
-- database crash simply frees every slot.
CREATE UNLOGGED TABLE ${s}.concurrency_leases (
  key text COLLATE "C" NOT NULL,
  lease_id text COLLATE "C" NOT NULL,
  expires_at bigint NOT NULL,
  PRIMARY KEY (key, lease_id)
);
CREATE INDEX concurrency_leases_expiry ON ${s}.concurrency_leases (expires_at);

-- Serialises acquirers of one key with a transaction-scoped advisory lock, then expires, counts
-- and inserts. One call, one transaction.
CREATE FUNCTION ${s}.lease_acquire(
  p_key text, p_lease_id text, p_limit bigint, p_now bigint, p_expires bigint,
  OUT acquired boolean, OUT active bigint
) LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(${quoteLiteral(`lease:${schema}:`)} || p_key, 0));
  DELETE FROM ${s}.concurrency_leases WHERE key = p_key AND expires_at <= p_now;
  SELECT count(*) INTO active FROM ${s}.concurrency_leases WHERE key = p_key;
  IF active < p_limit THEN
    INSERT INTO ${s}.concurrency_leases (key, lease_id, expires_at) VALUES (p_key, p_lease_id, p_expires);
    acquired := true;
    active := active + 1;
  ELSE
    acquired := false;
  END IF;
END $$;
`;
    },
  },
];

/**
 * A counter table and its two functions. Budgets use the logged `quota` table (a reservation
 * survives a crash); request and token counters use the UNLOGGED `volatile_quota` table, whose
 * commits skip the WAL flush (about four times faster) and which a crash empties.
 */
function quotaCounters(s: string, name: string, persistence: '' | 'UNLOGGED'): string {
  const table = `${s}.${name}_counters`;
  return `
CREATE ${persistence} TABLE ${table} (
  id text COLLATE "C" PRIMARY KEY,
  window_start bigint NOT NULL,
  window_end bigint NOT NULL,
  value bigint NOT NULL
);
CREATE INDEX ${name}_counters_end ON ${table} (window_end);

-- All-or-nothing reservation against several counters, locked in the order given (sorted by
-- the caller, so two reservations never deadlock). One call, one transaction.
CREATE FUNCTION ${s}.${name}_reserve(
  p_ids text[], p_limits bigint[], p_starts bigint[], p_ends bigint[], p_amount bigint, p_now bigint,
  OUT allowed boolean, OUT used bigint[], OUT window_ends bigint[]
) LANGUAGE plpgsql AS $$
DECLARE
  i integer;
  n integer := coalesce(array_length(p_ids, 1), 0);
  stored_start bigint;
  stored_end bigint;
  stored_value bigint;
  starts bigint[] := ARRAY[]::bigint[];
BEGIN
  allowed := true;
  used := ARRAY[]::bigint[];
  window_ends := ARRAY[]::bigint[];
  FOR i IN 1 .. n LOOP
    SELECT window_start, window_end, value INTO stored_start, stored_end, stored_value
      FROM ${table} WHERE id = p_ids[i] FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO ${table} (id, window_start, window_end, value)
        VALUES (p_ids[i], p_starts[i], p_ends[i], 0) ON CONFLICT (id) DO NOTHING;
      SELECT window_start, window_end, value INTO stored_start, stored_end, stored_value
        FROM ${table} WHERE id = p_ids[i] FOR UPDATE;
    END IF;
    IF stored_start < p_starts[i] OR stored_end <= p_now THEN
      stored_start := p_starts[i];
      stored_end := p_ends[i];
      stored_value := 0;
    END IF;
    starts := starts || stored_start;
    window_ends := window_ends || stored_end;
    used := used || stored_value;
    IF stored_value + p_amount > p_limits[i] THEN
      allowed := false;
    END IF;
  END LOOP;
  IF allowed THEN
    FOR i IN 1 .. n LOOP
      used[i] := used[i] + p_amount;
      UPDATE ${table} SET window_start = starts[i], window_end = window_ends[i], value = used[i]
        WHERE id = p_ids[i];
    END LOOP;
  END IF;
END $$;

CREATE FUNCTION ${s}.${name}_adjust(p_ids text[], p_ends bigint[], p_delta bigint)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  i integer;
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_ids, 1), 0) LOOP
    UPDATE ${table} SET value = greatest(0, value + p_delta)
      WHERE id = p_ids[i] AND window_end = p_ends[i];
  END LOOP;
END $$;
`;
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
