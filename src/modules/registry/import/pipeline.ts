import type { Db, Queryable } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { matchHeaders } from './columns.ts';
import { duplicateColumns, missingColumns, type ImportError } from './errors.ts';
import { normaliseRow } from './normalise.ts';
import { screenBatch } from './screen.ts';
import {
  batchBounds,
  closeRun,
  finishStaging,
  heartbeat,
  openRun,
  stagingColumns,
  stagingLine,
  type Staging,
} from './staging.ts';
import type { Cell } from './values.ts';
import { updateHouseholds } from './write-existing.ts';
import { createHouseholds } from './write-new.ts';

/**
 * The import pipeline: rows → staging table (COPY, in chunks, as they are read) → households in batches
 * ordered by household number, each batch one transaction (checks, bulk writes, history, audit). A batch
 * that committed stays; running the same import again skips what is already there (unchanged) and completes
 * the rest, because households are matched by number.
 */
export interface ImportSummary {
  households: { imported: number; updated: number; unchanged: number; rejected: number };
  members: { imported: number; updated: number; rejected: number };
  errors: ImportError[];
}

export interface ImportProgress {
  /** Rows read from the file so far. */
  rows: number;
  /** Households checked and written (or rejected) so far. */
  households: number;
  /** Households in the file, known once every row is read (0 until then). */
  totalHouseholds: number;
}

export interface ImportOptions {
  /** The year whose facts (status, type, cause, income) the file gives. */
  year: number;
  /** Today (YYYY-MM-DD): ID numbers born later are bad; members closed by the import leave on this day. */
  today: string;
  onProgress?: (p: ImportProgress) => void;
  /** Households per batch (one transaction each); default 2000. */
  batchSize?: number;
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

const COPY_ROWS = 10_000;
const DEFAULT_BATCH = 2000;

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

export function emptySummary(): ImportSummary {
  return {
    households: { imported: 0, updated: 0, unchanged: 0, rejected: 0 },
    members: { imported: 0, updated: 0, rejected: 0 },
    errors: [],
  };
}

/** Imports a table whose first row is the header (the file readers give this shape). */
export async function importTable(
  db: Db,
  actor: Actor,
  table: AsyncIterable<SourceRow>,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const iterator = table[Symbol.asyncIterator]();
  const header = await iterator.next();
  const match = matchHeaders(header.done ? [] : header.value.cells);
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
    summary = await writeAll(db, actor, staging, match.headerOf, options, progress);
  } catch (error) {
    // What committed stays; the staging table goes. A new run of the same file completes the rest.
    await closeRun(db, staging, { failed: error instanceof Error ? error.message : String(error) }).catch(
      () => undefined,
    );
    throw error;
  }
  await closeRun(db, staging, { households: summary.households, members: summary.members });
  summary.errors = await readErrors(db, staging.runId, options.errorLimit);
  return { runId: staging.runId, summary, ignoredColumns: match.ignored };
}

async function stageAll(
  db: Db,
  staging: Staging,
  rows: AsyncIterable<SourceRow>,
  positions: readonly number[],
  present: Parameters<typeof normaliseRow>[0],
  options: ImportOptions,
  progress: ImportProgress,
): Promise<void> {
  const target = `${staging.table} (${stagingColumns(staging)})`;
  // One COPY in flight while the next chunk is read: on PostgreSQL the database works while Node parses.
  let inFlight: Promise<void> = Promise.resolve();
  let chunk = '';
  let count = 0;
  const flush = async () => {
    options.signal?.throwIfAborted();
    const csv = chunk;
    chunk = '';
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
    chunk += stagingLine(staging, normaliseRow(present, cells, row.rowNo, options.today));
    progress.rows += 1;
    if (++count >= COPY_ROWS) await flush();
  }
  if (count > 0) await flush();
  await inFlight;
  await finishStaging(db, staging);
}

async function writeAll(
  db: Db,
  actor: Actor,
  staging: Staging,
  headerOf: ReadonlyMap<string, string>,
  options: ImportOptions,
  progress: ImportProgress,
): Promise<ImportSummary> {
  const summary = emptySummary();
  const { bounds, households } = await batchBounds(db, staging, options.batchSize ?? DEFAULT_BATCH);
  progress.totalHouseholds = households;
  options.onProgress?.({ ...progress });
  let after: string | null = null;
  let errorSeq = 0;
  for (const [index, upTo] of bounds.entries()) {
    options.signal?.throwIfAborted();
    await db.transaction(async (tx) => {
      const screened = await screenBatch(tx, actor, staging, { after, upTo }, headerOf);
      const fresh = screened.accepted.filter((h) => h.existingId === null);
      const existing = screened.accepted.flatMap((h) =>
        h.existingId === null ? [] : [{ householdNo: h.householdNo, existingId: h.existingId }],
      );
      const created = await createHouseholds(
        tx,
        actor,
        staging,
        { after, upTo },
        fresh.map((h) => h.householdNo),
        options.year,
      );
      const updated = await updateHouseholds(tx, actor, staging, existing, options.year, options.today);
      await saveErrors(tx, staging.runId, errorSeq, screened.errors);
      await heartbeat(tx, staging.runId);
      await options.beforeCommit?.(index + 1);
      // Counted only once the batch is written: a batch that fails adds nothing.
      errorSeq += screened.errors.length;
      summary.households.imported += created.length;
      summary.households.updated += updated.updated;
      summary.households.unchanged += updated.unchanged;
      summary.households.rejected += screened.rejected.length;
      summary.members.imported += created.reduce((n, h) => n + h.size, 0) + updated.membersImported;
      summary.members.updated += updated.membersUpdated;
      summary.members.rejected += screened.rejected.reduce((n, h) => n + h.rows, 0);
      progress.households += screened.accepted.length + screened.rejected.length;
    });
    after = upTo;
    options.onProgress?.({ ...progress });
  }
  return summary;
}

async function saveErrors(
  tx: Queryable,
  runId: number,
  seq: number,
  errors: readonly ImportError[],
): Promise<void> {
  if (errors.length === 0) return;
  await tx.query(
    `INSERT INTO import_errors (run_id, seq, row_no, column_name, household_no, code, message)
     SELECT $1, $2 + n, r, c, h, e, m
     FROM unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS t (r, c, h, e, m, n)`,
    [
      runId,
      seq,
      errors.map((e) => e.row),
      errors.map((e) => e.column),
      errors.map((e) => e.household_no),
      errors.map((e) => e.code),
      errors.map((e) => e.message),
    ],
  );
}

/** The errors of a run in row order (at most `limit`). */
export async function readErrors(q: Queryable, runId: number, limit?: number): Promise<ImportError[]> {
  return q.query<ImportError>(
    `SELECT row_no AS "row", column_name AS "column", household_no, code, message
     FROM import_errors WHERE run_id = $1 ORDER BY row_no, seq LIMIT $2`,
    [runId, limit ?? null],
  );
}
