/**
 * GET of a household with its members under concurrent load: the real API route against a bare Fastify route
 * running the same household and member queries (issue #2, "Speed").
 *
 *   npx tsx bench/household-get.ts [--households 20000] [--connections 20] [--duration 10] [--warmup 2]
 *                                  [--db postgres|pglite|both]
 *
 * Fills a fresh database (PostgreSQL of BENCH_DATABASE_URL in a schema dropped at the end, or an in-memory
 * PGlite) with N households of 3–4 members over the villages of 兰陵县 371324 (set-based SQL, audited), creates
 * a county administrator of 371324 and logs in through POST /api/v1/auth/login. Starts the real server
 * (buildServer, logger off) and a bare Fastify server with one route — the household row by id, then its
 * members, the column lists of the registry's reads, no session, zod or masking — each on a free port of
 * 127.0.0.1 and sharing one database handle. autocannon (in a child process) drives each with random ids
 * from the inserted range, the same connections and duration: a short warm-up of each, then real, bare, real,
 * bare. Prints requests/s, p50 and p99 per run, the means and the ratio real/bare. Numbers are printed, never
 * asserted; the last line is JSON.
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadConfig } from '../src/app/config.ts';
import { buildServer } from '../src/app/server.ts';
import type { Db } from '../src/db/types.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { generatePassword } from '../src/modules/auth/password.ts';
import { SESSION_COOKIE } from '../src/modules/auth/session.ts';
import { createUser } from '../src/modules/auth/users.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { HOUSEHOLD_SELECT, MEMBER_SELECT } from '../src/modules/registry/repo.ts';
import { choiceOption, numberOption } from './support/args.ts';
import { drive, type CannonResult } from './support/cannon.ts';
import { openBenchDb, type DbKind } from './support/db.ts';
import { fillRegistry } from './support/fill.ts';
import { line, loadAverage, machine, round } from './support/report.ts';

const HOUSEHOLDS = numberOption('households', 20_000);
const CONNECTIONS = numberOption('connections', 20);
const DURATION = numberOption('duration', 10);
const WARMUP = numberOption('warmup', 2);
const DB = choiceOption('db', ['postgres', 'pglite', 'both'], 'postgres');
const COUNTY = '371324';
const ROUNDS = 2;

/** The database handle with a count of the statements sent through it (to report queries per request). */
function counting(db: Db): { db: Db; count: () => number } {
  let n = 0;
  return {
    db: {
      ...db,
      query: (sql, params) => {
        n += 1;
        return db.query(sql, params);
      },
    },
    count: () => n,
  };
}

/** The bare route: the household row by id, then its members, as getHousehold reads them, and nothing else. */
function bareServer(db: Db): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/households/:id', async (request, reply) => {
    const id = Number(request.params.id);
    const [household] = await db.query(`SELECT ${HOUSEHOLD_SELECT} FROM households h WHERE h.id = $1`, [id]);
    if (!household) return reply.status(404).send({ error: 'not found' });
    const members = await db.query(
      `SELECT ${MEMBER_SELECT} FROM members m WHERE m.household_id = $1 ORDER BY m.active DESC, m.relation, m.id`,
      [id],
    );
    return { ...household, members };
  });
  return app;
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** A county administrator of the bench county, logged in through the API; returns the Cookie header. */
async function countyAdminCookie(db: Db, url: string): Promise<string> {
  const password = generatePassword();
  await createUser(db, shellActor('bench'), {
    username: 'bench_county_admin',
    displayName: '压测 县管理员',
    password,
    grants: [{ role: 'county_admin', regionCode: `${COUNTY}000000` }],
  });
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench_county_admin', password }),
  });
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return cookie;
}

/** One GET through each server: the status, the member count and the statements it sent. */
async function probe(url: string, path: string, headers: Record<string, string>, count: () => number) {
  const before = count();
  const res = await fetch(`${url}${path}`, { headers });
  const body = (await res.json()) as { members?: unknown[] };
  return { status: res.status, members: body.members?.length ?? 0, queries: count() - before };
}

function describe(label: string, server: string, n: number, r: CannonResult): string {
  return (
    `${label} ${server.padEnd(4)} run ${n}: ${Math.round(r.requestsPerSecond)} req/s, p50 ${r.p50Ms} ms, ` +
    `p99 ${r.p99Ms} ms (${r.requests} requests, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ` +
    `${r.timeouts}); load average ${loadAverage()}`
  );
}

function mean(results: readonly CannonResult[], pick: (r: CannonResult) => number): number {
  return results.reduce((sum, r) => sum + pick(r), 0) / results.length;
}

function summary(results: readonly CannonResult[]) {
  return {
    requestsPerSecond: Math.round(mean(results, (r) => r.requestsPerSecond)),
    p50Ms: round(
      mean(results, (r) => r.p50Ms),
      1,
    ),
    p99Ms: round(
      mean(results, (r) => r.p99Ms),
      1,
    ),
    non2xx: results.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
  };
}

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
    const bare = bareServer(db);
    servers.push(bare);
    const bareUrl = await listen(bare);
    const cookie = await countyAdminCookie(bench.db, realUrl);

    const targets = {
      real: { url: realUrl, pathPrefix: '/api/v1/households/', headers: { cookie } },
      bare: { url: bareUrl, pathPrefix: '/households/', headers: {} },
    };
    const probes = {
      real: await probe(realUrl, `${targets.real.pathPrefix}${ids[0]}`, targets.real.headers, count),
      bare: await probe(bareUrl, `${targets.bare.pathPrefix}${ids[0]}`, targets.bare.headers, count),
    };
    line(
      `${label} one GET: real ${probes.real.status} with ${probes.real.members} members in ` +
        `${probes.real.queries} statements (the session, then the household with its years, members and region path); bare ` +
        `${probes.bare.status} with ${probes.bare.members} members in ${probes.bare.queries} statements`,
    );

    const load = { connections: CONNECTIONS, ids };
    for (const server of ['real', 'bare'] as const) {
      await drive({ ...targets[server], ...load, duration: WARMUP });
    }
    const runs: Record<'real' | 'bare', CannonResult[]> = { real: [], bare: [] };
    for (let n = 1; n <= ROUNDS; n += 1) {
      for (const server of ['real', 'bare'] as const) {
        const result = await drive({ ...targets[server], ...load, duration: DURATION });
        runs[server].push(result);
        line(describe(label, server, n, result));
      }
    }
    const realMean = summary(runs.real);
    const bareMean = summary(runs.bare);
    const ratio = {
      requestsPerSecond: round(realMean.requestsPerSecond / bareMean.requestsPerSecond, 2),
      p99: round(realMean.p99Ms / bareMean.p99Ms, 2),
    };
    line(
      `${label} mean of ${ROUNDS}: real ${realMean.requestsPerSecond} req/s p50 ${realMean.p50Ms} ms p99 ${realMean.p99Ms} ms | ` +
        `bare ${bareMean.requestsPerSecond} req/s p50 ${bareMean.p50Ms} ms p99 ${bareMean.p99Ms} ms | real/bare: ` +
        `${ratio.requestsPerSecond}x req/s, ${ratio.p99}x p99`,
    );
    return {
      db: kind,
      version: bench.version,
      households: fill.households,
      members: fill.members,
      statementsPerRequest: { real: probes.real.queries, bare: probes.bare.queries },
      real: { ...realMean, runs: runs.real },
      bare: { ...bareMean, runs: runs.bare },
      ratio,
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
    results,
  }),
);
