/**
 * GET of a household with its members under concurrent load: the real API route against a bare Fastify route
 * running the same household and member queries (issue #2, "Speed").
 *
 *   npx tsx bench/household-get.ts [--households 20000] [--connections 20] [--duration 10] [--warmup 2]
 *                                  [--db postgres|pglite|both] [--role county_admin,inspector,…]
 *                                  [--layers] [--profile]
 *
 * Fills a fresh database (PostgreSQL of BENCH_DATABASE_URL in a schema dropped at the end, or an in-memory
 * PGlite) with N households of 3–4 members over the villages of 兰陵县 371324 (set-based SQL, audited), creates
 * a user of each `--role` (default county_admin) granted on the county 371324 and logs each in through
 * POST /api/v1/auth/login. A role with personal data (county_admin) sees the page unmasked and each of its
 * GETs writes a 'household.view' audit row; a role without (town_official, inspector, system_admin) sees it
 * masked and writes nothing. Starts the real server (buildServer, logger off) and a bare Fastify server with
 * one route — the household row by id, then its members, the column lists of the registry's reads, no
 * session, zod or masking — each on a free port of 127.0.0.1 and sharing one database handle. With --layers,
 * also the bare route with the real server's layers added back one at a time (support/household-layers.ts),
 * as the first role. autocannon (in a child process) drives each with random ids from the inserted range, the
 * same connections and duration: a short warm-up of each, then every server in turn, twice. Prints
 * requests/s, p50, p99 and the CPU time per request (this process: servers and database client; PostgreSQL:
 * the pool's backends) per run, the means and the ratio to bare. With --profile, one more run of the real
 * server per role under V8's sampling profiler, and where its CPU time went. Numbers are printed, never
 * asserted; the last line is JSON.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/app/config.ts';
import { buildServer } from '../src/app/server.ts';
import type { Db } from '../src/db/types.ts';
import { shellActor, type Role } from '../src/modules/auth/actor.ts';
import { generatePassword } from '../src/modules/auth/password.ts';
import { SESSION_COOKIE } from '../src/modules/auth/session.ts';
import { createUser } from '../src/modules/auth/users.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { choiceOption, flagOption, listOption, numberOption } from './support/args.ts';
import { drive, type CannonResult } from './support/cannon.ts';
import { cpuMeter, type CpuSpent } from './support/cpu.ts';
import { profiled, summarise, type Probe } from './support/cpu-profile.ts';
import { openBenchDb, type DbKind } from './support/db.ts';
import { fillRegistry } from './support/fill.ts';
import { BARE_PATH_PREFIX, layeredServer, LAYERS } from './support/household-layers.ts';
import { line, loadAverage, machine, round } from './support/report.ts';

const HOUSEHOLDS = numberOption('households', 20_000);
const CONNECTIONS = numberOption('connections', 20);
const DURATION = numberOption('duration', 10);
const WARMUP = numberOption('warmup', 2);
const DB = choiceOption('db', ['postgres', 'pglite', 'both'], 'postgres');
const BENCH_ROLES = ['county_admin', 'town_official', 'inspector', 'system_admin'] as const satisfies Role[];
const ROLES = listOption('role', BENCH_ROLES, ['county_admin']);
const WITH_LAYERS = flagOption('layers');
const PROFILE = flagOption('profile');
const COUNTY = '371324';
const ROUNDS = 2;

/** The database handle with a count of the statements sent through it (to report queries per request). */
function counting(db: Db): { db: Db; count: () => number } {
  let n = 0;
  return {
    db: {
      ...db,
      query: (sql, params, options) => {
        n += 1;
        return db.query(sql, params, options);
      },
    },
    count: () => n,
  };
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** A user of `role` on the bench county, logged in through the API; returns the Cookie header. */
async function loginAs(db: Db, url: string, role: Role): Promise<string> {
  const password = generatePassword();
  const username = `bench_${role}`;
  await createUser(db, shellActor('bench'), {
    username,
    displayName: `压测 ${role}`,
    password,
    grants: [{ role, regionCode: `${COUNTY}000000` }],
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

interface Target {
  url: string;
  pathPrefix: string;
  headers: Record<string, string>;
}

/** One GET through a server: the status, the member count, the statements it sent and the audit rows it wrote. */
async function probe(db: Db, target: Target, id: number, count: () => number) {
  const audit = async () =>
    (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'household.view'`,
      )
    )[0]?.n ?? 0;
  const [auditBefore, before] = [await audit(), count()];
  const res = await fetch(`${target.url}${target.pathPrefix}${id}`, { headers: target.headers });
  const body = (await res.json()) as { members?: { birthDate?: string }[] };
  const queries = count() - before;
  return {
    status: res.status,
    members: body.members?.length ?? 0,
    masked: body.members?.[0] !== undefined && body.members[0].birthDate === undefined,
    queries,
    auditRows: (await audit()) - auditBefore,
  };
}

/** One measured run: autocannon's figures and the CPU time per request. */
interface Run extends CannonResult {
  nodeUsPerRequest: number;
  postgresUsPerRequest: number;
}

async function measure(
  db: Db,
  applicationName: string | undefined,
  target: Target,
  ids: readonly [number, number],
) {
  const spent = await cpuMeter(db, applicationName);
  const result = await drive({ ...target, connections: CONNECTIONS, ids, duration: DURATION });
  const cpu: CpuSpent = await spent();
  const perRequest = (ms: number) => round((ms * 1000) / Math.max(1, result.requests), 0);
  return {
    ...result,
    nodeUsPerRequest: perRequest(cpu.nodeMs),
    postgresUsPerRequest: perRequest(cpu.postgresMs),
  };
}

function describe(label: string, server: string, n: number, r: Run): string {
  return (
    `${label} ${server} run ${n}: ${Math.round(r.requestsPerSecond)} req/s, p50 ${r.p50Ms} ms, ` +
    `p99 ${r.p99Ms} ms, CPU per request: node ${r.nodeUsPerRequest} µs, postgres ${r.postgresUsPerRequest} µs ` +
    `(${r.requests} requests, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}); ` +
    `load average ${loadAverage()}`
  );
}

function mean(results: readonly Run[], pick: (r: Run) => number, digits = 1): number {
  return round(results.reduce((sum, r) => sum + pick(r), 0) / results.length, digits);
}

function summary(results: readonly Run[]) {
  return {
    requestsPerSecond: mean(results, (r) => r.requestsPerSecond, 0),
    p50Ms: mean(results, (r) => r.p50Ms),
    p99Ms: mean(results, (r) => r.p99Ms),
    nodeUsPerRequest: mean(results, (r) => r.nodeUsPerRequest, 0),
    postgresUsPerRequest: mean(results, (r) => r.postgresUsPerRequest, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
  };
}

/**
 * The layers of the real route as --profile tells them apart: a sample goes to the innermost frame of its
 * stack that one of these matches (support/cpu-profile.ts); what none matches is "other".
 */
const PROFILE_LAYERS: Probe[] = [
  // V8's profiler samples by wall clock: a sample taken while the thread waits in (or for a core after) the
  // socket write syscall lands here, so on a loaded machine this layer is mostly waiting, not CPU.
  ['socket writes (writev: syscall, waiting for a core)', (f) => f.functionName === 'writev' && f.url === ''],
  ['presenter (masking, ages)', (f) => /(privacy|registry)\/present\.ts/.test(f.url)],
  ['getHousehold (scopes, audit SQL, the page)', (f) => f.functionName === 'getHousehold'],
  ['session (resolveSession, token hash)', (f) => f.url.includes('auth/session.ts')],
  [
    'zod (params, query, response encode + JSON)',
    (f) => /node_modules\/(zod|fastify-type-provider-zod)\//.test(f.url),
  ],
  ['security headers (helmet)', (f) => /node_modules\/helmet\/|security-headers\.ts/.test(f.url)],
  ['NUL guard', (f) => f.url.includes('input-guard.ts')],
  ['cookie parsing', (f) => /node_modules\/(@fastify\/cookie|cookie)\//.test(f.url)],
  ['pg client (queries out, rows in)', (f) => /node_modules\/pg(-protocol|-types|-pool)?\//.test(f.url)],
  ['Node http (parse request, write answer)', (f) => /^node:_?http/.test(f.url)],
  [
    'fastify (routing, hooks, reply)',
    (f) => /node_modules\/(fastify|find-my-way|avvio|fast-json-stringify)\//.test(f.url),
  ],
  ['garbage collector', (f) => f.functionName === '(garbage collector)'],
];

const share = (ms: number, total: number) => `${ms.toFixed(0)} ms (${((100 * ms) / total).toFixed(1)} %)`;

async function run(kind: DbKind) {
  const bench = await openBenchDb(kind);
  const { label } = bench;
  const servers: FastifyInstance[] = [];
  try {
    const loadAtStart = loadAverage();
    line(`${label}: ${bench.version}; load average ${loadAtStart}`);
    await loadRegions(bench.db, { county: COUNTY });
    const fill = await fillRegistry(bench.db, {
      county: COUNTY,
      households: HOUSEHOLDS,
      years: [2019, 2020],
      members: true,
      chunk: 50_000,
    });
    await bench.db.exec('ANALYZE');
    line(
      `${label} fill: ${fill.households} households, ${fill.members} members in ${fill.seconds.toFixed(1)} s; ` +
        `load average ${loadAverage()}`,
    );
    const [range] = await bench.db.query<{ lo: number; hi: number }>(
      'SELECT min(id)::int AS lo, max(id)::int AS hi FROM households',
    );
    const ids = [range?.lo ?? 1, range?.hi ?? 1] as const;

    const { db, count } = counting(bench.db);
    const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' });
    const real = await buildServer({ db, config, logger: false });
    servers.push(real);
    const realUrl = await listen(real);
    const cookies = new Map<Role, string>();
    for (const role of ROLES) cookies.set(role, await loginAs(bench.db, realUrl, role));
    const firstCookie = cookies.get(ROLES[0]!)!;

    // Servers in the order they run in each round: the real one per role, the ladder from the top, bare last.
    const targets = new Map<string, Target>();
    for (const [role, cookie] of cookies) {
      targets.set(`real as ${role}`, {
        url: realUrl,
        pathPrefix: '/api/v1/households/',
        headers: { cookie },
      });
    }
    for (let depth = WITH_LAYERS ? LAYERS.length : 0; depth >= 0; depth -= 1) {
      const app = await layeredServer(db, depth);
      servers.push(app);
      const name = depth === 0 ? 'bare' : `bare + ${LAYERS.slice(0, depth).join(' + ')}`;
      targets.set(name, {
        url: await listen(app),
        pathPrefix: BARE_PATH_PREFIX,
        headers: { cookie: firstCookie },
      });
    }
    const width = Math.max(...[...targets.keys()].map((k) => k.length));

    const probes = new Map<string, Awaited<ReturnType<typeof probe>>>();
    for (const [name, target] of targets) {
      const p = await probe(bench.db, target, ids[0], count);
      probes.set(name, p);
      line(
        `${label} one GET, ${name}: ${p.status} with ${p.members} members${p.masked ? ' (masked)' : ''} in ` +
          `${p.queries} statements, ${p.auditRows} audit rows`,
      );
    }

    for (const target of targets.values())
      await drive({ ...target, connections: CONNECTIONS, ids, duration: WARMUP });
    const runs = new Map<string, Run[]>([...targets.keys()].map((k) => [k, []]));
    for (let n = 1; n <= ROUNDS; n += 1) {
      for (const [name, target] of targets) {
        const result = await measure(bench.db, bench.applicationName, target, ids);
        runs.get(name)!.push(result);
        line(describe(label, name.padEnd(width), n, result));
      }
    }
    const means = new Map([...runs].map(([name, r]) => [name, summary(r)]));
    const bare = means.get('bare')!;
    line(`${label} mean of ${ROUNDS} (ratio to bare: req/s, p99):`);
    for (const [name, m] of means) {
      line(
        `  ${name.padEnd(width)}  ${String(m.requestsPerSecond).padStart(5)} req/s  p50 ${m.p50Ms} ms  p99 ${m.p99Ms} ms  ` +
          `CPU/request node ${m.nodeUsPerRequest} µs, postgres ${m.postgresUsPerRequest} µs  ` +
          `${round(m.requestsPerSecond / bare.requestsPerSecond, 2)}x, ${round(m.p99Ms / bare.p99Ms, 2)}x`,
      );
    }

    const profiles: Record<string, unknown> = {};
    if (PROFILE) {
      for (const [name, target] of targets) {
        if (!name.startsWith('real')) continue;
        const [result, profile] = await profiled(() =>
          drive({ ...target, connections: CONNECTIONS, ids, duration: DURATION }),
        );
        const s = summarise(profile, PROFILE_LAYERS);
        const perRequest = (ms: number) => `${((ms * 1000) / result.requests).toFixed(0)} µs/request`;
        line(
          `${label} profile, ${name}: ${result.requests} requests, ${s.busyMs.toFixed(0)} ms busy = ` +
            `${perRequest(s.busyMs)}; load average ${loadAverage()}`,
        );
        line('  by layer:');
        for (const [layer, ms] of s.layers) line(`    ${layer.padEnd(52)} ${share(ms, s.busyMs)}`);
        line('  self time by place:');
        for (const [place, ms] of s.places.slice(0, 14))
          line(`    ${place.padEnd(52)} ${share(ms, s.busyMs)}`);
        line('  self time by function:');
        for (const [fn, ms] of s.functions.slice(0, 15))
          line(`    ${fn.slice(0, 90).padEnd(90)} ${share(ms, s.busyMs)}`);
        profiles[name] = { requests: result.requests, ...s, functions: s.functions.slice(0, 30) };
      }
    }
    return {
      db: kind,
      version: bench.version,
      households: fill.households,
      members: fill.members,
      probes: Object.fromEntries(probes),
      servers: Object.fromEntries([...means].map(([name, m]) => [name, { ...m, runs: runs.get(name) }])),
      ratioToBare: Object.fromEntries(
        [...means].map(([name, m]) => [name, round(m.requestsPerSecond / bare.requestsPerSecond, 2)]),
      ),
      ...(PROFILE ? { profiles } : {}),
      loadAverage: { start: loadAtStart, end: loadAverage() },
    };
  } finally {
    for (const server of servers) await server.close();
    await bench.dispose();
  }
}

const kinds: DbKind[] = DB === 'both' ? ['postgres', 'pglite'] : [DB];
const results = [];
for (const kind of kinds) results.push(await run(kind));
line(
  JSON.stringify({
    bench: 'household-get',
    date: new Date().toISOString(),
    machine: machine(),
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    rounds: ROUNDS,
    roles: ROLES,
    results,
  }),
);
