import { DomainError } from '../../app/errors.ts';
import { openCriteriaProblems } from '../problems/auto.ts';
import { retryTransaction } from '../../db/retry.ts';
import type { Db, Queryable } from '../../db/types.ts';
import { requireRegion } from '../access/require-access.ts';
import { readScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { subtreeRange } from '../regions/region-code.ts';
import { meterBatch, type BulkMeter } from './bulk-meter.ts';
import { actOnCases, type CaseResult } from './commands/act.ts';
import type { StepRequest } from './guard.ts';
import type { BulkBody } from './schemas.ts';

/**
 * One step on many cases (§6 bulk): the same guard as a single action, each case all-or-nothing. The cases run
 * in transactions of a few hundred — one batch's locks, facts and writes in a fixed number of statements
 * (actOnCases) — so a large approval neither holds every row at once nor pays a transaction per case.
 */
export const BULK_BATCH = 250;
/** Up to this many cases answer at once; more run as a job (bulk-job.ts). */
export const BULK_SYNC_LIMIT = 1000;
/**
 * Batches in flight at once on PostgreSQL: while one waits for the database another is guarded and written,
 * each on its own connection. PGlite has one connection, so one.
 */
export const BULK_LANES = 2;

/** What a caller sees of one case: the guard's code and message, not the error object. */
export type BulkResult = Omit<CaseResult, 'error'>;

/**
 * The ids a bulk action names, in order, without repeats: those given, or the open cases the filter selects
 * within the actor's scope (a household's case answers to the household's village now, as in the list).
 * A region of the filter outside the actor's scope answers 404, as the list does.
 */
export async function bulkCaseIds(q: Queryable, actor: Actor, body: BulkBody): Promise<number[]> {
  if ((body.caseIds === undefined) === (body.filter === undefined)) throw eitherIdsOrFilter();
  if (body.caseIds) return [...new Set(body.caseIds)];
  const filter = body.filter!;
  requireRegion(actor, 'region.read', filter.regionCode);
  const params: unknown[] = [];
  const region = 'coalesce(h.region_code, c.region_code)';
  const scope = readScope(actor, region, params);
  const [lo, hi] = subtreeRange(filter.regionCode);
  params.push(lo, hi, filter.type, filter.stage);
  const n = params.length;
  const rows = await q.query<{ id: number }>(
    `SELECT c.id FROM cases c LEFT JOIN households h ON h.id = c.household_id
     WHERE ${scope} AND ${region} >= $${n - 3} AND ${region} <= $${n - 2}
       AND c.type = $${n - 1} AND c.stage = $${n} AND c.outcome IS NULL
     ORDER BY c.id`,
    params,
  );
  return rows.map((r) => Number(r.id));
}

function eitherIdsOrFilter(): DomainError {
  const message = {
    zh: '请给出案件编号（caseIds）或筛选条件（filter），二者选一',
    en: 'Give either the case ids (caseIds) or a filter, not both',
  };
  return new DomainError('invalid', 'VALIDATION', message, { field: 'caseIds' }, [
    { field: 'caseIds', code: 'REQUIRED', message },
  ]);
}

export interface RunOptions {
  batchSize?: number;
  lanes?: number;
  /** Told after each batch: cases answered so far, of all. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between batches: a job whose process stops ends after the batch it is in. */
  signal?: AbortSignal;
  /** The burden meter (bulk-meter.ts): each batch records its cases moved in its transaction. */
  meter?: BulkMeter;
}

/**
 * Takes the step on every case, a batch at a time in each lane, each batch one transaction (run again when it
 * loses a deadlock). Answers per case, in the order given. A batch that fails with a domain error outside the
 * guard (e.g. the registry refusing a standing) would take its innocent neighbours with it: it is run again
 * one case per transaction, so only the case at fault is refused.
 */
export async function runBulk(
  db: Db,
  actor: Actor,
  ids: readonly number[],
  req: StepRequest,
  today: string,
  options: RunOptions = {},
): Promise<BulkResult[]> {
  const size = options.batchSize ?? BULK_BATCH;
  const batches: number[][] = [];
  for (let at = 0; at < ids.length; at += size) batches.push(ids.slice(at, at + size));
  const answers: BulkResult[][] = [];
  let next = 0;
  let done = 0;
  let failed = false;
  const lane = async () => {
    while (next < batches.length && !failed) {
      options.signal?.throwIfAborted();
      const i = next++;
      answers[i] = await runBatch(db, actor, batches[i]!, req, today, options.meter).catch(
        (error: unknown) => {
          failed = true;
          throw error;
        },
      );
      done += batches[i]!.length;
      options.onProgress?.(done, ids.length);
    }
  };
  const lanes = options.lanes ?? (db.kind === 'postgres' ? BULK_LANES : 1);
  // Every lane ends before the answer (or the failure) goes out: no batch still writes behind it.
  const ended = await Promise.allSettled(Array.from({ length: Math.min(lanes, batches.length) }, lane));
  const failure = ended.find((e) => e.status === 'rejected');
  if (failure) throw failure.reason;
  return answers.flat();
}

async function runBatch(
  db: Db,
  actor: Actor,
  ids: readonly number[],
  req: StepRequest,
  today: string,
  meter: BulkMeter | undefined,
): Promise<BulkResult[]> {
  // The request's entry goes with this batch unless another took it; handed back if this one rolls back.
  const own = meter?.request;
  if (meter) meter.request = undefined;
  try {
    const results = await retryTransaction(db, async (tx) => {
      const acted = await actOnCases(tx, actor, ids, req, today);
      if (meter)
        await meterBatch(
          tx,
          actor,
          meter,
          acted.filter((r) => r.ok).map((r) => r.id),
          own,
        );
      return acted;
    });
    // The cases refused for unmet criteria wrote nothing; those criteria become problems on their own.
    await openCriteriaProblems(db, actor, req.action, results, today);
    return bare(results);
  } catch (error) {
    if (meter && own) meter.request = own;
    if (!(error instanceof DomainError) || ids.length === 1) throw error;
    const one: BulkResult[] = [];
    for (const id of ids) one.push(...(await runAlone(db, actor, id, req, today, meter)));
    return one;
  }
}

async function runAlone(
  db: Db,
  actor: Actor,
  id: number,
  req: StepRequest,
  today: string,
  meter: BulkMeter | undefined,
) {
  try {
    return await runBatch(db, actor, [id], req, today, meter);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return [{ id, ok: false, code: error.code, message: error.messages }];
  }
}

const bare = (results: readonly CaseResult[]): BulkResult[] =>
  results.map(({ id, ok, code, message }) => ({ id, ok, code, message }));

/** The step a bulk body asks for: the date defaults to today; no version (the row lock is the version). */
export function bulkRequest(body: BulkBody, today: string): StepRequest {
  const { action, comment, reason } = body;
  return { action, date: body.date ?? today, comment, reason, inputs: body.inputs ?? {} };
}
