import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { DomainError } from '../app/errors.ts';
import { lockDataDir } from './data-lock.ts';
import type { Db, Queryable } from './types.ts';

/** Parsers that make PGlite return what the PostgreSQL adapter returns (see postgres.ts). */
const parsers = {
  [types.INT8]: (v: string) => Number(v),
  [types.NUMERIC]: (v: string) => Number(v),
  [types.DATE]: (v: string) => v,
};

interface CreateOptions {
  loadDataDir?: Blob;
  parsers?: typeof parsers;
}

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

interface Opened {
  pg: PGlite;
  /** Closes the database, then releases the directory's lock. */
  close: () => Promise<void>;
}

/**
 * The one place a PGlite is created. On a data directory it first takes the directory's lock (src/db/data-lock.ts:
 * a second process would leave the directory unopenable) and releases it on close; in memory there is none.
 * `whileLocked` runs once the lock is held, before the directory is touched, and may add options.
 */
async function createPglite(
  dataDir: string | undefined,
  options: CreateOptions = {},
  whileLocked?: () => CreateOptions,
): Promise<Opened> {
  if (!dataDir) {
    const pg = await PGlite.create({ ...options, relaxedDurability: true });
    return { pg, close: () => pg.close() };
  }
  const lock = lockDataDir(dataDir);
  try {
    const more = whileLocked?.();
    mkdirSync(dataDir, { recursive: true });
    const pg = await PGlite.create({ ...options, ...more, dataDir });
    const close = async () => {
      try {
        await pg.close();
      } finally {
        lock.release();
      }
    };
    return { pg, close };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Opens the embedded database. `dataDir` undefined means in memory (tests). PGlite runs one query at a time and
 * never fsyncs: it is for a county office, a demo or a laptop; production runs on PostgreSQL. A directory opens
 * in one process at a time; another opener gets DATA_DIR_IN_USE naming the process that has it.
 */
export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Db> {
  const { pg, close } = await createPglite(dataDir, { parsers, ...(loadDataDir ? { loadDataDir } : {}) });
  await pg.exec(`SET max_wal_size = '64MB'`).catch(() => undefined);
  return {
    kind: 'pglite',
    ...queryable(pg),
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    close,
  };
}

/**
 * Writes a copy of an embedded data directory to `file` (a gzip tarball; `none` leaves it uncompressed, ten
 * times larger but quicker to load). It takes the directory's lock like any opener, so it refuses while the
 * server runs (a copy of a directory in use would not be consistent either).
 */
export async function backupPglite(
  dataDir: string,
  file: string,
  compression: 'gzip' | 'none' = 'gzip',
): Promise<number> {
  const { pg, close } = await createPglite(dataDir);
  try {
    const dump = await pg.dumpDataDir(compression);
    const bytes = Buffer.from(await dump.arrayBuffer());
    writeFileSync(file, bytes);
    return bytes.length;
  } finally {
    await close();
  }
}

export function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * Restores a backup into an empty data directory. The directory's lock comes first, so a restore never writes
 * under a running server (which gets told so, not "not empty"), and the emptiness is checked while holding it.
 */
export async function restorePglite(dataDir: string, file: string): Promise<void> {
  const { pg, close } = await createPglite(dataDir, {}, () => {
    if (!isEmptyDir(dataDir)) {
      throw new DomainError('conflict', 'DATA_DIR_NOT_EMPTY', {
        zh: `数据目录非空，不能恢复到此处：${dataDir}`,
        en: `The data directory is not empty; restore into an empty one: ${dataDir}`,
      });
    }
    return { loadDataDir: new Blob([readFileSync(file)]) };
  });
  try {
    await pg.query('SELECT 1');
  } finally {
    await close();
  }
}
