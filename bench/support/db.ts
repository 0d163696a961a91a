import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import type { Db } from '../../src/db/types.ts';
import { configureSeal } from '../../src/modules/privacy/seal.ts';

// Writes seal personal data in the audit and history (privacy/seal.ts); a benchmark's fixed secret.
configureSeal('zhenfu-bench-secret-0123456789abcdef');

export type DbKind = 'postgres' | 'pglite';

export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDb {
  db: Db;
  /** Short label for printed lines: "PG 15.20", "PGlite 0.5.17". */
  label: string;
  /** Server version and, for PGlite, the package version. */
  version: string;
  /**
   * PostgreSQL: the application_name of the bench's pool connections (its schema), so a bench can find its own
   * backends in pg_stat_activity (support/cpu.ts counts their CPU time).
   */
  applicationName?: string;
  /** Closes the database; on PostgreSQL also drops the bench's schema. */
  dispose(): Promise<void>;
}

function pgliteVersion(): string {
  const url = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

async function serverVersion(db: Db): Promise<string> {
  const [row] = await db.query<{ server_version: string }>('SHOW server_version');
  return row?.server_version.split(' ')[0] ?? '?';
}

/**
 * A fresh, migrated database: an in-memory PGlite, or a new schema on the PostgreSQL of BENCH_DATABASE_URL
 * (dropped by dispose). `max` is the PostgreSQL pool size.
 */
export async function openBenchDb(kind: DbKind, options: { max?: number } = {}): Promise<BenchDb> {
  if (kind === 'pglite') {
    const db = await openPglite(undefined);
    await migrate(db);
    const version = `PGlite ${pgliteVersion()} (PostgreSQL ${await serverVersion(db)})`;
    return { db, label: `PGlite ${pgliteVersion()}`, version, dispose: () => db.close() };
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const drop = async () => {
    const c = new pg.Client({ connectionString: BENCH_DATABASE_URL });
    await c.connect();
    try {
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
    } finally {
      await c.end();
    }
  };
  let db: Db | undefined;
  try {
    const url = new URL(BENCH_DATABASE_URL);
    url.searchParams.set('application_name', schema);
    db = await openPostgres(url.href, { schema, max: options.max ?? 10 });
    await migrate(db);
    const version = await serverVersion(db);
    const opened = db;
    return {
      db: opened,
      label: `PG ${version}`,
      version: `PostgreSQL ${version}`,
      applicationName: schema,
      async dispose() {
        await opened.close();
        await drop();
      },
    };
  } catch (error) {
    await db?.close();
    await drop();
    throw error;
  }
}
