import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import type { Db } from '../../src/db/types.ts';
import { configureSeal } from '../../src/modules/privacy/seal.ts';

/** `url`: on PostgreSQL, the connection URL of this file's own database (a second pool, as a restart would open). */
export type TestDb = Db & { dispose(): Promise<void>; url?: string };

/** The fixed secret of every test (the hashes of personal data at rest): tests never read a data directory. */
export const TEST_SECRET = 'zhenfu-test-secret-0123456789abcdef';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty PGlite data directory as a tarball (test/support/pglite-template.ts). */
    pgliteTemplate: string;
    /** The PostgreSQL tests' migrated template database and the prefix of this run's databases. */
    postgresTemplate: { prefix: string; template: string };
  }
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite (loaded from a migrated template, then
 * migrated, which finds nothing left to do), or a new database on the PostgreSQL of TEST_DATABASE_URL copied
 * from the run's migrated template (test/support/postgres-template.ts; dropped on dispose). Which one comes
 * from the vitest project (ZHENFU_TEST_DB); only its driver is imported (a test file of one project has no use
 * for the other's). `until` stops the migrations after that version, for a
 * database as an older release left it.
 */
export async function createTestDb(options: { until?: string } = {}): Promise<TestDb> {
  // Commands called without a server seal what they write too.
  configureSeal(TEST_SECRET);
  if (process.env.ZHENFU_TEST_DB === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    const { databaseUrl, openPostgres, withClient } = await import('../../src/db/postgres.ts');
    // A copy of the run's migrated template; an older release's database is migrated from an empty one.
    const { prefix, template } = inject('postgresTemplate');
    const name = `${prefix}_${randomBytes(6).toString('hex')}`;
    const from = options.until === undefined ? template : 'template0';
    await withClient(url, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${from}`));
    const own = databaseUrl(url, name);
    const db = await openPostgres(own, { max: 4 });
    await migrate(db, options);
    return Object.assign(db, {
      url: own,
      async dispose() {
        await db.close();
        await withClient(url, async (c) => {
          // The pool's connections close on their own a moment after it ends; FORCE would terminate one still
          // closing, and its client would raise the termination in whichever test file runs next.
          for (let i = 0; i < 100; i += 1) {
            const { rows } = await c.query<{ n: number }>(
              'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
              [name],
            );
            if (rows[0]?.n === 0) break;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          await c.query(`DROP DATABASE ${name} WITH (FORCE)`);
        });
      },
    });
  }
  // The migrated template of test/support/pglite-template.ts, when this project has one.
  // (Not for a database as an older release left it: the template is migrated to the end.)
  const template = options.until === undefined ? inject('pgliteTemplate') : undefined;
  const { openPglite } = await import('../../src/db/pglite.ts');
  const db = template
    ? await openPglite(undefined, new Blob([await readFile(template)]))
    : await openPglite(undefined);
  await migrate(db, options);
  return Object.assign(db, { dispose: () => db.close() });
}
