/**
 * The batched household assessment a bulk case action checks its criteria with (issue 11: bulk approval of
 * 100,000 exit cases in under 60 s): assessHouseholds over every household of a county, --pairs per call.
 *
 *   npx tsx bench/assessment-batch.ts [--households 100000] [--pairs 2000] [--db postgres|pglite|both]
 *
 * Fills a fresh database with N households of 兰陵县 371324 for 2019 and 2020 with 3–4 members each
 * (bench/support/fill.ts), ANALYZE, then assesses every household's 2020 in calls of --pairs pairs, in
 * random order (a bulk selection is not in id order): median, p95 and max per call, and pairs/s overall.
 * Numbers are printed, never asserted; the last line is JSON.
 */
import { assessHouseholds } from '../src/modules/assessment/batch.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { choiceOption, numberOption } from './support/args.ts';
import { openBenchDb, type DbKind } from './support/db.ts';
import { fillRegistry } from './support/fill.ts';
import { line, loadAverage, machine, median, ms, percentile, round, timed } from './support/report.ts';

const HOUSEHOLDS = numberOption('households', 100_000);
const PAIRS = numberOption('pairs', 2000);
const DB = choiceOption('db', ['postgres', 'pglite', 'both'] as const, 'postgres');
const COUNTY = '371324';
const YEAR = 2020;

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

async function run(kind: DbKind) {
  const bench = await openBenchDb(kind, { max: 2 });
  const { db, label } = bench;
  try {
    line(`${label}: ${bench.version}; load average ${loadAverage()}`);
    await loadRegions(db, { county: COUNTY });
    const fill = await fillRegistry(db, {
      county: COUNTY,
      households: HOUSEHOLDS,
      years: [2019, YEAR],
      members: true,
    });
    line(
      `${label} fill: ${fill.households} households, ${fill.members} members in ${fill.seconds.toFixed(1)} s`,
    );
    await db.exec('ANALYZE');
    const ids = shuffle((await db.query<{ id: number }>('SELECT id FROM households')).map((r) => r.id));
    await assessHouseholds(
      db,
      ids.slice(0, PAIRS).map((householdId) => ({ householdId, year: YEAR })),
    );
    const times: number[] = [];
    let assessed = 0;
    const start = performance.now();
    for (let i = 0; i < ids.length; i += PAIRS) {
      const keys = ids.slice(i, i + PAIRS).map((householdId) => ({ householdId, year: YEAR }));
      const [result, took] = await timed(() => assessHouseholds(db, keys));
      assessed += result.size;
      times.push(took);
    }
    const seconds = (performance.now() - start) / 1000;
    line(
      `${label} ${PAIRS} pairs a call: median ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms, max ${ms(Math.max(...times))} ms; ${assessed} assessed in ${seconds.toFixed(1)} s (${Math.round(assessed / seconds)} pairs/s)`,
    );
    return {
      db: label,
      version: bench.version,
      households: HOUSEHOLDS,
      pairsPerCall: PAIRS,
      medianMs: round(median(times)),
      p95Ms: round(percentile(times, 95)),
      maxMs: round(Math.max(...times)),
      pairsPerSecond: Math.round(assessed / seconds),
      load: loadAverage(),
    };
  } finally {
    await bench.dispose();
  }
}

const results = [];
for (const kind of DB === 'both' ? (['postgres', 'pglite'] as const) : [DB]) results.push(await run(kind));
line(JSON.stringify({ bench: 'assessment-batch', machine: machine(), results }));
