/**
 * A paired cadre's day at county scale (issue 13, "Speed and reliability": at 1,000,000 households, "my
 * households" and a visit submit p99 under 200 ms with 50 concurrent cadres).
 *
 *   nice npx tsx bench/casework-load.ts [--households 1000000] [--users 50] [--paired 20] [--rounds 20]
 *
 * On a fresh schema of BENCH_DATABASE_URL: N households of 兰陵县 371324 with members (fill.ts); a fifth of them
 * paired with 10,000 background cadres and visited monthly for a year (set-based), so the indexes hold a
 * county's casework; then `--users` paired-cadre accounts, each with a cadre record and `--paired` households
 * of their own, logged in over HTTP to the real server (buildServer on a port, in this process). The cadres
 * themselves run in a child process (support/casework-client.ts: one warm-up request each, then every user at
 * once): `--rounds` × GET /api/v1/my/households, then `--rounds` × POST /api/v1/visits (a new visit with a
 * 1 × 1 JPEG photo, to one of their households), then the same number of GET /api/health as the baseline.
 * Prints p50/p95/p99 of each and the plans of the two routes' main statements (no sequential scan of a big
 * table); the last line is JSON. Client, server and PostgreSQL share the machine's cores: read the ratios.
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/app/config.ts';
import { buildServer } from '../src/app/server.ts';
import type { Db } from '../src/db/types.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { generatePassword } from '../src/modules/auth/password.ts';
import { SESSION_COOKIE } from '../src/modules/auth/session.ts';
import { createUser } from '../src/modules/auth/users.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { numberOption, option } from './support/args.ts';
import { profiled, summarise } from './support/cpu-profile.ts';
import { openBenchDb } from './support/db.ts';
import { fillRegistry } from './support/fill.ts';
import type { CadreLogin, ClientJob, ClientRun } from './support/casework-client.ts';
import { inChild } from './support/child.ts';
import { cpuMeter } from './support/cpu.ts';
import { line, loadAverage, machine, ms, percentile, round, timed } from './support/report.ts';

const HOUSEHOLDS = numberOption('households', 1_000_000);
const USERS = numberOption('users', 50);
const PAIRED = numberOption('paired', 20);
const ROUNDS = numberOption('rounds', 20);
/** `--profile 1`: one more visit round under the CPU profiler, its busy time by place and function. */
const PROFILE = option('profile') === '1';
const COUNTY = '371324';
const CLIENT = fileURLToPath(new URL('./support/casework-client.ts', import.meta.url));
const actor = shellActor('bench');

async function audited(db: Db, sql: string, params: unknown[] = []): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(sql, params);
    await recordAudit(tx, actor, { action: 'bench.seed', entity: 'bench', entityId: null, regionCode: null });
  });
}

/** A fifth of the county paired with background cadres and visited monthly for a year, a few problems open. */
async function backgroundCasework(db: Db): Promise<void> {
  await audited(
    db,
    `INSERT INTO cadres (region_code, name) SELECT $1, '背景干部' || g FROM generate_series(1, 10000) g`,
    [`${COUNTY}000000`],
  );
  await audited(
    db,
    `INSERT INTO pairings (cadre_id, household_id, from_date)
     SELECT (SELECT min(id) FROM cadres) + (h.id % 10000), h.id, '2025-06-01'
     FROM households h WHERE h.id % 5 = 0`,
  );
  for (let month = 0; month < 12; month += 1)
    await audited(
      db,
      `INSERT INTO visits (client_id, household_id, region_code, cadre_id, at, lat, lng, accuracy, checks)
       SELECT 'bg-visit-' || p.id || '-' || $1, p.household_id, h.region_code, p.cadre_id,
              timestamptz '2025-07-05 10:00+08' + ($1 || ' months')::interval, 34.8, 118.0, 20, '{}'
       FROM pairings p JOIN households h ON h.id = p.household_id`,
      [month],
    );
  await audited(
    db,
    `INSERT INTO problems (household_id, region_code, category, description, source, due, handler_region_code, opened_on)
     SELECT h.id, h.region_code, 'income', '背景问题', 'manual', '2026-07-31', h.region_code, '2026-06-01'
     FROM households h WHERE h.id % 50 = 0`,
  );
}

