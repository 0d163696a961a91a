import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable } from './types.ts';

/** Parsers that make PGlite return what the PostgreSQL adapter returns (see postgres.ts). */
const parsers = {
  [types.INT8]: (v: string) => Number(v),
  [types.NUMERIC]: (v: string) => Number(v),
  [types.DATE]: (v: string) => v,
};

type Runner = Pick<Transaction, 'query' | 'exec'>;

function queryable(runner: Runner): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await runner.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await runner.exec(sql);
    },
    async copyCsv(target: string, csv: string) {
      // PGlite has no COPY protocol stream; it reads the data from a Blob mounted at /dev/blob.
      await runner.query(`COPY ${target} FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
    },
  };
}

/**
 * Opens the embedded database. `dataDir` undefined means in memory (tests). PGlite runs one query at a time and
 * never fsyncs: it is for a county office, a demo or a laptop; production runs on PostgreSQL.
 */
export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    parsers,
    relaxedDurability: !dataDir,
  });
  await pg.exec(`SET max_wal_size = '64MB'`).catch(() => undefined);
  return {
    kind: 'pglite',
    ...queryable(pg),
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    close: () => pg.close(),
  };
}

/**
 * Writes a copy of an embedded data directory to `file` (a gzip tarball; `none` leaves it uncompressed, ten
 * times larger but quicker to load). PGlite is one process: the server must be stopped while this runs.
 */
export async function backupPglite(
  dataDir: string,
  file: string,
  compression: 'gzip' | 'none' = 'gzip',
): Promise<number> {
  const pg = await PGlite.create({ dataDir });
  try {
    const dump = await pg.dumpDataDir(compression);
    const bytes = Buffer.from(await dump.arrayBuffer());
    writeFileSync(file, bytes);
    return bytes.length;
  } finally {
    await pg.close();
  }
}

export function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** Restores a backup into an empty data directory (the caller checks it is empty: see isEmptyDir). */
export async function restorePglite(dataDir: string, file: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  await pg.query('SELECT 1');
  await pg.close();
}
