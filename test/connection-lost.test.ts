import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '../src/db/postgres.ts';
import { createTestDb, type TestDb } from './support/db.ts';

/**
 * PostgreSQL restarted or an administrator ended the server's idle connections: the pool drops them and opens
 * new ones, and the process goes on (an unheard pool 'error' would end it, and Vitest reports it).
 */
describe.skipIf(process.env.ZHENFU_TEST_DB !== 'postgres')('an idle connection lost on PostgreSQL', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.dispose());

  it('is replaced, and the next query answers', async () => {
    // Several connections open and then idle in the pool.
    await Promise.all([1, 2, 3].map((n) => db.query('SELECT pg_sleep(0.05), $1::int AS n', [n])));
    const [{ database }] = (await db.query<{ database: string }>(
      'SELECT current_database() AS database',
    )) as [{ database: string }];
    const ended = await withClient(process.env.TEST_DATABASE_URL!, async (c) => {
      const { rows } = await c.query<{ ended: boolean }>(
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
         WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [database],
      );
      return rows.filter((r) => r.ended).length;
    });
    expect(ended).toBeGreaterThan(0);
    // The lost connections are noticed, then the pool serves from new ones.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await db.query('SELECT 41 + 1 AS answer')).toEqual([{ answer: 42 }]);
  });
});
