import { describe, expect, it } from 'vitest';
import { DomainError } from '../../app/errors.ts';
import { correctionOf, isClosedYear, yearEnd, yearOf } from './years.ts';

describe('closed years', () => {
  it('are the years before the year of today', () => {
    expect(isClosedYear(2025, '2026-01-01')).toBe(true);
    expect(isClosedYear(2026, '2026-01-01')).toBe(false);
    expect(isClosedYear(2026, '2026-12-31')).toBe(false);
    expect(isClosedYear(2020, '2026-06-30')).toBe(true);
    expect(yearOf('2020-08-01')).toBe(2020);
    expect(yearEnd(2020)).toBe('2020-12-31');
  });

  it('are corrected only with a reason, named as the field', () => {
    expect(correctionOf(2026, undefined, '2026-06-30')).toBeUndefined();
    expect(correctionOf(2020, '  漏报死亡  ', '2026-06-30')).toEqual({ year: 2020, reason: '漏报死亡' });
    for (const reason of [undefined, '', '  ']) {
      let error: unknown;
      try {
        correctionOf(2020, reason, '2026-06-30');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ kind: 'rule', code: 'CORRECTION_REASON_REQUIRED' });
      expect((error as DomainError).fields.map((f) => f.field)).toEqual(['reason']);
    }
  });
});
