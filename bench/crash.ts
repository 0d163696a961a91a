/**
 * Crash safety, measured (issue 10 §7).
 *
 *   npx tsx bench/crash.ts [--mode import|events|both] [--runs 20] [--seed N] [--households 5000]
 *                          [--events 200] [--via api|cli]
 *
 * On scratch PostgreSQL databases (BENCH_DATABASE_URL's server; dropped at the end), with the real server and
 * commands as child processes:
 *
 * - import: a reference database gets a clean import of a generated file (the demo county's generator, N
 *   households, as CSV). Then each run starts from a fresh copy of the base, starts the import (through the
 *   server's API, or `--via cli` the `zhenfu import` command), kills the process doing it with SIGKILL after a
 *   random delay drawn between 0 and the reference import's duration, imports the same file again to its end
 *   and compares: the registry (households, yearly facts, members, events, history, statistics rows, by
 *   natural keys) equal to the reference, and `zhenfu stats --check` clean.
 * - events: on a copy of the imported reference, a fixed list of member events (deaths, marriages out, moves,
 *   a head's death with a new head, the last member's death) is sent once without a kill (the reference),
 *   then in each run with the server killed at a random moment, restarted and the list finished (see
 *   support/crash-events.ts for how a resend is made safe); compared the same way.
 *
 * Delays come from a seeded generator: the same --seed draws the same kill moments (where they land in the
 * work still depends on the machine's speed). Prints each run and `runs N, differences D`; D must be 0.
 */
import { join } from 'node:path';
import { createRandom, mixSeed } from '../src/modules/registry/demo/random.ts';
import { choiceOption, numberOption, option } from './support/args.ts';
import {
  COUNTY,
  describeVerdict,
  differenceCount,
  dumpOf,
  makeWorld,
  verify,
  type Verdict,
  type World,
} from './support/crash-world.ts';
import { EventSession, planEvents, sendEvents } from './support/crash-events.ts';
import { householdCount, runImport, type Via } from './support/crash-import.ts';
import { writeDemoFile } from './support/demo-file.ts';
import { dropScratch } from './support/scratch-pg.ts';

