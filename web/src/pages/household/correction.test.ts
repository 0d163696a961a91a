import { describe, expect, it } from 'vitest';
import { closedYear, correctedYear, reasonPart } from './correction.ts';

describe('corrections in the forms', () => {
  it("use the server's closed years: before the year of today", () => {
    expect(closedYear(2020, '2026-06-30')).toBe(2020);
    expect(closedYear(2026, '2026-06-30')).toBeUndefined();
    expect(closedYear(undefined, '2026-06-30')).toBeUndefined();
    expect(correctedYear('2025-12-31', '2026-01-01')).toBe(2025);
    expect(correctedYear('2026-01-01', '2026-01-01')).toBeUndefined();
    expect(correctedYear('', '2026-06-30')).toBeUndefined();
    expect(correctedYear(undefined, '2026-06-30')).toBeUndefined();
  });

  it('send a reason trimmed, and none when blank', () => {
    expect(reasonPart('  漏报  ')).toEqual({ reason: '漏报' });
    expect(reasonPart('   ')).toEqual({});
    expect(reasonPart(undefined)).toEqual({});
  });
});
