import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/app/config.ts';
import { openPglite } from '../src/db/pglite.ts';
import type { Db } from '../src/db/types.ts';
import { systemActor } from '../src/modules/access/job-actor.ts';
import { shellActor, type Actor } from '../src/modules/auth/actor.ts';
import { registerJobHandler } from '../src/modules/jobs/handlers.ts';
import {
  CLAIM_SQL,
  claimNext,
  enqueue,
  finish,
  MAX_ATTEMPTS,
  RETRY_SECONDS,
} from '../src/modules/jobs/queue.ts';
import { JobRunner, runDueJobs } from '../src/modules/jobs/runner.ts';
import { registerSweep } from '../src/modules/jobs/sweep.ts';
import { cancelJob, scheduleJob } from '../src/modules/jobs/timers.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { TEST_NOW } from './support/server.ts';

/**
 * Timers on the job queue (issue 11 §5), driven by runDueJobs at chosen instants of the test clock: nothing
 * here sleeps, and nothing depends on the day the tests run.
 */
const VILLAGE = '371324106202';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);
const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' });

/** Every run of a test timer: its payload's tag, the instant it ran at and the actor it ran as. */
const runs: { tag: string; now: Date; actor: Actor }[] = [];
/** Tags whose handler throws on its first `failures` tries. */
const failures = new Map<string, number>();
registerJobHandler('test.timer', async (payload, ctx) => {
  const { tag } = payload as { tag: string };
  runs.push({ tag, now: ctx.now, actor: ctx.actor });
  const left = failures.get(tag) ?? 0;
  if (left > 0) {
    failures.set(tag, left - 1);
    throw new Error(`${tag} not yet`);
  }
  return { tag };
});
const ranOf = (tag: string) => runs.filter((r) => r.tag === tag);

function timer(tag: string, runAt: Date, extra: { replace?: boolean; key?: string } = {}) {
  return {
    kind: 'test.timer',
    key: extra.key ?? `test:${tag}`,
    runAt,
    payload: { tag },
    actor: systemActor(VILLAGE),
    regionCode: VILLAGE,
    replace: extra.replace,
  };
}

async function statusOf(db: Db, key: string) {
  const [row] = await db.query<{ status: string; attempts: number; error: { code: string } | null }>(
    'SELECT status, attempts, error FROM jobs WHERE key = $1',
    [key],
  );
  return row;
}

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.dispose());

