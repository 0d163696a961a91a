/**
 * The long run of the HTTP fuzzer of test/fuzz.test.ts (issue #9 §5): the same generator (test/support/fuzz.ts,
 * from the committed openapi.json), the same seeded county and callers (anonymous and one user of each role),
 * for many more requests.
 *
 *   npx tsx bench/fuzz.ts [--requests 20000] [--seconds 0] [--db pglite|postgres] [--seed 9] [--batch 200]
 *
 * Stops after --requests requests or --seconds seconds, whichever comes first (0: no time limit). Each batch
 * draws --batch requests for one caller with the seed --seed + batch number, so a failure is found again by
 * the same command. Prints the requests tried, the count per status, each distinct failure with the request
 * that caused it, and a JSON line at the end. PostgreSQL is BENCH_DATABASE_URL (see README.md).
 */
import fc from 'fast-check';
import { choiceOption, numberOption, option } from './support/args.ts';
import { openBenchDb } from './support/db.ts';
import { line, machine } from './support/report.ts';
import { loadOperations } from '../test/support/fuzz.ts';
import { callerRequest, newTally, tryRequest } from '../test/support/fuzz-run.ts';
import { createFuzzWorld } from '../test/support/fuzz-setup.ts';

const REQUESTS = numberOption('requests', 20_000);
const SECONDS = Number(option('seconds') ?? 0);
const DB = choiceOption('db', ['pglite', 'postgres'], 'pglite');
const SEED = Number(option('seed') ?? 9);
const BATCH = numberOption('batch', 200);

const bench = await openBenchDb(DB);
const world = await createFuzzWorld(bench.db);
const ops = loadOperations();
const tally = newTally();
const started = performance.now();
const deadline = SECONDS > 0 ? started + SECONDS * 1000 : Infinity;
line(`fuzz: ${ops.length} operations × ${world.callers.length} callers on ${bench.version}, seed ${SEED}`);
try {
  for (let batch = 0; tally.tried < REQUESTS && performance.now() < deadline; batch += 1) {
    const caller = world.callers[batch % world.callers.length]!;
    const requests = fc.sample(callerRequest(ops, world.known, caller), {
      seed: SEED + batch,
      numRuns: BATCH,
    });
    for (const r of requests) {
      if (tally.tried >= REQUESTS || performance.now() >= deadline) break;
      const problem = await tryRequest(world.app, r, tally);
      if (problem)
        line(`FAIL (batch ${batch}, ${caller.role}) ${problem}: ${tally.failures.at(-1)?.request}`);
    }
    if (batch % 25 === 24) line(`  … ${tally.tried} requests, ${tally.failures.length} failures`);
  }
} finally {
  await world.close();
  await bench.dispose();
}
const seconds = (performance.now() - started) / 1000;
const byStatus = Object.fromEntries([...tally.byStatus].sort(([a], [b]) => a - b));
line(`requests tried: ${tally.tried} in ${seconds.toFixed(0)} s (${(tally.tried / seconds).toFixed(0)}/s)`);
line(
  `by status: ${Object.entries(byStatus)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ')}`,
);
line(`failures: ${tally.failures.length}`);
const distinct = new Map<string, string>();
for (const f of tally.failures) {
  const key = `${f.problem} ${f.request.split(/[ ?]/, 2).join(' ')}`;
  if (!distinct.has(key)) distinct.set(key, `${f.request}\n    → ${f.body}`);
}
for (const [key, example] of distinct) line(`  ${key}\n    ${example}`);
line(
  JSON.stringify({
    bench: 'fuzz',
    date: new Date().toISOString(),
    machine: machine(),
    database: bench.version,
    seed: SEED,
    requests: tally.tried,
    seconds: Math.round(seconds),
    byStatus,
    failures: tally.failures.length,
    distinctFailures: distinct.size,
  }),
);
