import { databaseUrl, withClient } from '../../src/db/postgres.ts';
import { BENCH_DATABASE_URL } from './db.ts';

/**
 * Whole scratch databases on the PostgreSQL of BENCH_DATABASE_URL, for benches that run the real server as a
 * child process (which takes a DATABASE_URL, not a schema). A copy made with TEMPLATE is a file copy: a
 * migrated database with the whole region tree is cloned in about a second instead of loaded again.
 */
export const scratchUrl = (name: string): string => databaseUrl(BENCH_DATABASE_URL, name);

const onServer = (sql: string): Promise<unknown> => withClient(scratchUrl('postgres'), (c) => c.query(sql));

const NAME = /^[a-z_][a-z0-9_]*$/;

function checked(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a scratch database name: ${name}`);
  return name;
}

/** Drops `name` if it exists (its connections too: a killed server's backends may linger), then creates it. */
export async function createScratch(name: string, template?: string): Promise<string> {
  await dropScratch(name);
  await onServer(`CREATE DATABASE ${checked(name)}${template ? ` TEMPLATE ${checked(template)}` : ''}`);
  return scratchUrl(name);
}

export async function dropScratch(name: string): Promise<void> {
  await onServer(`DROP DATABASE IF EXISTS ${checked(name)} WITH (FORCE)`);
}