describe('timers', () => {
  it('runs a timer scheduled twice with one key once, and not again when scheduled after it fired', async () => {
    await scheduleJob(db, timer('twice', at(HOUR)));
    await scheduleJob(db, { ...timer('twice', at(2 * HOUR)), payload: { tag: 'second' } });
    await runDueJobs(db, config, at(3 * HOUR));
    await runDueJobs(db, config, at(3 * HOUR));
    expect(ranOf('twice')).toHaveLength(1);
    expect(ranOf('second')).toEqual([]);
    await scheduleJob(db, timer('twice', at(HOUR)));
    await runDueJobs(db, config, at(4 * HOUR));
    expect(ranOf('twice')).toHaveLength(1);
    expect(await statusOf(db, 'test:twice')).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('does not run a timer before its time, and runs it once the clock reaches it', async () => {
    await scheduleJob(db, timer('later', at(DAY)));
    expect(await runDueJobs(db, config, TEST_NOW)).toBe(0);
    await runDueJobs(db, config, at(DAY - 1));
    expect(ranOf('later')).toEqual([]);
    await runDueJobs(db, config, at(DAY));
    // The handler's now is the runner's clock, not the machine's.
    expect(ranOf('later').map((r) => r.now)).toEqual([at(DAY)]);
  });

  it('never runs a timer scheduled in a transaction that rolled back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await scheduleJob(tx, timer('undone', at(HOUR)));
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    await db.transaction((tx) => scheduleJob(tx, timer('kept', at(HOUR))));
    await runDueJobs(db, config, at(30 * DAY));
    expect(ranOf('undone')).toEqual([]);
    expect(ranOf('kept')).toHaveLength(1);
    expect(await statusOf(db, 'test:undone')).toBeUndefined();
  });

  it('re-times a timer when asked, fires a fired one again on replace, and drops a cancelled one', async () => {
    await scheduleJob(db, timer('moved', at(40 * DAY)));
    await scheduleJob(db, timer('moved', at(42 * DAY), { replace: true }));
    await runDueJobs(db, config, at(41 * DAY));
    expect(ranOf('moved')).toEqual([]);
    await runDueJobs(db, config, at(42 * DAY));
    expect(ranOf('moved')).toHaveLength(1);
    await scheduleJob(db, timer('moved', at(43 * DAY), { replace: true }));
    await runDueJobs(db, config, at(43 * DAY));
    expect(ranOf('moved')).toHaveLength(2);

    // Re-timed while it fires: that run's outcome is dropped, and the timer fires again at its new time.
    await scheduleJob(db, timer('firing', at(43 * DAY)));
    const firing = await claimNext(db, 'busy', at(43 * DAY));
    expect(firing?.key).toBe('test:firing');
    await scheduleJob(db, timer('firing', at(44 * DAY), { replace: true }));
    await finish(db, firing!.id, 'busy', { result: { tag: 'stale' } });
    expect(await statusOf(db, 'test:firing')).toMatchObject({ status: 'queued', attempts: 0 });
    await runDueJobs(db, config, at(44 * DAY));
    expect(ranOf('firing')).toHaveLength(1);
    expect(await statusOf(db, 'test:firing')).toMatchObject({ status: 'done', attempts: 1 });

    await scheduleJob(db, timer('cancelled', at(44 * DAY)));
    await cancelJob(db, 'test:cancelled');
    await runDueJobs(db, config, at(45 * DAY));
    expect(ranOf('cancelled')).toEqual([]);
  });

  it('tries a timer that threw again after a while, up to MAX_ATTEMPTS; a queued job that threw fails at once', async () => {
    failures.set('flaky', 1);
    await scheduleJob(db, timer('flaky', at(50 * DAY)));
    await runDueJobs(db, config, at(50 * DAY));
    expect(await statusOf(db, 'test:flaky')).toMatchObject({
      status: 'queued',
      error: { code: 'JOB_FAILED' },
    });
    await runDueJobs(db, config, at(50 * DAY + RETRY_SECONDS * 1000 - 1));
    expect(ranOf('flaky')).toHaveLength(1);
    await runDueJobs(db, config, at(50 * DAY + RETRY_SECONDS * 1000));
    expect(await statusOf(db, 'test:flaky')).toMatchObject({ status: 'done', attempts: 2, error: null });

    failures.set('broken', 99);
    await scheduleJob(db, timer('broken', at(51 * DAY)));
    for (let minute = 0; minute < 10; minute += 1)
      await runDueJobs(db, config, at(51 * DAY + minute * 60_000));
    expect(ranOf('broken')).toHaveLength(MAX_ATTEMPTS);
    expect(await statusOf(db, 'test:broken')).toMatchObject({
      status: 'failed',
      error: { code: 'JOB_FAILED' },
    });

    failures.set('once', 1);
    const id = await enqueue(db, 'test.timer', { tag: 'once' }, shellActor('test', 'system'), null);
    await runDueJobs(db, config, TEST_NOW);
    const [job] = await db.query<{ status: string }>('SELECT status FROM jobs WHERE id = $1', [id]);
    expect(job!.status).toBe('failed');
  });

  it("runs as the system with the grants of the timer's region, whatever grants the row carries", async () => {
    const forged = {
      ...systemActor(VILLAGE),
      grants: [{ role: 'system_admin' as const, regionCode: '000000000000' }],
    };
    await scheduleJob(db, { ...timer('system', at(60 * DAY)), actor: forged });
    await runDueJobs(db, config, at(60 * DAY));
    expect(ranOf('system').map((r) => r.actor)).toEqual([
      {
        userId: null,
        username: 'system',
        source: 'system',
        grants: [{ role: 'county_admin', regionCode: VILLAGE }],
        requestId: null,
      },
    ]);
  });

  it('runs a timer whose worker died (running, heartbeat stopped) in another worker, once', async () => {
    await scheduleJob(db, timer('orphan', at(70 * DAY)));
    const claimed = await claimNext(db, 'dead', at(70 * DAY));
    expect(claimed?.key).toBe('test:orphan');
    await runDueJobs(db, config, at(70 * DAY));
    expect(ranOf('orphan')).toEqual([]);
    await db.query(`UPDATE jobs SET heartbeat_at = now() - interval '1 hour' WHERE key = 'test:orphan'`);
    await runDueJobs(db, config, at(70 * DAY));
    expect(ranOf('orphan')).toHaveLength(1);
    expect(await statusOf(db, 'test:orphan')).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('runs the daily sweep once a day, however many runners notice the day', async () => {
    const swept: string[] = [];
    registerSweep('test.sweep', async (day, ctx) => {
      swept.push(day);
      expect(ctx.actor).toMatchObject({
        source: 'system',
        grants: [{ role: 'county_admin', regionCode: '000000000000' }],
      });
      return { day };
    });
    const day1 = at(100 * DAY);
    await Promise.all([
      runDueJobs(db, config, day1),
      runDueJobs(db, config, day1),
      runDueJobs(db, config, new Date(day1.getTime() + HOUR)),
    ]);
    await runDueJobs(db, config, new Date(day1.getTime() + 2 * HOUR));
    await Promise.all([runDueJobs(db, config, at(101 * DAY)), runDueJobs(db, config, at(101 * DAY))]);
    expect(swept).toEqual(['2026-10-08', '2026-10-09']);
  });

  it('claims through the indexes, not a scan of the timers waiting', async () => {
    await db.query(
      `INSERT INTO jobs (kind, key, run_at, actor)
       SELECT 'test.timer', 'test:idle:' || n, $1::timestamptz + n * interval '1 minute', '{}'
       FROM generate_series(1, 20000) n`,
      [at(365 * DAY)],
    );
    await db.query('ANALYZE jobs');
    const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${CLAIM_SQL}`, ['w', 120, at(200 * DAY)]))
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).toContain('jobs_due');
    expect(plan).toContain('jobs_running');
    expect(plan).not.toMatch(/Seq Scan on jobs/);
    await db.query(`DELETE FROM jobs WHERE key LIKE 'test:idle:%'`);
  });
});

describe.skipIf(process.env.ZHENFU_TEST_DB === 'postgres')('timers across a restart on PGlite', () => {
  const base = mkdtempSync(join(tmpdir(), 'zhenfu-timers-'));
  const dir = join(base, 'data');
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('keeps a waiting timer and a cut-off one through closing and reopening the directory, and runs each once', async () => {
    const first = await openPglite(dir, new Blob([await readFile(inject('pgliteTemplate'))]));
    await scheduleJob(first, timer('restart', at(DAY)));
    await scheduleJob(first, timer('cut', at(HOUR)));
    // The process is stopped while the second timer runs: left running, as a crash leaves it.
    expect((await claimNext(first, 'gone', at(HOUR)))?.key).toBe('test:cut');
    await first.close();

    const db2 = await openPglite(dir);
    try {
      // A runner's start requeues what was running; its clock (a year back) finds nothing due.
      const runner = new JobRunner(db2, config, pino({ level: 'silent' }), () => at(-365 * DAY));
      await runner.start();
      await runner.stop();
      await runDueJobs(db2, config, TEST_NOW);
      expect(ranOf('restart')).toEqual([]);
      expect(ranOf('cut')).toHaveLength(0);
      await runDueJobs(db2, config, at(HOUR));
      expect(ranOf('cut')).toHaveLength(1);
      await runDueJobs(db2, config, at(DAY));
      await runDueJobs(db2, config, at(2 * DAY));
      expect(ranOf('restart')).toHaveLength(1);
    } finally {
      await db2.close();
    }
  });
});
