/**
 * The child of test/pglite-crash.test.ts: opens a PGlite data directory the way the server does (with its
 * lock), commits one row, then leaves a second row inside a transaction that never ends. It says each step
 * on stdout only once that step is done, so the parent kills it at a known point without guessing at time.
 */
import { openPglite } from '../../src/db/pglite.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: pglite-crash-child.ts <data dir>');
const db = await openPglite(dir);
await db.exec('CREATE TABLE IF NOT EXISTS crash_probe (n integer PRIMARY KEY, note text NOT NULL)');
const [row] = await db.query<{ next: number }>('SELECT coalesce(max(n), 0) + 1 AS next FROM crash_probe');
const next = row!.next;
await db.transaction((tx) => tx.query('INSERT INTO crash_probe VALUES ($1, $2)', [next, 'committed']));
process.stdout.write(`committed ${next}\n`);
await db.transaction(async (tx) => {
  await tx.query('INSERT INTO crash_probe VALUES ($1, $2)', [next + 1, 'never committed']);
  process.stdout.write(`open ${next + 1}\n`);
  // Holds the transaction open until the parent kills this process.
  await new Promise(() => undefined);
});
