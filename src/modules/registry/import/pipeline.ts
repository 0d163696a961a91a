import type { Db, Queryable } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { matchHeaders, type ImportColumn } from './columns.ts';
import { writeBatches } from './batches.ts';
import { duplicateColumns, MASKED_MARKER, maskedExport, missingColumns, type ImportError } from './errors.ts';
import { emptySummary, type ImportProgress, type ImportSummary } from './summary.ts';
import { RowNormaliser } from './normalise.ts';
import { closeRun, finishStaging, openRun, stagingColumns, stagingLine, type Staging } from './staging.ts';
import type { Cell } from './values.ts';

export { emptySummary, type ImportProgress, type ImportSummary } from './summary.ts';

/**
 * The import pipeline: rows → staging table (COPY, in chunks, as they are read) → households in batches
 * ordered by household number, each batch one transaction (checks, bulk writes, history, audit). A batch
 * that committed stays; running the same import again skips what is already there (unchanged) and completes
 * the rest, because households are matched by number.
 */
export interface ImportOptions {
  /** The year whose facts (status, type, cause, income) the file gives. */
  year: number;
  /** Today (YYYY-MM-DD): ID numbers born later are bad; members closed by the import leave on this day. */
  today: string;
  onProgress?: (p: ImportProgress) => void;
  /** Households per batch (one transaction each); default 2000. */
  batchSize?: number;
  /** Batches written at once: default 2 on PostgreSQL (two connections), 1 on PGlite (one at a time anyway). */
  concurrency?: number;
  /** Where the rows come from, recorded on the run: 'cli', 'api', 'demo'… */
  source?: string;
  /** At most this many errors in the returned summary (all of them stay in import_errors); default all. */
  errorLimit?: number;
  /** Called inside each batch's transaction before it commits (tests make a batch fail here). */
  beforeCommit?: (batch: number) => void | Promise<void>;
  /** The job running this import, recorded on the run (its error report is found through it). */
  jobId?: number;
  /** Stops between chunks and batches (a server shutting down); what committed stays. */
  signal?: AbortSignal;
}

/** A row of a file: its row number (the header is row 1) and its cells in the header's order. */
export interface SourceRow {
  rowNo: number;
  cells: readonly Cell[];
}

export interface ImportOutcome {
  runId: number;
  summary: ImportSummary;
  /** Headers of the file that name no column (ignored). */
  ignoredColumns: string[];
}

const COPY_ROWS = 20_000;
/** Households written by one import from which the registry's tables are analysed afterwards. */
const ANALYZE_AFTER = 1_000;

/**
 * Imports rows keyed by header (Chinese header or English alias, as in the file format). Row numbers are given
 * in iteration order from 2, as if the first row followed a header line. The columns are the keys of the first
 * row; a key missing from a later row is an empty cell.
 */
export async function importRows(
  db: Db,
  actor: Actor,
  rows: AsyncIterable<Record<string, string | number | null>>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return emptySummary();
  const headers = Object.keys(first.value);
  async function* table(): AsyncGenerator<SourceRow> {
    yield { rowNo: 1, cells: headers };
    let rowNo = 2;
    let next: IteratorResult<Record<string, string | number | null>> = first;
    while (!next.done) {
      const record = next.value;
      yield { rowNo, cells: headers.map((h) => record[h]) };
      rowNo += 1;
      next = await iterator.next();
    }
  }
  return (await importTable(db, actor, table(), options)).summary;
}

/** Imports a table whose first row is the header (the file readers give this shape). */
export async function importTable(
  db: Db,
  actor: Actor,
  table: AsyncIterable<SourceRow>,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const iterator = table[Symbol.asyncIterator]();
  const match = await findHeader(iterator).catch(async (error: unknown) => {
    await iterator.return?.();
    throw error;
  });
  const refused = match.missing.length
    ? missingColumns(match.missing)
    : match.duplicates.length
      ? duplicateColumns(match.duplicates)
      : undefined;
  if (refused) {
    await iterator.return?.();
    throw refused;
  }
  const positions = match.columns.flatMap((c, i) => (c ? [i] : []));
  const present = positions.map((i) => match.columns[i]!);

  const staging = await openRun(
    db,
    actor,
    { year: options.year, source: options.source ?? 'api', jobId: options.jobId ?? null },
    present,
  );
  const progress: ImportProgress = { rows: 0, households: 0, totalHouseholds: 0 };
  let summary: ImportSummary;
  try {
    await stageAll(
      db,
      staging,
      { [Symbol.asyncIterator]: () => iterator },
      positions,
      present,
      options,
      progress,
    );
    summary = await writeBatches({ db, actor, staging, headerOf: match.headerOf, options }, progress);
  } catch (error) {
    // What committed stays; the staging table goes. A new run of the same file completes the rest.
    await closeRun(db, staging, { failed: error instanceof Error ? error.message : String(error) }).catch(
      () => undefined,
    );
    throw error;
  }
  await closeRun(db, staging, { households: summary.households, members: summary.members });
  // An import updates the statistics rows many times over; PGlite has no autovacuum, and on PostgreSQL fresh
  // statistics help the next queries, so the small table is vacuumed and analysed once the run is done.
  await db.exec('VACUUM (ANALYZE) region_stats');
  // A large import changes what the planner should believe of the registry's tables (a first import grows
  // them from nothing); PGlite never analyses by itself, and PostgreSQL's autovacuum may come minutes later.
  const written = summary.households.imported + summary.households.updated;
  if (written >= ANALYZE_AFTER) await db.exec('ANALYZE households, household_years, members');
  summary.errors = await readErrors(db, staging.runId, options.errorLimit);
  return { runId: staging.runId, summary, ignoredColumns: match.ignored };
}

