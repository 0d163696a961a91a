import type { Queryable } from '../../db/types.ts';
import { systemActor } from '../access/job-actor.ts';
import { today } from '../registry/commands/shared.ts';
import { registerJobHandler, type JobContext } from './handlers.ts';
import { scheduleJob } from './timers.ts';

/**
 * Daily sweeps: work a module wants done once a day (flag the cases overdue by that day). Each registered
 * sweep runs as one job per day, keyed `sweep:NAME:DAY`, so however many runners notice the new day, the
 * day's sweep is one job and runs once; it is retried like any timer (MAX_ATTEMPTS). A day the server was
 * down has no sweep of its own: a sweep must look at the state as of its day (every case overdue by then),
 * not only at what happened on it, so the next day's run catches up.
 */
export const SWEEP_JOB = 'jobs.sweep';

/** Runs the sweep of `day` (YYYY-MM-DD, the runner's clock) as the system over the whole country. */
export type Sweep = (day: string, ctx: JobContext) => Promise<unknown>;

const sweeps = new Map<string, Sweep>();

/** Registers a daily sweep; modules call this when they load, like registerJobHandler. */
export function registerSweep(name: string, sweep: Sweep): void {
  sweeps.set(name, sweep);
}

/** Schedules the sweeps of the day of `now`, each due at once; the key makes a second call a no-op. */
export async function scheduleSweeps(q: Queryable, now: Date): Promise<void> {
  const day = today(now);
  for (const name of sweeps.keys()) {
    await scheduleJob(q, {
      kind: SWEEP_JOB,
      key: `sweep:${name}:${day}`,
      runAt: now,
      payload: { name, day },
      actor: systemActor(null),
      regionCode: null,
    });
  }
}

registerJobHandler(SWEEP_JOB, async (payload, ctx) => {
  const { name, day } = payload as { name: string; day: string };
  const sweep = sweeps.get(name);
  // A sweep of a module this build no longer has: nothing to run, and nothing to retry.
  if (!sweep) return { skipped: name };
  return sweep(day, ctx);
});
