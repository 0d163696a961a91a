/**
 * Bulk county approval of household exits (issue 11, "Speed": 100,000 exit cases in under 60 s on PostgreSQL,
 * each fully guarded).
 *
 *   npx tsx bench/cases-approve.ts [--cases 100000] [--fail 0.04] [--profile]
 *
 * On a fresh schema of BENCH_DATABASE_URL: N households of 兰陵县 371324 with members, each with an exit case at
 * county review, a share (--fail) of them failing the criteria (cases-seed.ts). Then the real path: POST /cases/bulk's
 * service with a filter (the county, exit, county_review) queues a `cases.bulk` job, a job runner of this
 * process runs it (batches of 250 through actOnCases: guard, moves, events, announcement, standing, audit).
 * Prints the seconds from the request to the job's end and cases per second; the last line is JSON. With
 * --profile, also the database time of the approval by statement (cases-statements.ts).
 */
import pino from 'pino';
import { loadConfig } from '../src/app/config.ts';
import type { Db } from '../src/db/types.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { startBulk } from '../src/modules/cases/bulk-job.ts';
import type { BulkSummary } from '../src/modules/cases/bulk-job.ts';
import { getJob } from '../src/modules/jobs/queue.ts';
import { JobRunner } from '../src/modules/jobs/runner.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { numberOption } from './support/args.ts';
import { openBenchDb } from './support/db.ts';
import { fillRegistry } from './support/fill.ts';
import { line, loadAverage, machine, ms, round, timed } from './support/report.ts';
import { seedExitCases } from './cases-seed.ts';
import { timedDb } from './cases-statements.ts';

const CASES = numberOption('cases', 100_000);
const FAIL = numberOption('fail', 0.04);
const PROFILE = process.argv.includes('--profile');
const COUNTY = '371324';
const actor = shellActor('bench');

async function untilDone(db: Db, jobId: number): Promise<BulkSummary> {
  for (;;) {
    const job = await getJob(db, actor, jobId);
    if (job.status === 'done') return job.result as BulkSummary;
    if (job.status === 'failed') throw new Error(`the job failed: ${JSON.stringify(job.error)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function main() {
  const bench = await openBenchDb('postgres', { max: 4 });
  const { label } = bench;
  const timing = timedDb(bench.db);
  const db = PROFILE ? timing.db : bench.db;
  const runner = new JobRunner(db, loadConfig({ LOG_LEVEL: 'warn' }), pino({ level: 'warn' }));
  try {
    line(`${label}: ${bench.version}; load average ${loadAverage()}`);
    await loadRegions(db, { county: COUNTY });
    const [, fillMs] = await timed(() =>
      fillRegistry(db, { county: COUNTY, households: CASES, years: [2020], members: true, chunk: 25_000 }),
    );
    const [, seedMs] = await timed(() => seedExitCases(db, COUNTY, { stage: 'county_review', fail: FAIL }));
    await db.exec('ANALYZE');
    line(
      `${label} seed: ${CASES} households with members in ${(fillMs / 1000).toFixed(1)} s, their exit cases at county review in ${(seedMs / 1000).toFixed(1)} s`,
    );

    await runner.start();
    timing.reset();
    const started = performance.now();
    const { jobId } = await startBulk(
      db,
      actor,
      {
        filter: { regionCode: `${COUNTY}000000`, type: 'exit', stage: 'county_review' },
        action: 'county_approve',
        date: '2026-06-30',
      },
      '2026-06-30',
      new Date('2026-06-30T12:00:00+08:00'),
    );
    const summary = await untilDone(bench.db, jobId!);
    const seconds = (performance.now() - started) / 1000;
    const [moved] = await db.query<{ exited: number; events: number; audits: number }>(
      `SELECT (SELECT count(*)::int FROM cases WHERE stage = 'exited') AS exited,
              (SELECT count(*)::int FROM case_events WHERE action = 'county_approve') AS events,
              (SELECT count(*)::int FROM audit_log WHERE action = 'case.county_approve') AS audits`,
    );
    line(
      `${label} bulk county_approve of ${summary.total} exit cases: ${seconds.toFixed(1)} s, ` +
        `${Math.round(summary.total / seconds)} cases/s; approved ${summary.ok}, refused ${JSON.stringify(summary.counts)}`,
    );
    line(
      `${label} after: ${moved!.exited} cases exited, ${moved!.events} approval events, ${moved!.audits} audit rows`,
    );
    if (PROFILE)
      for (const t of timing.times().slice(0, 20))
        line(`  ${ms(t.ms).padStart(8)} ms ${String(t.calls).padStart(7)} × ${t.sql}`);
    line(
      JSON.stringify({
        bench: 'cases-approve',
        machine: machine(),
        database: bench.version,
        cases: summary.total,
        approved: summary.ok,
        refused: summary.counts,
        seconds: round(seconds, 2),
        casesPerSecond: Math.round(summary.total / seconds),
      }),
    );
  } finally {
    await runner.stop();
    await bench.dispose();
  }
}

await main();
