/**
 * A child of test/pglite-crash.test.ts: imports the demo county's first households into a PGlite data
 * directory two households per transaction, and stops inside the third batch's transaction, before its
 * commit, saying so on stdout. Two batches have committed then (PGlite writes one batch at a time).
 */
import { openPglite } from '../../src/db/pglite.ts';
import { shellActor } from '../../src/modules/auth/actor.ts';
import { configureSeal } from '../../src/modules/privacy/seal.ts';
import { importCrashRows, IMPORT_CRASH } from './pglite-import-rows.ts';
import { importRows } from '../../src/modules/registry/import/pipeline.ts';
import { TEST_SECRET } from './db.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: pglite-import-child.ts <data dir>');
configureSeal(TEST_SECRET);
const db = await openPglite(dir);
await importRows(db, shellActor('test', 'import'), importCrashRows(db), {
  ...IMPORT_CRASH.options,
  beforeCommit: async (batch) => {
    if (batch < IMPORT_CRASH.stopIn) return;
    process.stdout.write(`open ${batch}\n`);
    // Holds the batch's transaction open until the parent kills this process.
    await new Promise(() => undefined);
  },
});
