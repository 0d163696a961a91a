/**
 * Maintained statistics against a live GROUP BY (issue #2, "Speed": statistics for any region and year at
 * 1,000,000 households under 10 ms server time, against seconds for a GROUP BY over the registry).
 *
 *   npx tsx bench/stats.ts [--households 1000000] [--db postgres|pglite|both] [--calls 200] [--group-calls 3]
 *
 * Fills a fresh database (PostgreSQL of BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, in
 * a schema dropped at the end; PGlite in memory) with N households over the real villages of 兰陵县 371324 for
 * 2019 and 2020, by INSERT … SELECT in audited chunks of 100,000 so the triggers maintain region_stats as in
 * production, and reports the fill rate (the triggers' cost on bulk writes). Then, for the province, city,
 * county, a town and a village, and both years, times (a) readStats in process — median and p99 of --calls
 * calls after 10 warm-up calls — and (b) the GROUP BY over household_years that computes the same figures
 * (total, by status, cause and type, and per child region), median of --group-calls calls, checks that both
 * give the same figures and prints the ratio. Last, it reports region_stats's dead tuples and readStats of the
 * province after VACUUM, and runs one more chunk under EXPLAIN ANALYZE to show each trigger's share of a bulk
 * write. Numbers are printed, never asserted; the last line is JSON.
 */
import type { Db } from '../src/db/types.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { readStats, type RegionStats } from '../src/modules/measure/stats.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { levelOf, padCode, subtreeRange, PREFIX_LENGTH } from '../src/modules/regions/region-code.ts';
import { choiceOption, numberOption } from './support/args.ts';
import { openBenchDb, type DbKind } from './support/db.ts';
import { fillRegistry, type TriggerTime } from './support/fill.ts';
import { line, loadAverage, machine, median, ms, percentile, round, timed } from './support/report.ts';

const HOUSEHOLDS = numberOption('households', 1_000_000);
const DB = choiceOption('db', ['postgres', 'pglite', 'both'], 'both');
const CALLS = numberOption('calls', 200);
const GROUP_CALLS = numberOption('group-calls', 3);
const WARMUP = 10;
const COUNTY = '371324';
const TOWN = '371324106000'; // 车辋镇, the architecture's example town
const YEARS = [2019, 2020] as const;
const LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;

interface Figure {
  dimension: string;
  key: string;
  households: number;
  persons: number;
}

/**
 * The live equivalent of readStats: one pass over the subtree's yearly rows with a grouping set per figure.
 * Children are the next level's codes (village rows carry the village code, so a prefix padded with zeros).
 */
function groupBySql(region: string): string {
  const level = levelOf(region);
  const child = level < 5 ? PREFIX_LENGTH[(level + 1) as 2 | 3 | 4 | 5] : undefined;
  const childColumn = child ? `rpad(left(region_code, ${child}), 12, '0')` : 'NULL::text';
  return `
    SELECT CASE WHEN grouping(status) = 0 THEN 'status' WHEN grouping(main_cause) = 0 THEN 'cause'
                WHEN grouping(household_type) = 0 THEN 'type' ${child ? "WHEN grouping(child) = 0 THEN 'child'" : ''}
                ELSE 'total' END AS dimension,
           coalesce(status, main_cause, household_type, ${child ? 'child, ' : ''}'') AS key,
           count(*)::int AS households, sum(size)::int AS persons
    FROM (SELECT status, main_cause, household_type, size, ${childColumn} AS child
          FROM household_years WHERE year = $1 AND region_code BETWEEN $2 AND $3) y
    GROUP BY GROUPING SETS ((), (status), (main_cause), (household_type)${child ? ', (child)' : ''})`;
}

function groupBy(db: Db, region: string, year: number): Promise<Figure[]> {
  const [lo, hi] = subtreeRange(region);
  return db.query<Figure>(groupBySql(region), [year, lo, hi]);
}

function canonical(figures: Iterable<Figure>): string {
  return [...figures]
    .filter((f) => f.households !== 0)
    .map((f) => `${f.dimension}:${f.key}=${f.households}/${f.persons}`)
    .sort()
    .join(' ');
}

function fromReadStats(s: RegionStats): Figure[] {
  const as = (dimension: string, rows: RegionStats['byStatus']) =>
    rows.map((r) => ({ dimension, key: r.code, households: r.households, persons: r.persons }));
  return [
    { dimension: 'total', key: '', households: s.households, persons: s.persons },
    ...as('status', s.byStatus),
    ...as('cause', s.byCause),
    ...as('type', s.byType),
    ...as('child', s.children),
  ];
}