/** The benched cadres: a login with the paired_cadre grant, a cadre record, PAIRED households not yet paired. */
async function users(db: Db, url: string): Promise<CadreLogin[]> {
  const made: CadreLogin[] = [];
  for (let i = 0; i < USERS; i += 1) {
    const username = `bench_cadre_${i}`;
    const password = generatePassword();
    const user = await createUser(db, actor, {
      username,
      displayName: `压测干部 ${i}`,
      password,
      grants: [{ role: 'paired_cadre', regionCode: `${COUNTY}000000` }],
    });
    const households = await db.transaction(async (tx) => {
      const [cadre] = await tx.query<{ id: number }>(
        `INSERT INTO cadres (region_code, name, user_id) VALUES ($1, $2, $3) RETURNING id::int`,
        [`${COUNTY}000000`, `压测干部 ${i}`, user.id],
      );
      const rows = await tx.query<{ id: number }>(
        `INSERT INTO pairings (cadre_id, household_id, from_date)
         SELECT $1, h.id, '2026-01-01' FROM households h
         WHERE h.id % 5 = 1 AND h.id > (SELECT min(id) FROM households) + $2 ORDER BY h.id LIMIT $3
         RETURNING household_id::int AS id`,
        [cadre!.id, i * Math.floor(HOUSEHOLDS / USERS), PAIRED],
      );
      await recordAudit(tx, actor, {
        action: 'bench.pair',
        entity: 'cadre',
        entityId: cadre!.id,
        regionCode: null,
      });
      return rows.map((r) => r.id);
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
    if (res.status !== 200 || !cookie) throw new Error(`login failed: ${res.status}`);
    made.push({ cookie, households });
  }
  return made;
}

const figures = (times: number[]) => ({
  n: times.length,
  p50: round(percentile(times, 50), 2),
  p95: round(percentile(times, 95), 2),
  p99: round(percentile(times, 99), 2),
});

/** The plan of a statement: the nodes that read a table, so a sequential scan of a big one shows. */
async function plan(db: Db, sql: string, params: unknown[]): Promise<string[]> {
  const rows = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
  return rows
    .map((r) => r['QUERY PLAN'])
    .filter((l) => /Scan|Index/.test(l))
    .map((l) => l.trim());
}

async function main() {
  const bench = await openBenchDb('postgres', { max: 10 });
  const { db, label } = bench;
  const app = await buildServer({
    db,
    config: loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' }),
    logger: false,
    clock: () => new Date('2026-06-30T10:00:00+08:00'),
  });
  try {
    line(`${label}: ${bench.version}; load average ${loadAverage()}`);
    await loadRegions(db, { county: COUNTY });
    const [, fillMs] = await timed(() =>
      fillRegistry(db, {
        county: COUNTY,
        households: HOUSEHOLDS,
        years: [2026],
        members: true,
        chunk: 50_000,
      }),
    );
    const [, caseworkMs] = await timed(() => backgroundCasework(db));
    // A county's database in its steady state, not one just bulk-loaded: the vacuum and the checkpoint that
    // 3,400,000 fresh rows call for run now, not inside a timed phase (as pgbench vacuums before its runs).
    await db.exec('VACUUM ANALYZE');
    await db.exec('CHECKPOINT');
    const [sizes] = await db.query<{ pairings: number; visits: number; problems: number }>(
      `SELECT (SELECT count(*)::int FROM pairings) AS pairings, (SELECT count(*)::int FROM visits) AS visits,
              (SELECT count(*)::int FROM problems) AS problems`,
    );
    line(
      `${label} seed: ${HOUSEHOLDS} households in ${(fillMs / 1000).toFixed(1)} s; ${sizes!.pairings} pairings, ` +
        `${sizes!.visits} visits, ${sizes!.problems} problems in ${(caseworkMs / 1000).toFixed(1)} s`,
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const cadres = await users(db, url);

    /** A phase's run and the CPU it cost per request: the server's process, its PostgreSQL backends, the client. */
    const phase = async (name: ClientJob['phase']) => {
      const spent = await cpuMeter(db, bench.applicationName);
      const run = await inChild<ClientJob, ClientRun>(CLIENT, {
        url,
        users: cadres,
        rounds: ROUNDS,
        phase: name,
      });
      const { nodeMs, postgresMs } = await spent();
      const per = (ms: number) => round(ms / run.times.length, 2);
      return { ...run, cpu: { server: per(nodeMs), postgres: per(postgresMs), client: per(run.cpuMs) } };
    };
    const mine = await phase('mine');
    const visits = await phase('visit');
    const health = await phase('health');

    if (PROFILE) {
      const [run, profile] = await profiled(() => phase('visit'));
      const s = summarise(profile, []);
      const per = (ms: number) => `${((ms * 1000) / run.times.length).toFixed(0)} µs/visit`;
      line(`${label} profile of ${run.times.length} visits: ${per(s.busyMs)} busy in the server's process`);
      for (const [name, ms] of [...s.places.slice(0, 12), ...s.functions.slice(0, 20)])
        line(`    ${name.slice(0, 90).padEnd(90)} ${per(ms)}`);
    }
    const m = figures(mine.times);
    const v = figures(visits.times);
    const h = figures(health.times);
    const show = (name: string, f: ReturnType<typeof figures>, run: Awaited<ReturnType<typeof phase>>) =>
      line(
        `${label} ${name.padEnd(28)} ${f.n} requests by ${cadres.length} cadres in ${run.seconds.toFixed(1)} s: ` +
          `p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, p99 ${ms(f.p99)} ms; failed ${run.failed}; ` +
          `CPU ms per request: server ${run.cpu.server}, PostgreSQL ${run.cpu.postgres}, client ${run.cpu.client}`,
      );
    show('GET /my/households', m, mine);
    show('POST /visits', v, visits);
    show('GET /api/health (baseline)', h, health);

    const [one] = await db.query<{ id: number }>(
      `SELECT id::int FROM cadres WHERE user_id IS NOT NULL LIMIT 1`,
    );
    const plans = {
      myHouseholds: await plan(
        db,
        `SELECT h.id, (SELECT at FROM visits v WHERE v.household_id = h.id ORDER BY at DESC LIMIT 1),
                (SELECT count(*) FROM problems x WHERE x.household_id = h.id AND x.state IN ('open', 'in_progress'))
         FROM pairings p JOIN households h ON h.id = p.household_id WHERE p.cadre_id = $1 AND p.ended_at IS NULL`,
        [one!.id],
      ),
      visitList: await plan(db, `SELECT id FROM visits WHERE household_id = $1 ORDER BY at DESC LIMIT 50`, [
        cadres[0]!.households[0],
      ]),
      // A visit's read-back (visits/read.ts) lists its problems: at 20,000 problems a scan was half its time.
      visitProblems: await plan(db, `SELECT id FROM problems WHERE visit_id = $1`, [1]),
    };
    for (const [name, nodes] of Object.entries(plans)) line(`${label} plan ${name}: ${nodes.join(' | ')}`);
    const seq = Object.values(plans)
      .flat()
      .some((n) => /Seq Scan on (households|visits|pairings|problems)/.test(n));
    line(`${label} sequential scans of a big table: ${seq ? 'YES' : 'none'}`);
    line(
      JSON.stringify({
        bench: 'casework-load',
        machine: machine(),
        database: bench.version,
        households: HOUSEHOLDS,
        users: cadres.length,
        myHouseholds: { ...m, cpu: mine.cpu },
        visit: { ...v, cpu: visits.cpu },
        health: { ...h, cpu: health.cpu },
        failed: mine.failed + visits.failed,
        seqScan: seq,
      }),
    );
  } finally {
    await app.close();
    await bench.dispose();
  }
}

await main();
