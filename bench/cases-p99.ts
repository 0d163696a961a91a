/**
 * A case action's latency under concurrent users (issue 11, "Speed": the p99 of a case action under 20
 * concurrent users), against a baseline measured in the same run.
 *
 *   npx tsx bench/cases-p99.ts [--users 20] [--cases 20] [--profile]
 *
 * On a fresh schema of BENCH_DATABASE_URL: users × cases households of 兰陵县, each with an exit case just
 * proposed (cases-seed.ts), spread so each user's cases lie in the user's own village. Every user is a real
 * account (village cadre of its village, county administrator of the county) logged in over HTTP to the real
 * server (buildServer, listening on a port, in this process). The users wait at a start gate, then each walks
 * its cases through the whole exit — verify, sign, post_notice, end_notice, county_approve — with
 * POST /api/v1/cases/{id}/actions, one request after the other (each answers the case page). Then, with the
 * same users and concurrency, the baselines: GET /api/v1/cases/{id} (the case page alone) and GET /health.
 * Prints p50/p95/p99 of each and the ratios action/baseline; the last line is JSON. The client shares the
 * process and the machine with the server and PostgreSQL: read the ratios, not only the milliseconds. With
 * --profile, the statements the actions ran (cases-statements.ts): how many per action, and where the time went.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/app/config.ts';
import { buildServer } from '../src/app/server.ts';
import type { Db } from '../src/db/types.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { generatePassword } from '../src/modules/auth/password.ts';
import { SESSION_COOKIE } from '../src/modules/auth/session.ts';
import { createUser } from '../src/modules/auth/users.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { numberOption } from './support/args.ts';
import { openBenchDb } from './support/db.ts';
import { countyVillages, fillRegistry } from './support/fill.ts';
import { line, loadAverage, machine, ms, percentile, round } from './support/report.ts';
import { seedExitCases } from './cases-seed.ts';
import { timedDb } from './cases-statements.ts';

const USERS = numberOption('users', 20);
const CASES = numberOption('cases', 20);
const PROFILE = process.argv.includes('--profile');
const COUNTY = '371324';
const STEPS = [
  { action: 'verify', date: '2026-06-01' },
  { action: 'sign', date: '2026-06-02', inputs: { signature: { documentNo: 'QZ-7', date: '2026-06-02' } } },
  { action: 'post_notice', date: '2026-06-03' },
  { action: 'end_notice', date: '2026-06-10' },
  { action: 'county_approve', date: '2026-06-11' },
] as const;

interface User {
  cookie: string;
  cases: number[];
}

async function login(db: Db, url: string, i: number, village: string): Promise<string> {
  const username = `bench_case_user_${i}`;
  const password = generatePassword();
  await createUser(db, shellActor('bench'), {
    username,
    displayName: `压测 ${i}`,
    password,
    grants: [
      { role: 'village_cadre', regionCode: village },
      { role: 'county_admin', regionCode: `${COUNTY}000000` },
    ],
  });
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return cookie;
}

/** Each user's cases: the households of one village per user, moved there before the cases open. */
async function usersOf(db: Db, url: string): Promise<User[]> {
  const villages = (await countyVillages(db, COUNTY)).slice(0, USERS);
  const users: User[] = [];
  for (const [i, village] of villages.entries()) {
    const rows = await db.query<{ id: number }>(
      `SELECT c.id FROM cases c JOIN households h ON h.id = c.household_id
       WHERE h.region_code = $1 ORDER BY c.id`,
      [village],
    );
    users.push({ cookie: await login(db, url, i, village), cases: rows.map((r) => Number(r.id)) });
  }
  return users;
}

/** Runs every user's requests concurrently after one start gate; answers each request's milliseconds. */
async function gated(
  users: User[],
  work: (u: User, time: (p: Promise<Response>, label?: string) => Promise<Response>) => Promise<void>,
) {
  const times: number[] = [];
  const byLabel = new Map<string, number[]>();
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const time = async (request: Promise<Response>, label?: string) => {
    const start = performance.now();
    const res = await request;
    await res.text().catch(() => '');
    const elapsed = performance.now() - start;
    times.push(elapsed);
    if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), elapsed]);
    return res;
  };
  const running = users.map(async (u) => {
    await gate;
    await work(u, time);
  });
  const start = performance.now();
  open();
  await Promise.all(running);
  return { times, byLabel, seconds: (performance.now() - start) / 1000 };
}

