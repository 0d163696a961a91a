import { z } from 'zod';
import type { Db } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { registerJobHandler } from '../jobs/handlers.ts';
import { enqueue } from '../jobs/queue.ts';
import { kickRunners } from '../jobs/runner.ts';
import { bulkMeter, meterRequest } from './bulk-meter.ts';
import { BULK_SYNC_LIMIT, bulkCaseIds, bulkRequest, runBulk, type BulkResult } from './bulk.ts';
import { actionInputsSchema, actionSchema, type BulkBody } from './schemas.ts';

/**
 * A bulk action of more than BULK_SYNC_LIMIT cases runs as a job: the ids are fixed when it is asked for (the
 * set the user chose, not whatever the filter matches when the job runs), and the job walks them in batches
 * with progress. Run again after a crash it is harmless: a case its first run moved answers WRONG_STAGE.
 */
export const BULK_JOB = 'cases.bulk';

const bulkPayload = z.object({
  ids: z.array(z.number().int().positive()),
  request: z.object({
    action: actionSchema,
    date: z.string(),
    comment: z.string().optional(),
    reason: z.string().optional(),
    inputs: actionInputsSchema,
  }),
  today: z.iso.date(),
  /** The step's fields, pre-filled on each case moved (bulk-meter.ts); counted when the job was asked for. */
  perCase: z.number().int().nonnegative().default(0),
});
type BulkPayload = z.infer<typeof bulkPayload>;

/** The job's result: how many cases moved, how many were refused by each code, and which. */
export interface BulkSummary {
  total: number;
  ok: number;
  counts: Record<string, number>;
  refused: Record<string, number[]>;
}

export function summarise(results: readonly BulkResult[]): BulkSummary {
  const summary: BulkSummary = { total: results.length, ok: 0, counts: {}, refused: {} };
  for (const r of results) {
    if (r.ok) {
      summary.ok += 1;
      continue;
    }
    const code = r.code ?? 'UNKNOWN';
    summary.counts[code] = (summary.counts[code] ?? 0) + 1;
    (summary.refused[code] ??= []).push(r.id);
  }
  return summary;
}

registerJobHandler(BULK_JOB, async (payload, ctx) => {
  const { ids, request, today, perCase } = bulkPayload.parse(payload);
  const results = await runBulk(ctx.db, ctx.actor, ids, request, today, {
    onProgress: (done, total) => ctx.progress(done, total),
    signal: ctx.signal,
    meter: { at: ctx.now, action: `case.bulk.${request.action}`, perCase },
  });
  return summarise(results);
});

/**
 * A bulk action as the API takes it: the cases resolved within the actor's scope, then run now (a result per
 * case) or queued as a job (its id; GET /api/v1/jobs/{id} follows it and holds the summary at the end).
 */
export async function startBulk(
  db: Db,
  actor: Actor,
  body: BulkBody,
  today: string,
  at: Date,
): Promise<{ results: BulkResult[]; jobId: number | null }> {
  const ids = await bulkCaseIds(db, actor, body);
  const request = bulkRequest(body, today);
  // The request concerns the filter's region, else the actor's first: a job's administrators may follow it.
  const region = body.filter?.regionCode ?? actor.grants[0]?.regionCode ?? null;
  const meter = bulkMeter(body, request, region, at);
  if (ids.length <= BULK_SYNC_LIMIT)
    return { results: await runBulk(db, actor, ids, request, today, { meter }), jobId: null };
  const payload: BulkPayload = { ids, request, today, perCase: meter.perCase };
  // What the user typed is recorded with the job that takes it, once, however often the job runs.
  const jobId = await db.transaction(async (tx) => {
    await meterRequest(tx, actor, meter);
    return enqueue(tx, BULK_JOB, payload, actor, region);
  });
  kickRunners();
  return { results: [], jobId };
}
