import { describe, expect, it } from 'vitest';
import { backoffMs, lostRace, retryTransaction } from './retry.ts';
import type { Db, Tx } from './types.ts';

/** A database whose transactions fail with the given errors in turn, then pass. */
function failing(errors: Error[]): Db & { tries: number } {
  const db = {
    kind: 'postgres' as const,
    tries: 0,
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      db.tries += 1;
      const error = errors.shift();
      if (error) throw error;
      return fn({} as Tx);
    },
  };
  return db as unknown as Db & { tries: number };
}

const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });
const serialization = Object.assign(new Error('could not serialize access'), { code: '40001' });

describe('retryTransaction', () => {
  it('knows a lost race by its SQLSTATE only', () => {
    expect(lostRace(deadlock)).toBe(true);
    expect(lostRace(serialization)).toBe(true);
    expect(lostRace(Object.assign(new Error('unique'), { code: '23505' }))).toBe(false);
    expect(lostRace(new Error('40P01'))).toBe(false);
    expect(lostRace(null)).toBe(false);
  });

  it('runs again after a deadlock or a serialisation failure, then returns what the last try returned', async () => {
    const db = failing([deadlock, serialization]);
    const retried: number[] = [];
    const result = await retryTransaction(db, async () => 'done', {
      baseMs: 1,
      onRetry: (n) => retried.push(n),
    });
    expect(result).toBe('done');
    expect(db.tries).toBe(3);
    expect(retried).toEqual([2, 3]);
  });

  it('gives up after its attempts, with the last error', async () => {
    const db = failing([deadlock, deadlock, deadlock]);
    await expect(retryTransaction(db, async () => 'done', { attempts: 3, baseMs: 1 })).rejects.toBe(deadlock);
    expect(db.tries).toBe(3);
  });

  it('never runs again a transaction that failed for another reason', async () => {
    const wrong = Object.assign(new Error('unique'), { code: '23505' });
    const db = failing([wrong]);
    await expect(retryTransaction(db, async () => 'done', { baseMs: 1 })).rejects.toBe(wrong);
    expect(db.tries).toBe(1);
  });

  it('waits a random time under a bound that doubles with each try', () => {
    expect(backoffMs(1, 20, () => 0.999)).toBe(19);
    expect(backoffMs(3, 20, () => 0.999)).toBe(79);
    expect(backoffMs(3, 20, () => 0)).toBe(0);
  });
});
