import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../app/errors.ts';
import type { Db } from '../../db/types.ts';
import { shellActor } from '../auth/actor.ts';
import { runBulk } from './bulk.ts';

/**
 * runBulk's batching without a database: actOnCases is replaced by one that answers every id ok, except that a
 * batch holding the id AT_FAULT fails as a whole with a domain error (as the registry refusing a standing would)
 * and one holding BROKEN fails with anything else.
 */
const AT_FAULT = 13;
const BROKEN = 666;
const batches: number[][] = [];

vi.mock('./commands/act.ts', () => ({
  actOnCases: async (_tx: unknown, _actor: unknown, ids: readonly number[]) => {
    batches.push([...ids]);
    await new Promise((resolve) => setTimeout(resolve, ids.length % 3));
    if (ids.includes(BROKEN)) throw new Error('connection lost');
    if (ids.includes(AT_FAULT))
      throw new DomainError('rule', 'YEAR_NOT_RECORDED', { zh: '年度未登记', en: 'Year not recorded' });
    return ids.map((id) => ({ id, ok: true, code: null, message: null }));
  },
}));

function fakeDb(kind: Db['kind']): Db {
  return {
    kind,
    transaction: (fn) => fn({} as Db),
    query: () => Promise.reject(new Error('no database')),
    exec: () => Promise.reject(new Error('no database')),
    copyCsv: () => Promise.reject(new Error('no database')),
    close: () => Promise.resolve(),
  };
}

const request = { action: 'county_approve' as const, date: '2026-06-30', inputs: {} };
const ids = Array.from({ length: 23 }, (_, i) => i + 1);

describe('runBulk', () => {
  it('answers every case in the order given, batch by batch in two lanes, with progress', async () => {
    batches.length = 0;
    const progress: number[] = [];
    const results = await runBulk(
      fakeDb('postgres'),
      shellActor('t'),
      ids.filter((id) => id !== AT_FAULT),
      request,
      '2026-06-30',
      {
        batchSize: 5,
        onProgress: (done) => progress.push(done),
      },
    );
    expect(results.map((r) => r.id)).toEqual(ids.filter((id) => id !== AT_FAULT));
    expect(batches).toHaveLength(5);
    expect(progress.at(-1)).toBe(22);
  });

  it('runs a batch failing outside the guard again case by case: only the case at fault is refused', async () => {
    batches.length = 0;
    const results = await runBulk(fakeDb('pglite'), shellActor('t'), ids, request, '2026-06-30', {
      batchSize: 5,
    });
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(results.filter((r) => !r.ok)).toEqual([
      {
        id: AT_FAULT,
        ok: false,
        code: 'YEAR_NOT_RECORDED',
        message: { zh: '年度未登记', en: 'Year not recorded' },
      },
    ]);
    // The batch 11–15 failed, then ran as five batches of one.
    expect(batches.filter((b) => b.length === 1)).toEqual([[11], [12], [13], [14], [15]]);
  });

  it('fails as a whole when a batch fails for another reason, and starts no batch after it', async () => {
    batches.length = 0;
    const sound = ids.filter((id) => id !== AT_FAULT);
    await expect(
      runBulk(fakeDb('postgres'), shellActor('t'), [BROKEN, ...sound], request, '2026-06-30', {
        batchSize: 5,
      }),
    ).rejects.toThrow('connection lost');
    // The first batch failed while the other lane ran the second; nothing after them.
    expect(batches.map((b) => b[0])).toEqual([BROKEN, 5]);
  });

  it('records the request once, on a batch that commits, though the batch first carrying it rolled back', async () => {
    // Burden rows a transaction wrote count only when it commits (a batch holding AT_FAULT throws before).
    const committed: { region: string; typed: number; prefilled: number }[] = [];
    const db: Db = {
      ...fakeDb('pglite'),
      transaction: async (fn) => {
        const written: typeof committed = [];
        const tx = {
          query: async (sql: string, params: unknown[]) => {
            if (sql.includes('FROM cases')) return (params[0] as number[]).map(() => ({ regionCode: 'V' }));
            const [regions, , typed, prefilled] = params.slice(4) as [string[], string[], number[], number[]];
            regions.forEach((region, i) =>
              written.push({ region, typed: typed[i]!, prefilled: prefilled[i]! }),
            );
            return [];
          },
        } as unknown as Parameters<typeof fn>[0];
        const result = await fn(tx);
        committed.push(...written);
        return result;
      },
    };
    const meter = {
      at: new Date('2026-06-30T12:00:00+08:00'),
      action: 'case.bulk.county_approve',
      request: { action: 'case.bulk.county_approve', regionCode: 'COUNTY', typed: 3, prefilled: 0 },
      perCase: 2,
    };
    const first = [AT_FAULT, 1, 2, 3, 4];
    await runBulk(db, shellActor('t'), [...first, 5, 6], request, '2026-06-30', { batchSize: 5, meter });
    expect(committed.filter((e) => e.region === 'COUNTY')).toEqual([
      { region: 'COUNTY', typed: 3, prefilled: 0 },
    ]);
    // Every case but the one at fault moved, each pre-filled once.
    expect(committed.filter((e) => e.region === 'V')).toHaveLength(6);
  });
});
