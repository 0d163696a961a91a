import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { recordBurden, recordBurdenMany, typedFields, type BurdenEntry } from '../burden/record.ts';
import { COUNTRY } from '../regions/region-code.ts';
import type { StepRequest } from './guard.ts';
import type { BulkBody } from './schemas.ts';

/**
 * What a bulk action cost its user (减轻基层负担). The request is one form typed once: one entry
 * `case.bulk.<action>` in the region it answers to (the filter's, else the actor's first grant) with the
 * fields of its body typed — the chosen cases count as one field, a selection is not typed case by case —
 * and the date the server supplied, if any, pre-filled. Each case it moved records an entry in the case's
 * village with nothing typed and the step's fields (action, date, comment, reason, inputs) pre-filled: what a
 * single action would have had someone type for that case. So the village sums show the casework done for
 * them, and the cadre's typed sum shows the request once.
 */
export interface BulkMeter {
  /** The server's clock (app.clock(); a job's ctx.now), never the database's. */
  at: Date;
  action: string;
  /**
   * The request's entry, not yet recorded: it rides on the first batch's transaction that commits (a batch
   * rolled back hands it on, bulk.ts). A job's request is recorded with its enqueueing instead, so a job run
   * again after a crash does not count the typing twice.
   */
  request?: BurdenEntry | undefined;
  /** The step's fields, pre-filled on every case moved. */
  perCase: number;
}

/** The meter of a bulk request (`region`: where the request answers to). */
export function bulkMeter(
  body: BulkBody,
  step: StepRequest,
  region: string | null,
  at: Date,
): Required<BulkMeter> {
  const { caseIds, ...typedBody } = body;
  const action = `case.bulk.${body.action}`;
  return {
    at,
    action,
    request: {
      action,
      regionCode: region ?? COUNTRY,
      typed: typedFields(typedBody) + (caseIds ? 1 : 0),
      prefilled: body.date === undefined ? 1 : 0,
    },
    perCase: typedFields(step),
  };
}

/** Records the request's entry on its own (a job's, with the job's row). */
export const meterRequest = (q: Queryable, actor: Actor, meter: Required<BulkMeter>) =>
  recordBurden(q, actor, meter.request, meter.at);

/**
 * In a batch's transaction: an entry per case moved (`moved`, the ids answered ok) in the case's village, and
 * the request's own entry when this batch carries it (`own`).
 */
export async function meterBatch(
  tx: Queryable,
  actor: Actor,
  meter: BulkMeter,
  moved: readonly number[],
  own: BurdenEntry | undefined,
): Promise<void> {
  const rows =
    moved.length === 0
      ? []
      : await tx.query<{ regionCode: string }>(
          `SELECT region_code AS "regionCode" FROM cases WHERE id = ANY($1::bigint[]) ORDER BY id`,
          [moved],
        );
  const cases = rows.map((r): BurdenEntry => ({
    action: meter.action,
    regionCode: r.regionCode,
    typed: 0,
    prefilled: meter.perCase,
  }));
  await recordBurdenMany(tx, actor, own ? [own, ...cases] : cases, meter.at);
}
