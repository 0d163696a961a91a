/**
 * Registry editors writing at once in many counties (issue 10 §6, "No hot rows, no global locks").
 *
 *   npx tsx bench/concurrent-editors.ts [--households 1000] [--editors 50] [--ops 2000] [--solo-ops 200]
 *                                       [--pool 10] [--events 20]
 *
 * On the PostgreSQL of BENCH_DATABASE_URL (a schema dropped at the end): loads the regions of 10 counties in
 * 7 provinces — three of them in one city (临沂市), where writes used to meet on the city's and the
 * province's statistics rows as well as the country's — and fills each with the demo county's households
 * (`generateDemoCounty`, through the ordinary import). Starts the real server (pool of `--pool` connections,
 * as in production) and logs in one county administrator per county through the API.
 *
 * Each editor works in one county on its own share of that county's households (so no two editors ever
 * edit the same household, and a 409 would be a bug), and does real registry writes through HTTP, one after
 * the other: mostly a PATCH of this year's facts (the status goes between 01 and 02, the wage income moves),
 * and `--events` % of the time a member leaving (married out), followed by a GET of the household that
 * changed. First 1 editor does `--solo-ops` writes, then `--editors` editors spread over the 10 counties do
 * `--ops` writes in all, in the same run: prints writes/s of each, their ratio, the errors (any answer but
 * 2xx; must be 0), the deadlocks PostgreSQL counted (in the whole database: give the bench a scratch one,
 * e.g. BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/zf_bench_hot) and how many of the pool's
 * connections were waiting for a lock on average — the cost of shared rows and locks, which the writes/s of
 * a machine short of CPU hide. Figures are printed, never asserted; the last line is JSON.
 */
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { loadConfig } from '../src/app/config.ts';
import { buildServer } from '../src/app/server.ts';
import type { Db } from '../src/db/types.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { compareStats } from '../src/modules/measure/stats.ts';
import { generatePassword } from '../src/modules/auth/password.ts';
import { SESSION_COOKIE } from '../src/modules/auth/session.ts';
import { createUser } from '../src/modules/auth/users.ts';
import { today } from '../src/modules/registry/commands/shared.ts';
import { generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { numberOption } from './support/args.ts';
import { BENCH_DATABASE_URL, openBenchDb, type BenchDb } from './support/db.ts';
import { line, loadAverage, machine, round } from './support/report.ts';

const HOUSEHOLDS = numberOption('households', 1000);
const EDITORS = numberOption('editors', 50);
const OPS = numberOption('ops', 2000);
const SOLO_OPS = numberOption('solo-ops', 200);
const POOL = numberOption('pool', 10);
const EVENTS = numberOption('events', 20);
/** This year on the server's clock: an open year, which a write changes without a correction's reason. */
const YEAR = new Date().getFullYear();
/**
 * The demo's year: the last one. (A demo of this year counts its end as today, so it may hold people born
 * after the server's today, whose page then fails.) The first PATCH of a household writes this year's facts
 * from last year's.
 */
const DEMO_YEAR = YEAR - 1;
const COUNTIES = [
  '371324', '371325', '371326', '370102', '410102', '420102', '510104', '530102', '620102', '110101',
]; // prettier-ignore

interface Member {
  id: number;
  version: number;
  relation: string;
}

interface Household {
  id: number;
  version: number;
  facts: { status: string; householdType: string; mainCause: string; wageIncome: number | null };
  members: Member[];
}

interface Tally {
  writes: number;
  errors: number;
  byStatus: Map<string, number>;
}

/** One editor's session against the server. */
interface Session {
  url: string;
  cookie: string;
}

async function call<T>(session: Session, method: string, path: string, body?: unknown) {
  const res = await fetch(`${session.url}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, text };
}

async function login(db: Db, url: string, county: string): Promise<string> {
  const username = `bench_editor_${county}`;
  const password = generatePassword();
  await createUser(db, shellActor('bench'), {
    username,
    displayName: `压测 ${county}`,
    password,
    grants: [{ role: 'county_admin', regionCode: `${county}000000` }],
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

function fail(tally: Tally, status: number, text: string): void {
  tally.errors += 1;
  const key = `${status} ${text.slice(0, 160)}`;
  tally.byStatus.set(key, (tally.byStatus.get(key) ?? 0) + 1);
}

/** One write on one household; returns the household as it now is (undefined after an error). */
async function write(session: Session, h: Household, tally: Tally): Promise<Household | undefined> {
  const leaving = h.members.find((m) => m.relation !== '01');
  if (leaving && Math.random() * 100 < EVENTS) {
    const event = { version: leaving.version, event: 'married_out', eventDate: today() };
    const res = await call(session, 'POST', `/api/v1/members/${leaving.id}/events`, event);
    if (res.status !== 200) return void fail(tally, res.status, res.text);
    tally.writes += 1;
    const fresh = await call<Household>(session, 'GET', `/api/v1/households/${h.id}?year=${YEAR}`);
    if (fresh.status !== 200) return void fail(tally, fresh.status, fresh.text);
    return { ...fresh.body, facts: fresh.body.facts ?? h.facts };
  }
  const facts = {
    status: h.facts.status === '01' ? '02' : '01',
    householdType: h.facts.householdType,
    mainCause: h.facts.mainCause,
    wageIncome: (h.facts.wageIncome ?? 0) + 10,
  };
  const res = await call<Household>(session, 'PATCH', `/api/v1/households/${h.id}`, {
    version: h.version,
    year: YEAR,
    facts,
  });
  if (res.status !== 200) return void fail(tally, res.status, res.text);
  tally.writes += 1;
  return res.body;
}

/** An editor: `ops` writes one after the other over its own households, round robin. */
async function editor(session: Session, households: Household[], ops: number, tally: Tally) {
  for (let i = 0; i < ops; i += 1) {
    const at = i % households.length;
    const next = await write(session, households[at]!, tally);
    if (next) households[at] = next;
  }
}

/**
 * Samples, every 50 ms on a connection of its own, how many of the server's connections are waiting for a lock
 * (a row, a transaction, an advisory lock): what hot rows and global locks cost, apart from the CPU the
 * machine has to spare. Returns a stop function that gives the mean.
 */
async function lockWaits(applicationName: string): Promise<() => Promise<number>> {
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await client.connect();
  const samples: number[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`,
        [applicationName],
      );
      samples.push(rows[0]?.n ?? 0);
      await sleep(50);
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    await client.end();
    return samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : 0;
  };
}

