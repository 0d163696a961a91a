/**
 * The one database interface the rest of the code sees. Two adapters implement it: PGlite (embedded, the
 * default) and PostgreSQL (production). Both speak the same SQL; nothing outside src/db knows which one runs.
 */
export interface QueryOptions {
  /**
   * Keep the statement prepared on each connection (PostgreSQL; PGlite ignores it). For the few hottest
   * reads only — the session and the household page — whose text takes a handful of shapes: parsing and
   * planning them is most of their database time (bench/README.md, "household GET").
   */
  prepare?: boolean;
}

export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<T = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<T[]>;
  /** Runs several statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
  /**
   * Bulk-loads CSV text with `COPY <target> FROM STDIN WITH (FORMAT csv)`. `target` is a table name with an
   * optional column list, e.g. `staging (a, b)`.
   */
  copyCsv(target: string, csv: string): Promise<void>;
}

export type Tx = Queryable;

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
