/** The differences between SQLite and PostgreSQL that the shared query builders need. */
export interface SqlDialect {
  /** The n-th (1-based) parameter: `?` or `$n`. */
  placeholder(index: number): string;
  /** A qualified, quoted table name. */
  table(name: string): string;
  /** The UTC date (`YYYY-MM-DD`) of an epoch-milliseconds column. */
  utcDay(column: string): string;
}

export const sqliteDialect: SqlDialect = {
  placeholder: () => '?',
  table: (name) => name,
  utcDay: (column) => `strftime('%Y-%m-%d', ${column} / 1000, 'unixepoch')`,
};

export function postgresDialect(schema: string): SqlDialect {
  return {
    placeholder: (index) => `$${index}`,
    table: (name) => `"${schema}"."${name}"`,
    utcDay: (column) =>
      `to_char(to_timestamp(${column} / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
  };
}

/** Collects parameters and hands out their placeholders in order. */
export class SqlParameters {
  readonly values: unknown[] = [];

  constructor(private readonly dialect: SqlDialect) {}

  add(value: unknown): string {
    this.values.push(value);
    return this.dialect.placeholder(this.values.length);
  }
}