async function deadlocks(db: Db): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()',
  );
  return row?.n ?? 0;
}

interface Phase {
  editors: number;
  writes: number;
  errors: number;
  seconds: number;
  writesPerSecond: number;
  deadlocks: number;
  /** Mean number of the pool's connections waiting for a lock. */
  lockWaiting: number;
  errorKinds: Record<string, number>;
}

/** `editors` editors at once, `ops` writes in all; shares[e] is editor e's households. */
async function phase(
  bench: BenchDb,
  sessions: Session[],
  shares: Household[][],
  ops: number,
): Promise<Phase> {
  const { db } = bench;
  const tally: Tally = { writes: 0, errors: 0, byStatus: new Map() };
  const before = await deadlocks(db);
  const waits = await lockWaits(bench.applicationName!);
  const start = performance.now();
  await Promise.all(
    sessions.map((s, e) =>
      editor(s, shares[e]!, Math.floor(ops / sessions.length) + (e < ops % sessions.length ? 1 : 0), tally),
    ),
  );
  const seconds = (performance.now() - start) / 1000;
  const lockWaiting = round(await waits(), 2);
  return {
    editors: sessions.length,
    writes: tally.writes,
    errors: tally.errors,
    seconds: round(seconds, 2),
    writesPerSecond: round(tally.writes / seconds, 1),
    deadlocks: (await deadlocks(db)) - before,
    lockWaiting,
    errorKinds: Object.fromEntries(tally.byStatus),
  };
}