/** The regions to time: the county's ancestors, the county, 车辋镇 (or the first town) and its first village. */
async function sampleRegions(db: Db): Promise<Record<(typeof LEVELS)[number], string>> {
  const [lo, hi] = subtreeRange(padCode(COUNTY));
  const towns = await db.query<{ code: string }>(
    'SELECT code FROM regions WHERE level = 4 AND code BETWEEN $1 AND $2 ORDER BY code',
    [lo, hi],
  );
  const town = towns.some((t) => t.code === TOWN) ? TOWN : (towns[0]?.code ?? TOWN);
  const [village] = await db.query<{ code: string }>(
    'SELECT code FROM regions WHERE parent_code = $1 ORDER BY code LIMIT 1',
    [town],
  );
  return {
    province: padCode(COUNTY.slice(0, 2)),
    city: padCode(COUNTY.slice(0, 4)),
    county: padCode(COUNTY),
    town,
    village: village?.code ?? town,
  };
}

const actor = shellActor('bench');

/** Milliseconds of CALLS readStats calls after WARMUP untimed ones. */
async function timeReads(db: Db, region: string, year: number): Promise<number[]> {
  for (let i = 0; i < WARMUP; i += 1) await readStats(db, actor, region, year);
  const reads: number[] = [];
  for (let i = 0; i < CALLS; i += 1) reads.push((await timed(() => readStats(db, actor, region, year)))[1]);
  return reads;
}

async function measure(db: Db, label: string, level: string, region: string, year: number) {
  const [live] = await timed(() => groupBy(db, region, year));
  const same = canonical(live) === canonical(fromReadStats(await readStats(db, actor, region, year)));
  const reads = await timeReads(db, region, year);
  const groups: number[] = [];
  for (let i = 0; i < GROUP_CALLS; i += 1) groups.push((await timed(() => groupBy(db, region, year)))[1]);
  const households = live.find((f) => f.dimension === 'total')?.households ?? 0;
  const result = {
    level,
    region,
    year,
    households,
    readStats: { calls: CALLS, medianMs: round(median(reads), 3), p99Ms: round(percentile(reads, 99), 3) },
    groupBy: { calls: GROUP_CALLS, medianMs: round(median(groups), 1) },
    ratio: Math.round(median(groups) / median(reads)),
    sameFigures: same,
  };
  line(
    `${label} ${level.padEnd(8)} ${region} ${year} (${households} households): readStats median ` +
      `${ms(median(reads))} ms p99 ${ms(percentile(reads, 99))} ms | GROUP BY median ${ms(median(groups))} ms | ` +
      `ratio ${result.ratio}x | same figures: ${same ? 'yes' : 'NO'}`,
  );
  return result;
}

/**
 * What the triggers cost a bulk write: one more chunk of households run under EXPLAIN (ANALYZE), which times
 * every trigger the statement fired — region_stats's, the audit marks and the foreign-key checks — against
 * the executor's total. Unlike timing a fill with and without the trigger, this holds up on a loaded machine.
 */
async function triggerCost(db: Db, label: string) {
  const households = Math.min(100_000, HOUSEHOLDS);
  const first = HOUSEHOLDS + 1;
  const fill = await fillRegistry(db, { county: COUNTY, households, first, years: YEARS, explain: true });
  const executionMs = fill.explained?.executionMs ?? 0;
  const triggers = (fill.explained?.triggers ?? [])
    .sort((a, b) => b.ms - a.ms)
    .map((t) => ({ ...t, ms: round(t.ms, 1), share: round(t.ms / executionMs, 3) }));
  const stats = triggers.find((t) => t.name === 'household_years_stats_insert');
  // Foreign-key checks are system triggers named RI_ConstraintTrigger_c_<oid>: name them by their table.
  const named = (t: TriggerTime) =>
    t.name.startsWith('RI_ConstraintTrigger') ? `foreign keys of ${t.relation}` : t.name;
  line(
    `${label} trigger cost: ${households} more households (${fill.yearRows} yearly rows) under EXPLAIN ANALYZE: ` +
      `executor ${ms(executionMs)} ms, of which ` +
      triggers.map((t) => `${named(t)} ${ms(t.ms)} ms (${t.calls} calls)`).join(', ') +
      `; region_stats trigger = ${Math.round((stats?.share ?? 0) * 100)}% of the statement; load average ${loadAverage()}`,
  );
  return { households, yearRows: fill.yearRows, executionMs: round(executionMs, 1), triggers };
}

