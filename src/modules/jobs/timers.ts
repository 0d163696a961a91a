import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';

/**
 * Timers: jobs that wait for a moment (a notice period's end, a case's deadline) on the same queue as every
 * other job (queue.ts, migration 0022). Both functions take the caller's transaction: a case action schedules
 * its timer with its own writes, so an action that rolls back leaves no timer behind.
 */
export interface TimerSpec {
  /** The handler's kind (registerJobHandler). */
  kind: string;
  /** One key, one timer: name the kind and what it is about, e.g. `cases.notice_end:42:7`. */
  key: string;
  /** Not claimed before the runner's clock reaches it (app.clock(), not the database's now()). */
  runAt: Date;
  payload: unknown;
  /** For a deadline, systemActor(regionCode) (access/job-actor.ts): the timer runs as the system. */
  actor: Actor;
  regionCode: string | null;
  /**
   * Re-time the timer of this key to runAt and this payload, queued again whatever it had done (fired,
   * failed, or firing now: that run's outcome is then dropped). Without it a key already scheduled is left
   * as it is — scheduling again is idempotent, and a timer that fired does not fire twice.
   */
  replace?: boolean;
}

const COLUMNS = 'kind, key, run_at, payload, actor, created_by, region_code';

export async function scheduleJob(q: Queryable, t: TimerSpec): Promise<void> {
  const params = [
    t.kind,
    t.key,
    t.runAt,
    JSON.stringify(t.payload ?? null),
    JSON.stringify(t.actor),
    t.actor.userId,
    t.regionCode,
  ];
  if (t.replace) {
    // The worker of a run in progress is cleared, so that run's finish (matched on its worker) writes nothing.
    await q.query(
      `INSERT INTO jobs (${COLUMNS}) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7)
       ON CONFLICT (key) WHERE key IS NOT NULL DO UPDATE SET
         kind = excluded.kind, run_at = excluded.run_at, payload = excluded.payload, actor = excluded.actor,
         created_by = excluded.created_by, region_code = excluded.region_code, status = 'queued', worker = NULL,
         attempts = 0, result = NULL, error = NULL, progress_done = 0, progress_total = 0, heartbeat_at = NULL,
         started_at = NULL, finished_at = NULL`,
      params,
    );
    return;
  }
  // NOT EXISTS first: the runner schedules each day's sweep at every poll, and an INSERT that meets its
  // conflict would still draw an id; ON CONFLICT covers two transactions scheduling the same key at once.
  await q.query(
    `INSERT INTO jobs (${COLUMNS})
     SELECT $1::text, $2::text, $3::timestamptz, $4::jsonb, $5::jsonb, $6::bigint, $7::text
     WHERE NOT EXISTS (SELECT 1 FROM jobs WHERE key = $2::text)
     ON CONFLICT (key) WHERE key IS NOT NULL DO NOTHING`,
    params,
  );
}

/**
 * Drops a timer no longer needed (the case moved on before its deadline). Only a queued one: a timer firing
 * now finishes (its handler finds the case moved on), and one that fired stays on record.
 */
export async function cancelJob(q: Queryable, key: string): Promise<void> {
  await q.query(`DELETE FROM jobs WHERE key = $1 AND status = 'queued'`, [key]);
}