const figures = (times: number[]) => ({
  n: times.length,
  p50: round(percentile(times, 50), 2),
  p95: round(percentile(times, 95), 2),
  p99: round(percentile(times, 99), 2),
});

async function main() {
  const bench = await openBenchDb('postgres', { max: 10 });
  const { db, label } = bench;
  const timing = timedDb(db);
  const app = await buildServer({
    db: PROFILE ? timing.db : db,
    config: loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' }),
    logger: false,
  });
  try {
    line(`${label}: ${bench.version}; load average ${loadAverage()}`);
    await loadRegions(db, { county: COUNTY });
    await fillRegistry(db, { county: COUNTY, households: USERS * CASES, years: [2020], members: true });
    // Gather each user's share of households in one village of its own.
    const villages = (await countyVillages(db, COUNTY)).slice(0, USERS);
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE households SET region_code = ($1::text[])[1 + (id % $2)::int] WHERE true`, [
        villages,
        villages.length,
      ]);
      await tx.query(
        `UPDATE household_years y SET region_code = h.region_code FROM households h WHERE h.id = y.household_id`,
      );
      await recordAudit(tx, shellActor('bench'), {
        action: 'bench.move',
        entity: 'household',
        entityId: null,
        regionCode: `${COUNTY}000000`,
      });
    });
    await seedExitCases(db, COUNTY, { stage: 'proposed', fail: 0 });
    await db.exec('ANALYZE');
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const users = await usersOf(db, url);

    let refused = 0;
    timing.reset();
    const actions = await gated(users, async (u, time) => {
      for (const id of u.cases)
        for (const [version, step] of STEPS.entries()) {
          const res = await time(
            fetch(`${url}/api/v1/cases/${id}/actions`, {
              method: 'POST',
              headers: { cookie: u.cookie, 'content-type': 'application/json' },
              body: JSON.stringify({ ...step, version: version + 1 }),
            }),
            step.action,
          );
          if (res.status !== 200) refused += 1;
        }
    });
    const statements = timing.times();
    const reads = await gated(users, async (u, time) => {
      for (const id of u.cases)
        for (let i = 0; i < STEPS.length; i += 1)
          await time(fetch(`${url}/api/v1/cases/${id}`, { headers: { cookie: u.cookie } }));
    });
    const health = await gated(users, async (u, time) => {
      for (let i = 0; i < u.cases.length * STEPS.length; i += 1) await time(fetch(`${url}/health`));
    });

    const a = figures(actions.times);
    const r = figures(reads.times);
    const h = figures(health.times);
    const show = (name: string, f: ReturnType<typeof figures>, seconds: number) =>
      line(
        `${label} ${name.padEnd(30)} ${f.n} requests by ${users.length} users in ${seconds.toFixed(1)} s: ` +
          `p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, p99 ${ms(f.p99)} ms`,
      );
    show('POST /cases/{id}/actions', a, actions.seconds);
    for (const [action, times] of actions.byLabel) {
      const f = figures(times);
      line(`${label}   ${action.padEnd(28)} p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, p99 ${ms(f.p99)} ms`);
    }
    if (PROFILE) {
      const calls = statements.reduce((sum, t) => sum + t.calls, 0);
      line(`${label}   ${(calls / a.n).toFixed(1)} statements per action; by statement:`);
      for (const t of statements.slice(0, 15))
        line(`  ${ms(t.ms).padStart(8)} ms ${String(t.calls).padStart(6)} × ${t.sql}`);
    }
    show('GET /cases/{id} (baseline)', r, reads.seconds);
    show('GET /health (baseline)', h, health.seconds);
    line(
      `${label} action/GET case: p50 ×${(a.p50 / r.p50).toFixed(2)}, p99 ×${(a.p99 / r.p99).toFixed(2)}; ` +
        `action/health: p99 ×${(a.p99 / h.p99).toFixed(1)}; refused actions: ${refused}`,
    );
    line(
      JSON.stringify({
        bench: 'cases-p99',
        machine: machine(),
        database: bench.version,
        users: users.length,
        action: a,
        getCase: r,
        health: h,
        refused,
      }),
    );
  } finally {
    await app.close();
    await bench.dispose();
  }
}

await main();
