import { createHash } from 'node:crypto';
import pg from 'pg';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db, Queryable, QueryOptions } from './types.ts';

// Same shapes as PGlite (see pglite.ts): counts and money as numbers, dates as 'YYYY-MM-DD' strings.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/** A prepared statement's name: the same text gets the same name on every connection. */
function statementName(sql: string): string {
  return `zf_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}) {
      const values = params as unknown[];
      const result = options.prepare
        ? await client.query({ name: statementName(sql), text: sql, values })
        : await client.query(sql, values);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async copyCsv(target: string, csv: string) {
      if (!('release' in client)) throw new Error('copyCsv needs a transaction on PostgreSQL');
      const sink = client.query(copyFrom(`COPY ${target} FROM STDIN WITH (FORMAT csv)`));
      await pipeline(Readable.from([csv]), sink);
    },
  };
}

/** Opens a pool on PostgreSQL. `schema`, when given, becomes the search_path (one schema per test file). */
export async function openPostgres(
  url: string,
  options: { schema?: string; max?: number } = {},
): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection lost (PostgreSQL restarted, an administrator ended it) leaves the pool, which opens a new
  // one when next needed; unheard, the pool's 'error' event would end the whole process.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const db: Db = {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    copyCsv: (target, csv) => db.transaction((tx) => tx.copyCsv(target, csv)),
    close: () => pool.end(),
  };
  return db;
}

/** The URL of another database on the same server (a test's or a bench's own database). */
export function databaseUrl(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.href;
}

/** Runs `fn` with one client outside any pool: CREATE and DROP DATABASE cannot run in a transaction. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
