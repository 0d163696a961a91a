import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate.ts';
import { openPostgres } from '../../src/db/postgres.ts';

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
  await admin(url, (c) => c.query(`CREATE DATABASE ${template}`));
  const db = await openPostgres(databaseUrl(url, template), { max: 2 });
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  project.provide('postgresTemplate', { prefix, template });
  return async () => {
    await admin(url, async (c) => {
      const { rows } = await c.query<{ name: string }>(
        `SELECT datname AS name FROM pg_database WHERE datname LIKE $1`,
        [`${prefix}\\_%`],
      );
      for (const { name } of rows) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  };
}

/** The URL of another database on the same server. */
export function databaseUrl(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.href;
}

/** One statement of the server's administration (CREATE and DROP DATABASE run outside a transaction). */
export async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