function report(name: string, p: Phase): void {
  line(
    `${name}: ${p.editors} editor(s), ${p.writes} writes in ${p.seconds} s = ${p.writesPerSecond} writes/s; ` +
      `errors ${p.errors}; deadlocks ${p.deadlocks}; connections waiting for a lock ${p.lockWaiting} on average`,
  );
  for (const [kind, n] of Object.entries(p.errorKinds)) line(`  ${n} × ${kind}`);
}

async function main() {
  const bench = await openBenchDb('postgres', { max: POOL });
  const { db } = bench;
  const servers: { close(): Promise<unknown> }[] = [];
  try {
    line(`${bench.version}; ${JSON.stringify(machine())}; load average ${loadAverage()}`);
    const fillStart = performance.now();
    for (const county of COUNTIES) {
      await loadRegions(db, { county });
      await generateDemoCounty(db, shellActor('bench', 'demo'), {
        county,
        households: HOUSEHOLDS,
        seed: 1,
        year: DEMO_YEAR,
      });
    }
    await db.exec('ANALYZE');
    line(
      `fill: ${COUNTIES.length} counties × ${HOUSEHOLDS} demo households in ` +
        `${((performance.now() - fillStart) / 1000).toFixed(1)} s`,
    );

    const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' });
    const app = await buildServer({ db, config, logger: false });
    servers.push(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const sessionOf = new Map<string, Session>();
    for (const county of COUNTIES) sessionOf.set(county, { url, cookie: await login(db, url, county) });

    // Editor e works in county e mod 10 on every (editors/10)-th household of it: no two share a household.
    const perCounty = Math.ceil(EDITORS / COUNTIES.length);
    const shares: Household[][] = Array.from({ length: EDITORS }, () => []);
    const sessions: Session[] = [];
    for (let e = 0; e < EDITORS; e += 1) sessions.push(sessionOf.get(COUNTIES[e % COUNTIES.length]!)!);
    for (const [c, county] of COUNTIES.entries()) {
      const ids = await db.query<{ id: number }>(
        'SELECT id::int AS id FROM households WHERE county_code = $1 ORDER BY id',
        [county],
      );
      for (const [i, { id }] of ids.entries()) {
        const e = c + COUNTIES.length * (i % perCounty);
        if (e >= EDITORS) continue;
        const res = await call<Household>(
          sessionOf.get(county)!,
          'GET',
          `/api/v1/households/${id}?year=${DEMO_YEAR}`,
        );
        if (res.status !== 200) throw new Error(`GET household ${id}: ${res.status} ${res.text}`);
        shares[e]!.push(res.body);
      }
    }

    // The lone editor is editor 0 on its own households; the crowd goes on from the versions it left.
    const solo = await phase(bench, [sessions[0]!], [shares[0]!], SOLO_OPS);
    report('1 editor', solo);
    const crowd = await phase(bench, sessions, shares, OPS);
    report(`${EDITORS} editors`, crowd);
    const ratio = round(crowd.writesPerSecond / solo.writesPerSecond, 2);
    line(`ratio ${EDITORS} editors / 1 editor: ${ratio}×; errors ${solo.errors + crowd.errors}`);
    const mismatches = (await compareStats(db)).length;
    line(`statistics rows that differ from a recompute: ${mismatches}; load average ${loadAverage()}`);
    line(
      JSON.stringify({
        bench: 'concurrent-editors',
        version: bench.version,
        counties: COUNTIES.length,
        households: HOUSEHOLDS,
        pool: POOL,
        solo,
        crowd,
        ratio,
        errors: solo.errors + crowd.errors,
        statsMismatches: mismatches,
      }),
    );
  } finally {
    for (const server of servers) await server.close();
    await bench.dispose();
  }
}

await main();
