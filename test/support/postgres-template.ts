import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate.ts';
import { databaseUrl, openPostgres, withClient } from '../../src/db/postgres.ts';

/**
 * Before the PostgreSQL tests: one migrated database of this run, the template every test file's database is
 * copied from (CREATE DATABASE … TEMPLATE, some 80 ms, where migrating a fresh one takes about a second and
 * every test file opens at least one). The run's databases share a prefix, so the teardown also drops any a
 * crashed worker left behind.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const prefix = `zf_${randomBytes(4).toString('hex')}`;
  const template = `${prefix}_template`;
  await withClient(url, (c) => c.query(`CREATE DATABASE ${template}`));
  const db = await openPostgres(databaseUrl(url, template), { max: 2 });
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  project.provide('postgresTemplate', { prefix, template });
  return async () => {
    await withClient(url, async (c) => {
      const { rows } = await c.query<{ name: string }>(
        `SELECT datname AS name FROM pg_database WHERE datname LIKE $1`,
        [`${prefix}\\_%`],
      );
      for (const { name } of rows) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  };
}
