import pg from 'pg';
import { BENCH_DATABASE_URL } from './db.ts';

/**
 * Whole scratch databases on the PostgreSQL of BENCH_DATABASE_URL, for benches that run the real server as a
 * child process (which takes a DATABASE_URL, not a schema). A copy made with TEMPLATE is a file copy: a
 * migrated database with the whole region tree is cloned in about a second instead of loaded again.
 */
export function scratchUrl(name: string): string {
  const url = new URL(BENCH_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.href;
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: scratchUrl('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

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

/** Runs `fn` with one client on a scratch database. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
