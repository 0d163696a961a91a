import { describe, expect, it } from 'vitest';
import { fundsBody, fundTotal, paidBySource, paidPercent, remaining } from './model.ts';

describe('project funds', () => {
  it('adds the sources exactly, an empty source as none', () => {
    expect(fundTotal({ central: 0.1, provincial: 0.2, city: null })).toBe(0.3);
    expect(fundTotal({ central: 1_000_000.01, county: 250_000.99, other: undefined })).toBe(1_250_001);
    expect(fundTotal(undefined)).toBe(0);
  });

  it('sends every source, empty ones as 0', () => {
    expect(fundsBody({ central: 12.345, city: null })).toEqual({
      central: 12.35,
      provincial: 0,
      city: 0,
      county: 0,
      other: 0,
    });
  });

  it('sums what was paid per source and ignores unknown sources', () => {
    const paid = paidBySource([
      { source: 'central', amount: 0.1 },
      { source: 'central', amount: 0.2 },
      { source: 'county', amount: 50 },
      { source: 'lottery', amount: 9 },
    ]);
    expect(paid).toEqual({ central: 0.3, provincial: 0, city: 0, county: 50, other: 0 });
  });

  it('tells what remains and the share paid, never more than all', () => {
    expect(remaining(100, 30.5)).toBe(69.5);
    expect(remaining(100, 130)).toBe(0);
    expect(paidPercent(100, 99.99)).toBe(99);
    expect(paidPercent(100, 100)).toBe(100);
    expect(paidPercent(0, 10)).toBe(0);
  });
});
