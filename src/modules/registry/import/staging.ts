import type { Db, Queryable } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { sqlType, type ImportColumn } from './columns.ts';
import type { NormalisedRow } from './normalise.ts';

/**
 * The staging table of one import run. Rows of a household need not be adjacent in the file, so the file is
 * never held in memory: its rows, already normalised, are COPYed here in chunks as they are read, then read
 * back household by household in the order of their numbers. The table is UNLOGGED (it is rebuilt from the
 * file when a run is repeated, so it needs no crash safety) and dropped when the run ends.
 */
export interface Staging {
  runId: number;
  table: string;
  /** The file's columns other than household_no, region_code and sex, which are staged apart. */
  columns: readonly ImportColumn[];
}

/** Runs whose heartbeat is older than this have stopped (crashed); their staging tables are dropped. */
const STALE_MINUTES = 60;

export interface RunInfo {
  year: number;
  source: string;
  jobId: number | null;
}

export async function openRun(
  db: Db,
  actor: Actor,
  run: RunInfo,
  columns: readonly ImportColumn[],
): Promise<Staging> {
  await dropStaleRuns(db);
  const [row] = await db.query<{ id: number }>(
    'INSERT INTO import_runs (actor, source, year, job_id) VALUES ($1, $2, $3, $4) RETURNING id',
    [actor.username, run.source, run.year, run.jobId],
  );
  const runId = Number(row!.id);
  const table = `import_stage_${runId}`;
  // household_no and region_code have columns of their own; sex is staged as the ID number says it.
  const staged = columns.filter((c) => c.key !== 'householdNo' && c.key !== 'regionCode' && c.key !== 'sex');
  // Column names come from the field lists (code), never from the file.
  const defs = staged.map((c) => `${c.name} ${sqlType(c.kind)}`);
  await db.transaction(async (tx) => {
    await tx.exec(`CREATE UNLOGGED TABLE ${table} (
      row_no integer NOT NULL, hno text NOT NULL, region text, hsig text NOT NULL, errs text,
      dup boolean NOT NULL DEFAULT false, twice boolean NOT NULL DEFAULT false, sex text, birth_date date${defs.map((d) => `, ${d}`).join('')})`);
    await tx.query('UPDATE import_runs SET staging_table = $2 WHERE id = $1', [runId, table]);
  });
  return { runId, table, columns: staged };
}

export async function closeRun(db: Db, staging: Staging, summary: unknown): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${staging.table}`);
  await db.query(
    'UPDATE import_runs SET staging_table = NULL, summary = $2::jsonb, finished_at = now() WHERE id = $1',
    [staging.runId, JSON.stringify(summary)],
  );
}

/**
 * Batches may run side by side (PostgreSQL), those of one import and those of imports in other counties.
 * Their statistics updates (triggers on household_years) touch the region_stats rows of the counties they
 * write — no row above the county is maintained (migration 0016) — in no fixed order, so before writing
 * yearly facts a batch locks each of its counties: two batches of one county take turns for the statistics,
 * batches of different counties never wait for each other, and locking in code order keeps two batches that
 * share some counties from deadlocking. Everything before (households, members, history) runs in parallel.
 */
const COUNTY_STATISTICS_LOCK = 7242005;

export async function lockCounties(tx: Queryable, counties: Iterable<string>): Promise<void> {
  for (const county of [...new Set(counties)].sort())
    await tx.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [
      COUNTY_STATISTICS_LOCK,
      Number(county),
    ]);
}

export async function heartbeat(q: Queryable, runId: number): Promise<void> {
  await q.query('UPDATE import_runs SET heartbeat_at = now() WHERE id = $1', [runId]);
}

async function dropStaleRuns(db: Db): Promise<void> {
  const stale = await db.query<{ id: number; staging_table: string }>(
    `SELECT id, staging_table FROM import_runs
     WHERE finished_at IS NULL AND staging_table IS NOT NULL AND heartbeat_at < now() - interval '1 minute' * $1`,
    [STALE_MINUTES],
  );
  for (const run of stale) {
    if (!/^import_stage_\d+$/.test(run.staging_table)) continue;
    await db.exec(`DROP TABLE IF EXISTS ${run.staging_table}`);
    await db.query('UPDATE import_runs SET staging_table = NULL WHERE id = $1', [run.id]);
  }
}

/** Text COPY reads as itself unquoted: not empty (that is NULL), no quote, comma, line break or backslash. */
const PLAIN = /^[^",\r\n\\]+$/;

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    // Most values are codes, numbers as text or names: no quoting needed (and no copy made).
    if (PLAIN.test(value)) return value;
    return `"${value.replaceAll('"', '""')}"`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  // Code lists (secondary causes) hold validated codes only: no quoting inside the array literal.
  if (Array.isArray(value)) return `"{${value.join(',')}}"`;
  return csvValue(JSON.stringify(value));
}

/** One staged row as a CSV line for COPY, in the column order of stagingColumns. */
export function stagingLine(staging: Staging, row: NormalisedRow): string {
  let line = `${row.rowNo},${csvValue(row.householdNo)},${csvValue(row.regionCode)},${row.householdSig},`;
  line += row.issues.length ? csvValue(JSON.stringify(row.issues)) : '';
  line += `,${row.sex ?? ''},${row.birthDate ?? ''}`;
  for (const c of staging.columns)
    line += `,${csvValue((c.level === 'member' ? row.member : row.household)[c.key])}`;
  return `${line}\n`;
}

export function stagingColumns(staging: Staging): string {
  return [
    'row_no',
    'hno',
    'region',
    'hsig',
    'errs',
    'sex',
    'birth_date',
    ...staging.columns.map((c) => c.name),
  ].join(', ');
}

/**
 * After the last row: the index that makes reading a batch of households one range scan, and two flags on the
 * rows whose ID number appears more than once in the file: `twice` always, `dup` when in different households.
 */
export async function finishStaging(db: Db, staging: Staging): Promise<void> {
  const t = staging.table;
  await db.exec(`CREATE INDEX ${t}_hno ON ${t} (hno, row_no)`);
  await db.exec(`UPDATE ${t} s SET twice = true, dup = d.across
    FROM (SELECT id_number, min(hno) <> max(hno) AS across FROM ${t} WHERE id_number IS NOT NULL
          GROUP BY id_number HAVING count(*) > 1) d
    WHERE s.id_number = d.id_number`);
  await db.exec(`ANALYZE ${t}`);
}

/** The household numbers that end each batch of `size` households, in order, and the number of households. */
export async function batchBounds(
  db: Queryable,
  staging: Staging,
  size: number,
): Promise<{ bounds: string[]; households: number }> {
  const rows = await db.query<{ hno: string; total: number }>(
    `SELECT hno, total FROM (
       SELECT hno, row_number() OVER (ORDER BY hno) AS n, count(*) OVER () AS total
       FROM (SELECT DISTINCT hno FROM ${staging.table}) d) x
     WHERE n % $1 = 0 OR n = total ORDER BY hno`,
    [size],
  );
  return { bounds: rows.map((r) => r.hno), households: Number(rows[0]?.total ?? 0) };
}
