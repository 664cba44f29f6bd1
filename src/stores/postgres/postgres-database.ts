import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { asRow, type Row } from '../read-column.js';
import { postgresDialect, type SqlDialect } from '../sql/sql-dialect.js';
import { StoreError, toStoreError } from '../store-error.js';
import { createHash } from 'node:crypto';

const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A pool and the schema the gateway's tables live in. Hot statements are named (prepared once
 * per connection by `pg`); the name is a hash of the text, so one text always maps to one name.
 */
export class PostgresDatabase {
  readonly pool: Pool;
  readonly schema: string;
  /** The schema, quoted for SQL text. */
  readonly quotedSchema: string;
  readonly dialect: SqlDialect;

  constructor(pool: Pool, schema = 'public') {
    if (!schemaPattern.test(schema)) {
      throw new StoreError(
        'store_misconfigured',
        'A PostgreSQL schema name is lowercase letters, digits and _.',
      );
    }
    this.pool = pool;
    this.schema = schema;
    this.quotedSchema = `"${schema}"`;
    this.dialect = postgresDialect(schema);
  }

  table(name: string): string {
    return this.dialect.table(name);
  }

  /** Runs one statement; rows come back as `unknown` objects to parse. */
  async query(
    text: string,
    values: readonly unknown[],
    options: { readonly prepared?: boolean } = {},
  ): Promise<Row[]> {
    return runQuery(this.pool, text, values, options.prepared === true);
  }

  /** Runs `work` in a transaction on one connection; rolls back when it throws. */
  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw toStoreError(error, 'PostgreSQL connect');
    }
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw toStoreError(error, 'PostgreSQL transaction');
    } finally {
      client.release();
    }
  }
}

export async function runQuery(
  queryable: Pool | PoolClient,
  text: string,
  values: readonly unknown[],
  prepared = false,
): Promise<Row[]> {
  try {
    const config = prepared
      ? { name: statementName(text), text, values: [...values] }
      : { text, values: [...values] };
    const result = await queryable.query<QueryResultRow>(config);
    return result.rows.map((row) => asRow(row));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new StoreError('store_conflict', 'A row with this id exists.', { cause: error });
    }
    throw toStoreError(error, 'PostgreSQL query');
  }
}

function statementName(text: string): string {
  return `lsg_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