const MODE = choiceOption('mode', ['import', 'events', 'both'] as const, 'both');
const RUNS = numberOption('runs', 20);
const SEED = Number(option('seed') ?? Math.floor(Math.random() * 2 ** 31));
const HOUSEHOLDS = numberOption('households', 5000);
const EVENTS = numberOption('events', 200);
const VIA = choiceOption<Via>('via', ['api', 'cli'], 'api');
// Last year's facts, and events dated today: neither is in the future, whatever day the bench runs.
const now = new Date();
const YEAR = now.getFullYear() - 1;
const TODAY = `${YEAR + 1}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

const REFERENCE = 'zf_crash_ref';
const EVENTS_BASE = 'zf_crash_events';
const EVENTS_REFERENCE = 'zf_crash_events_ref';
const RUN = 'zf_crash_run';

interface Figures {
  runs: number;
  /** Runs whose kill came before the work was done (the others ended first: a slow start, a fast machine). */
  killed: number;
  differences: number;
}

const figures = (f: Figures) =>
  `runs ${f.runs} (killed before the end: ${f.killed}), differences ${f.differences}`;

function report(label: string, verdict: Verdict): number {
  const count = differenceCount(verdict);
  console.log(
    `  ${label} → ${count === 0 ? 'equal to the reference, stats --check clean' : `${count} DIFFERENCES`}`,
  );
  for (const line of describeVerdict(verdict)) console.log(line);
  return count;
}

async function crashImports(world: World, file: string, refUrl: string): Promise<Figures> {
  const target = { world, file, year: YEAR };
  const clean = await runImport(VIA, { ...target, url: refUrl });
  const reference = await dumpOf(refUrl);
  console.log(
    `reference: clean import via ${VIA} in ${clean.ms} ms, ${reference.households.length} households, ${reference.members.length} members`,
  );
  const rng = createRandom(mixSeed(SEED, 1));
  let differences = 0;
  let killed = 0;
  for (let run = 1; run <= RUNS; run += 1) {
    const url = await world.copy(RUN);
    const killAt = Math.floor(rng.next() * clean.ms);
    const cut = await runImport(VIA, { ...target, url }, killAt);
    const present = await householdCount(url);
    if (cut.killed) killed += 1;
    await runImport(VIA, { ...target, url });
    const verdict = await verify(world, url, reference);
    const moment = cut.killed ? `killed at ${cut.ms} ms` : `ended at ${cut.ms} ms before the kill`;
    differences += report(
      `run ${run}: kill drawn at ${killAt} ms, ${moment}, ${present}/${reference.households.length} households there after it; re-run`,
      verdict,
    );
  }
  return { runs: RUNS, killed, differences };
}

async function crashEvents(world: World, refUrl: string): Promise<Figures> {
  const events = await planEvents(refUrl, EVENTS, mixSeed(SEED, 2), TODAY);
  await world.copy(EVENTS_BASE, REFERENCE);
  const eventsUrl = await world.copy(EVENTS_REFERENCE, EVENTS_BASE);
  const session = new EventSession(world, eventsUrl);
  await session.api();
  const start = Date.now();
  const tally = await sendEvents(session, events);
  const duration = Date.now() - start;
  await session.close();
  const reference = await dumpOf(eventsUrl);
  console.log(`reference: ${events.length} events in ${duration} ms (${JSON.stringify(tally)})`);
  const rng = createRandom(mixSeed(SEED, 3));
  let differences = 0;
  let killed = 0;
  for (let run = 1; run <= RUNS; run += 1) {
    const url = await world.copy(RUN, EVENTS_BASE);
    const crashing = new EventSession(world, url);
    await crashing.api();
    const killAt = Math.floor(rng.next() * duration);
    const timer = setTimeout(() => crashing.kill(), killAt);
    const result = await sendEvents(crashing, events);
    clearTimeout(timer);
    await crashing.close();
    killed += crashing.restarts;
    const verdict = await verify(world, url, reference);
    differences += report(
      `run ${run}: kill at ${killAt} ms, ${crashing.restarts} restart(s); ${JSON.stringify(result)}`,
      verdict,
    );
  }
  return { runs: RUNS, killed, differences };
}

console.log(
  `crash bench: mode ${MODE}, ${RUNS} runs, seed ${SEED} (--seed ${SEED} draws the same kill moments), ${HOUSEHOLDS} households, year ${YEAR}`,
);
const world = await makeWorld();
const results: Record<string, Figures> = {};
try {
  const file = join(world.dir, 'households.csv');
  const rows = await writeDemoFile(file, { county: COUNTY, households: HOUSEHOLDS, seed: SEED, year: YEAR });
  console.log(`file: ${rows} member rows of ${HOUSEHOLDS} households (demo generator, seed ${SEED})`);
  const refUrl = await world.copy(REFERENCE);
  if (MODE !== 'events') {
    results.import = await crashImports(world, file, refUrl);
    console.log(`import (${VIA}): ${figures(results.import)}`);
  } else {
    await runImport(VIA, { world, file, year: YEAR, url: refUrl });
  }
  if (MODE !== 'import') {
    results.events = await crashEvents(world, refUrl);
    console.log(`member events: ${figures(results.events)}`);
  }
} finally {
  for (const name of [RUN, EVENTS_BASE, EVENTS_REFERENCE, REFERENCE]) await dropScratch(name);
  await world.dispose();
}
const runs = Object.values(results).reduce((n, r) => n + r.runs, 0);
const differences = Object.values(results).reduce((n, r) => n + r.differences, 0);
console.log(`runs ${runs}, differences ${differences}`);
console.log(
  JSON.stringify({ bench: 'crash', mode: MODE, via: VIA, seed: SEED, households: HOUSEHOLDS, results }),
);
if (differences > 0) process.exitCode = 1;
