import { describe, expect, it } from 'vitest';
import { prefilledShare, weeklyTotals } from './weeks.ts';

describe('the burden page’s weeks', () => {
  it('sums the rows of each week, oldest first', () => {
    const row = (week: string, key: string, typed: number, prefilled: number) => ({
      week,
      key,
      name: key,
      typed,
      prefilled,
      writes: 1,
    });
    expect(
      weeklyTotals([
        row('2026-06-29', 'a', 3, 1),
        row('2026-06-22', 'a', 2, 0),
        row('2026-06-29', 'b', 1, 4),
      ]),
    ).toEqual([
      { week: '2026-06-22', typed: 2, prefilled: 0, writes: 1 },
      { week: '2026-06-29', typed: 4, prefilled: 5, writes: 2 },
    ]);
  });

  it('gives the pre-filled share, none for an empty week', () => {
    expect(prefilledShare({ typed: 1, prefilled: 3 })).toBe(0.75);
    expect(prefilledShare({ typed: 0, prefilled: 0 })).toBeNull();
  });
});
