/**
 * The poverty measures over a large registry (issue #4, "Speed"): FGT and the Alkire–Foster index of one
 * region at N households, the incidence read for any region (maintained, so independent of the registry's
 * size), and the what-if of another line over the same households.
 *
 *   npx tsx bench/measures.ts [--households 1000000] [--db postgres|pglite|both] [--calls 5] [--reads 100]
 *
 * Fills a fresh database with N households of 兰陵县 371324 for 2019 and 2020 (bench/support/fill.ts: set-based,
 * audited, statistics maintained by the triggers), ANALYZE, then for the county (all N households) and 2020:
 * median and max of --calls runs of registryFgt (α = 0, 1, 2), registryMpi (the seven indicators, k = 1/3) and
 * whatIf (line 5,000, multiplier 1.2); and median and p99 of --reads readSummaryTable calls (incidence with
 * its child regions) at the province, county, a town and a village. Numbers are printed, never asserted; the
 * last line is JSON.
 */
import { shellActor } from '../src/modules/auth/actor.ts';
import { registryFgt, registryMpi, MPI_INDICATOR_NAMES } from '../src/modules/measure/registry-measures.ts';
import { registryScope } from '../src/modules/measure/registry-scope.ts';
import { readSummaryTable } from '../src/modules/measure/summaries.ts';
import { whatIf } from '../src/modules/measure/what-if.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { choiceOption, numberOption } from './support/args.ts';
import { openBenchDb, type DbKind } from './support/db.ts';
import { fillRegistry } from './support/fill.ts';
import { line, loadAverage, machine, median, ms, percentile, round, timed } from './support/report.ts';

const HOUSEHOLDS = numberOption('households', 1_000_000);
const CALLS = numberOption('calls', 5);
const READS = numberOption('reads', 100);
const DB = choiceOption('db', ['postgres', 'pglite', 'both'] as const, 'both');
const COUNTY = '371324';
const YEAR = 2020;
const REGIONS = {
  province: '370000000000',
  county: '371324000000',
  town: '371324106000',
  village: '371324106202',
} as const;
const actor = shellActor('bench');

async function repeat(count: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) times.push((await timed(fn))[1]);
  return times;
}

const summary = (times: number[]) => ({
  medianMs: round(median(times), 2),
  maxMs: round(Math.max(...times), 2),
  p99Ms: round(percentile(times, 99), 3),
});

async function run(kind: DbKind) {
  const bench = await openBenchDb(kind, { max: 2 });
  const { db, label } = bench;
  try {
    line(`${label}: ${bench.version}; load average ${loadAverage()}`);
    await loadRegions(db, { county: COUNTY });
    const fill = await fillRegistry(db, { county: COUNTY, households: HOUSEHOLDS, years: [2019, YEAR] });
    line(`${label} fill: ${fill.households} households × 2 years in ${fill.seconds.toFixed(1)} s`);
    await db.exec('ANALYZE');
    const scope = await registryScope(db, actor, REGIONS.county, YEAR);
    const timedMeasure = async (name: string, fn: () => Promise<unknown>) => {
      const times = await repeat(CALLS, fn);
      line(
        `${label} ${name.padEnd(8)} county ${YEAR} (${HOUSEHOLDS} households): median ${ms(median(times))} ms, max ${ms(Math.max(...times))} ms`,
      );
      return summary(times);
    };
    const fgt = await timedMeasure('FGT', () => registryFgt(db, scope));
    const mpi = await timedMeasure('MPI', () =>
      registryMpi(db, scope, {
        indicators: MPI_INDICATOR_NAMES,
        weights: MPI_INDICATOR_NAMES.map(() => 1),
        k: 1 / 3,
      }),
    );
    const whatIfTimes = await timedMeasure('what-if', () =>
      whatIf(db, scope, { line: 5000, monitoringMultiplier: 1.2 }),
    );
    const incidence: Record<string, ReturnType<typeof summary>> = {};
    for (const [level, region] of Object.entries(REGIONS)) {
      const times = await repeat(READS, () => readSummaryTable(db, actor, region, YEAR));
      incidence[level] = summary(times);
      line(
        `${label} incidence ${level.padEnd(8)} ${region}: median ${ms(median(times))} ms, p99 ${ms(percentile(times, 99))} ms (${READS} reads)`,
      );
    }
    return {
      db: label,
      version: bench.version,
      households: HOUSEHOLDS,
      fgt,
      mpi,
      whatIf: whatIfTimes,
      incidence,
      load: loadAverage(),
    };
  } finally {
    await bench.dispose();
  }
}

const results = [];
for (const kind of DB === 'both' ? (['postgres', 'pglite'] as const) : [DB]) results.push(await run(kind));
line(JSON.stringify({ bench: 'measures', machine: machine(), results }));
