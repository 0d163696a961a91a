import { retryTransaction } from '../../../db/retry.ts';
import type { Db, Queryable, Tx } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { pairImportedHouseholds } from './cadre-pairings.ts';
import type { ImportError } from './errors.ts';
import type { ImportOptions } from './pipeline.ts';
import { screenBatch } from './screen.ts';
import { emptySummary, type ImportProgress, type ImportSummary } from './summary.ts';
import { batchBounds, heartbeat, lockCounties, type Staging } from './staging.ts';
import { updateHouseholds } from './write-existing.ts';
import { createHouseholds } from './write-new.ts';

/**
 * Phase two of an import: the staged households in batches ordered by household number, each batch one
 * transaction (checks, bulk writes, history, audit, bad rows). On PostgreSQL two batches run at once on two
 * connections; they share no rows (households are disjoint, and a person in two households of the file
 * rejects both), and they take turns only for the statistics of a county they share (see lockCounties). A batch that fails stops
 * the import; the batches that committed stay.
 */
export interface BatchContext {
  db: Db;
  actor: Actor;
  staging: Staging;
  headerOf: ReadonlyMap<string, string>;
  options: ImportOptions;
}

const DEFAULT_BATCH = 2000;

interface Batch {
  index: number;
  after: string | null;
  upTo: string;
}

export async function writeBatches(ctx: BatchContext, progress: ImportProgress): Promise<ImportSummary> {
  const { db, options } = ctx;
  const summary = emptySummary();
  const { bounds, households } = await batchBounds(db, ctx.staging, options.batchSize ?? DEFAULT_BATCH);
  progress.totalHouseholds = households;
  options.onProgress?.({ ...progress });
  const batches: Batch[] = bounds.map((upTo, index) => ({
    index,
    after: index === 0 ? null : bounds[index - 1]!,
    upTo,
  }));
  const errorSeq = { next: 0 };
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (failure === undefined && next < batches.length) {
      const batch = batches[next]!;
      next += 1;
      try {
        options.signal?.throwIfAborted();
        // A batch that loses a deadlock runs again whole; the error numbers it took are left unused.
        const done = await retryTransaction(db, (tx) => writeBatch(tx, ctx, batch, errorSeq));
        add(summary, done);
        progress.households += done.households;
        await heartbeat(db, ctx.staging.runId);
        options.onProgress?.({ ...progress });
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const concurrency = Math.max(1, options.concurrency ?? (db.kind === 'postgres' ? 2 : 1));
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure) throw failure.error;
  return summary;
}

interface Done {
  counts: Omit<ImportSummary, 'errors'>;
  households: number;
}

function add(summary: ImportSummary, done: Done): void {
  for (const key of ['imported', 'updated', 'unchanged', 'rejected'] as const)
    summary.households[key] += done.counts.households[key];
  for (const key of ['imported', 'updated', 'rejected'] as const)
    summary.members[key] += done.counts.members[key];
}

async function writeBatch(
  tx: Tx,
  ctx: BatchContext,
  batch: Batch,
  errorSeq: { next: number },
): Promise<Done> {
  const { actor, staging, options } = ctx;
  const screened = await screenBatch(tx, actor, staging, batch, ctx.headerOf, options.year);
  const fresh = screened.accepted.filter((h) => h.existingId === null).map((h) => h.householdNo);
  const existing = screened.accepted.flatMap((h) =>
    h.existingId === null ? [] : [{ householdNo: h.householdNo, existingId: h.existingId }],
  );
  // The statistics locks of every county the batch writes, all at once in order, just before its first
  // yearly facts: taken in two steps, two batches could each hold the county the other waits for.
  let locked: Promise<void> | undefined;
  const lockYears = () =>
    (locked ??= lockCounties(
      tx,
      screened.accepted.flatMap((h) => h.counties),
    ));
  const { year, today } = options;
  const created = await createHouseholds(tx, actor, staging, fresh, year, today, lockYears);
  const updated = await updateHouseholds(tx, actor, staging, existing, year, today, lockYears);
  const accepted = screened.accepted.map((h) => h.householdNo);
  await pairImportedHouseholds(tx, actor, staging, accepted, today);
  // Sequence numbers are taken before the await, so batches running side by side never share one.
  const seq = errorSeq.next;
  errorSeq.next += screened.errors.length;
  await saveErrors(tx, staging.runId, seq, screened.errors);
  await options.beforeCommit?.(batch.index + 1);
  return {
    households: screened.accepted.length + screened.rejected.length,
    counts: {
      households: {
        imported: created.length,
        updated: updated.updated,
        unchanged: updated.unchanged,
        rejected: screened.rejected.length,
      },
      members: {
        imported: created.reduce((n, h) => n + h.size, 0) + updated.membersImported,
        updated: updated.membersUpdated,
        rejected: screened.rejected.reduce((n, h) => n + h.rows, 0),
      },
    },
  };
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