/** Rows above the header (a title) are skipped: the header is the first of the first rows to name a column. */
const HEADER_SEARCH_ROWS = 10;

async function findHeader(iterator: AsyncIterator<SourceRow>): Promise<ReturnType<typeof matchHeaders>> {
  let first: ReturnType<typeof matchHeaders> | undefined;
  for (let i = 0; i < HEADER_SEARCH_ROWS; i += 1) {
    const next = await iterator.next();
    if (next.done) break;
    // A masked export says so above its header: refused as a whole, before any row is read.
    if (next.value.cells.some((c) => typeof c === 'string' && c.trim() === MASKED_MARKER))
      throw maskedExport();
    const match = matchHeaders(next.value.cells);
    if (match.headerOf.size > 0) return match;
    first ??= match;
  }
  return first ?? matchHeaders([]);
}

async function stageAll(
  db: Db,
  staging: Staging,
  rows: AsyncIterable<SourceRow>,
  positions: readonly number[],
  present: readonly ImportColumn[],
  options: ImportOptions,
  progress: ImportProgress,
): Promise<void> {
  const target = `${staging.table} (${stagingColumns(staging)})`;
  const normaliser = new RowNormaliser(present, options.today);
  // A masked export whose marker row was deleted: an ID number with stars is a mask, never a typing slip.
  const idAt = present.findIndex((c) => c.key === 'idNumber');
  // One COPY in flight while the next chunk is read: on PostgreSQL the database works while Node parses.
  let inFlight: Promise<void> = Promise.resolve();
  const chunk = new ChunkBuffer();
  let count = 0;
  const flush = async () => {
    options.signal?.throwIfAborted();
    const csv = chunk.take();
    count = 0;
    await inFlight;
    const copy = db.transaction((tx) => tx.copyCsv(target, csv));
    // Awaited at the next flush; the handler only keeps a failure from counting as unhandled meanwhile.
    copy.catch(() => undefined);
    inFlight = copy;
    options.onProgress?.({ ...progress });
  };
  for await (const row of rows) {
    const cells = positions.map((i) => row.cells[i]);
    if (cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '')))
      continue;
    const id = cells[idAt];
    if (typeof id === 'string' && id.includes('*')) throw maskedExport();
    chunk.add(stagingLine(staging, normaliser.row(cells, row.rowNo)));
    progress.rows += 1;
    if (++count >= COPY_ROWS) await flush();
  }
  if (count > 0) await flush();
  await inFlight;
  await finishStaging(db, staging);
}

/**
 * The lines of a COPY chunk, written as UTF-8 into one buffer as they come. Appending them to a string (or
 * collecting them in an array) keeps each line's pieces alive until the chunk is sent: the garbage collector
 * then copies millions of small strings, which cost more than normalising the rows.
 */
class ChunkBuffer {
  private buffer = Buffer.allocUnsafe(1 << 21);
  private length = 0;

  add(line: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.length + line.length * 3 > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + line.length * 3));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(line, this.length);
  }

  take(): string {
    const text = this.buffer.toString('utf8', 0, this.length);
    this.length = 0;
    return text;
  }
}

/** The errors of a run in row order (at most `limit`). */
export async function readErrors(q: Queryable, runId: number, limit?: number): Promise<ImportError[]> {
  return q.query<ImportError>(
    `SELECT row_no AS "row", column_name AS "column", household_no, code, message
     FROM import_errors WHERE run_id = $1 ORDER BY row_no, seq LIMIT $2`,
    [runId, limit ?? null],
  );
}
