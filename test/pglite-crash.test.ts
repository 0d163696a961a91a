import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openPglite } from '../src/db/pglite.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { compareStats } from '../src/modules/measure/stats.ts';
import { configureSeal } from '../src/modules/privacy/seal.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { importRows } from '../src/modules/registry/import/pipeline.ts';
import { TEST_SECRET } from './support/db.ts';
import { IMPORT_CRASH, importCrashRows } from './support/pglite-import-rows.ts';

/**
 * What a crash of the process loses on the embedded database (docs/ARCHITECTURE.md, "Crash safety"): a child
 * process commits a row, opens a transaction it never ends, and is killed with SIGKILL — no close, no
 * checkpoint. Reopened, the directory opens (the dead process's lock is taken over), every committed row is
 * there and the open transaction is gone. The child says when each step is done; nothing waits on a timer.
 */
const CHILD = join(import.meta.dirname, 'support', 'pglite-crash-child.ts');
const IMPORT_CHILD = join(import.meta.dirname, 'support', 'pglite-import-child.ts');
const base = mkdtempSync(join(tmpdir(), 'zhenfu-crash-'));
const dataDir = join(base, 'data');

afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Runs a child until it holds a transaction open, kills it, and returns the lines it printed. */
async function crashChild(script = CHILD, dir = dataDir): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  const lines: string[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    lines.push(line);
    if (line.startsWith('open ')) break;
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return lines;
}

describe.skipIf(process.env.ZHENFU_TEST_DB === 'postgres')('a crash on PGlite', () => {
  it('keeps every committed transaction, loses the open one, and the directory opens again', async () => {
    expect(await crashChild()).toEqual(['committed 1', 'open 2']);
    // The dead child's lock is still there; the second child takes it over, recovers and writes on.
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    expect(await crashChild()).toEqual(['committed 2', 'open 3']);

    const db = await openPglite(dataDir);
    try {
      expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
      expect(await db.query('SELECT n, note FROM crash_probe ORDER BY n')).toEqual([
        { n: 1, note: 'committed' },
        { n: 2, note: 'committed' },
      ]);
      // Recovered, not read-only: it takes writes.
      await db.query(`INSERT INTO crash_probe VALUES (3, 'after the crash')`);
    } finally {
      await db.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    const again = await openPglite(dataDir);
    try {
      expect(await again.query('SELECT count(*)::int AS n FROM crash_probe')).toEqual([{ n: 3 }]);
    } finally {
      await again.close();
    }
  });

  it('an import killed inside a batch keeps the batches that committed, and running it again completes it', async () => {
    const dir = join(base, 'import');
    const seed = await openPglite(dir, new Blob([await readFile(inject('pgliteTemplate'))]));
    await loadRegions(seed, { county: '371324' });
    await seed.close();
    expect(await crashChild(IMPORT_CHILD, dir)).toEqual([`open ${IMPORT_CRASH.stopIn}`]);

    configureSeal(TEST_SECRET);
    const db = await openPglite(dir);
    try {
      const committed = (IMPORT_CRASH.stopIn - 1) * IMPORT_CRASH.options.batchSize;
      const households = () => db.query<{ id: number }>('SELECT id FROM households ORDER BY household_no');
      const written = (await households()).map((h) => h.id);
      expect(written).toHaveLength(committed);
      expect(await compareStats(db)).toEqual([]);
      const historyOf = async (ids: number[]) =>
        db.query('SELECT * FROM change_history WHERE household_id = ANY($1::bigint[]) ORDER BY id', [ids]);
      const history = await historyOf(written);
      expect(history.length).toBeGreaterThan(0);

      const summary = await importRows(
        db,
        shellActor('test', 'import'),
        importCrashRows(db),
        IMPORT_CRASH.options,
      );
      expect(summary.households).toEqual({
        imported: IMPORT_CRASH.households - committed,
        updated: 0,
        unchanged: committed,
        rejected: 0,
      });
      expect(await households()).toHaveLength(IMPORT_CRASH.households);
      expect(await compareStats(db)).toEqual([]);
      // The households of the batches that committed were found as they were: no second history.
      expect(await historyOf(written)).toEqual(history);
    } finally {
      await db.close();
    }
  });
});