/**
 * The upserts of the trigger leave dead row versions in region_stats (few of them are HOT: bulk-inserted pages
 * are full). PostgreSQL's autovacuum clears them in time; PGlite, a single process, has no autovacuum worker.
 * Reports the table's live and dead tuples, then times readStats of the province again after VACUUM.
 */
async function afterVacuum(db: Db, label: string, region: string, year: number) {
  const tuples = async () => {
    const [row] = await db.query<{ live: number; dead: number; updates: number; hot: number }>(
      `SELECT n_live_tup::int AS live, n_dead_tup::int AS dead, n_tup_upd::int AS updates, n_tup_hot_upd::int AS hot
       FROM pg_stat_user_tables WHERE relid = 'region_stats'::regclass`,
    );
    return row ?? { live: 0, dead: 0, updates: 0, hot: 0 };
  };
  const before = await tuples();
  const [, vacuumMs] = await timed(() => db.exec('VACUUM ANALYZE region_stats'));
  const reads = await timeReads(db, region, year);
  line(
    `${label} region_stats before VACUUM: ${before.live} live, ${before.dead} dead tuples (${before.hot} of ` +
      `${before.updates} updates HOT); VACUUM ${ms(vacuumMs)} ms; then readStats ${region} ${year} median ` +
      `${ms(median(reads))} ms p99 ${ms(percentile(reads, 99))} ms`,
  );
  return {
    tuplesBefore: before,
    readStats: { calls: CALLS, medianMs: round(median(reads), 3), p99Ms: round(percentile(reads, 99), 3) },
  };
}

async function run(kind: DbKind) {
  const bench = await openBenchDb(kind, { max: 2 });
  const { db, label } = bench;
  try {
    const loadAtStart = loadAverage();
    line(`${label}: ${bench.version}; load average ${loadAtStart}`);
    await loadRegions(db, { county: COUNTY });
    const fill = await fillRegistry(db, {
      county: COUNTY,
      households: HOUSEHOLDS,
      years: YEARS,
      onChunk: (done, total, s) => line(`${label} fill ${done}/${total} households, ${s.toFixed(1)} s`),
    });
    const loadAfterFill = loadAverage();
    line(
      `${label} fill: ${fill.households} households, ${fill.yearRows} yearly rows in ${fill.seconds.toFixed(1)} s = ` +
        `${Math.round(fill.households / fill.seconds)} households/s (${Math.round(fill.yearRows / fill.seconds)} ` +
        `yearly rows/s, triggers and audit included); load average ${loadAfterFill}`,
    );
    const [, analyzeMs] = await timed(() => db.exec('ANALYZE'));
    const [stats] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM region_stats');
    line(`${label} ANALYZE ${ms(analyzeMs)} ms; region_stats holds ${stats?.n} rows`);
    const regions = await sampleRegions(db);
    const queries = [];
    for (const level of LEVELS) {
      for (const year of YEARS) queries.push(await measure(db, label, level, regions[level], year));
    }
    const vacuumed = await afterVacuum(db, label, regions.province, YEARS[1]);
    const trigger = await triggerCost(db, label);
    const loadAtEnd = loadAverage();
    line(`${label} done; load average ${loadAtEnd}`);
    return {
      db: kind,
      version: bench.version,
      households: fill.households,
      fill: {
        seconds: round(fill.seconds, 1),
        householdsPerSecond: Math.round(fill.households / fill.seconds),
        yearRowsPerSecond: Math.round(fill.yearRows / fill.seconds),
      },
      trigger,
      regionStatsRows: stats?.n ?? 0,
      loadAverage: { start: loadAtStart, afterFill: loadAfterFill, end: loadAtEnd },
      queries,
      afterVacuum: vacuumed,
    };
  } finally {
    await bench.dispose();
  }
}

const kinds: DbKind[] = DB === 'both' ? ['postgres', 'pglite'] : [DB];
const results = [];
for (const kind of kinds) results.push(await run(kind));
line(
  JSON.stringify({
    bench: 'stats',
    date: new Date().toISOString(),
    machine: machine(),
    households: HOUSEHOLDS,
    results,
  }),
);
