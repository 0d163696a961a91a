import type { Config } from '../../src/app/config.ts';
import type { Db } from '../../src/db/types.ts';
import { runDueJobs } from '../../src/modules/jobs/runner.ts';

/**
 * Fires every job due at `now` and returns once each has an outcome. On a test server the server's own
 * runner (its clock fixed at TEST_NOW) may have claimed a timer due by then first: this waits for it rather
 * than reading the case before that run ended. A timer due after TEST_NOW is only ever fired by the test.
 */
export async function fireDue(db: Db, config: Config, now: Date): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    await runDueJobs(db, config, now);
    const [open] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM jobs WHERE status = 'running' OR (status = 'queued' AND run_at <= $1)`,
      [now],
    );
    if (open!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the jobs due did not finish');
}
