import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './support/db.ts';
import { migrate } from '../src/db/migrate.ts';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.dispose());

describe('database adapter', () => {
  it('migrations are recorded and a second run applies nothing', async () => {
    expect((await migrate(db)).applied).toEqual([]);
    const rows = await db.query<{ version: string }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toContain('0001_platform');
  });

  it('returns bigint and numeric as numbers and dates as strings on both databases', async () => {
    const [row] = await db.query<{ n: number; m: number; d: string }>(
      `SELECT 9007199254740::bigint AS n, 12.50::numeric AS m, date '2024-02-29' AS d`,
    );
    expect(row).toEqual({ n: 9007199254740, m: 12.5, d: '2024-02-29' });
  });

  it('rolls a failed transaction back completely', async () => {
    await db.exec('CREATE TABLE tx_probe (v int)');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO tx_probe VALUES (1)');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.query('SELECT * FROM tx_probe')).toEqual([]);
  });

  it('bulk-loads CSV inside a transaction', async () => {
    await db.exec('CREATE TABLE copy_probe (a int, b text)');
    await db.transaction((tx) => tx.copyCsv('copy_probe (a, b)', '1,"x, y"\n2,二\n'));
    expect(await db.query('SELECT a, b FROM copy_probe ORDER BY a')).toEqual([
      { a: 1, b: 'x, y' },
      { a: 2, b: '二' },
    ]);
  });
});
