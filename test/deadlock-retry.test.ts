import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryTransaction } from '../src/db/retry.ts';
import type { Tx } from '../src/db/types.ts';
import { createTestDb, type TestDb } from './support/db.ts';

/**
 * A real deadlock on PostgreSQL: two transactions each update one row, wait until the other has too, then
 * update the other's row. PostgreSQL kills one (40P01); retryTransaction runs it again and both commit.
 *
 * Not on PGlite: it has one connection and runs one transaction at a time, so the second transaction would
 * wait for the first to end, and the first waits for the second — a deadlock of the test itself, not of the
 * database. PGlite can never raise 40P01 or 40001, which is why the retry has nothing to do there.
 */
const postgres = process.env.ZHENFU_TEST_DB === 'postgres';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await db.exec('CREATE TABLE race (id integer PRIMARY KEY, n integer NOT NULL)');
});
afterAll(() => db.dispose());

function latch() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Both sides of the deadlock, each run through `run`; returns how each ended and how often each ran. */
async function deadlock(run: (fn: (tx: Tx) => Promise<void>) => Promise<void>) {
  await db.exec('DELETE FROM race; INSERT INTO race VALUES (1, 0), (2, 0)');
  const holds = [latch(), latch()];
  const tries = [0, 0];
  const side = (me: 0 | 1) =>
    run(async (tx) => {
      tries[me] = tries[me]! + 1;
      const [mine, theirs] = me === 0 ? [1, 2] : [2, 1];
      await tx.query('UPDATE race SET n = n + 1 WHERE id = $1', [mine]);
      holds[me]!.open();
      // On a second try the other side has long held its row: this goes straight on.
      await holds[1 - me]!.opened;
      await tx.query('UPDATE race SET n = n + 1 WHERE id = $1', [theirs]);
    });
  const settled = await Promise.allSettled([side(0), side(1)]);
  return { settled, tries };
}

describe.runIf(postgres)('a transaction that loses a deadlock', () => {
  it('fails with 40P01 on its own: the deadlock is real', async () => {
    const { settled } = await deadlock((fn) => db.transaction(fn));
    const failed = settled.filter((s) => s.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect((failed[0] as PromiseRejectedResult).reason).toMatchObject({ code: '40P01' });
  });

  it('runs again through retryTransaction, and both commit', async () => {
    const retried: unknown[] = [];
    const { settled, tries } = await deadlock((fn) =>
      retryTransaction(db, fn, { onRetry: (_, error) => retried.push(error) }),
    );
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(retried).toHaveLength(1);
    expect(retried[0]).toMatchObject({ code: '40P01' });
    expect([...tries].sort()).toEqual([1, 2]);
    // Each side's two updates are in: the victim's first try left nothing behind.
    expect(await db.query('SELECT id, n FROM race ORDER BY id')).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
  });
});

describe.skipIf(postgres)('on PGlite', () => {
  it('a transaction runs once and commits (no race can be lost on one connection)', async () => {
    let tries = 0;
    await retryTransaction(db, async (tx) => {
      tries += 1;
      await tx.query('INSERT INTO race VALUES (3, 0)');
    });
    expect(tries).toBe(1);
    expect(await db.query('SELECT n FROM race WHERE id = 3')).toEqual([{ n: 0 }]);
  });
});
