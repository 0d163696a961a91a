import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ancestorsOf,
  COUNTRY,
  isWithin,
  levelOf,
  normaliseCode,
  parentOf,
  prefixOf,
  subtreeRange,
} from './region-code.ts';

describe('region codes', () => {
  it('reads the level from the significant digits', () => {
    expect(levelOf('370000000000')).toBe(1);
    expect(levelOf('371300000000')).toBe(2);
    expect(levelOf('371324000000')).toBe(3);
    expect(levelOf('371324106000')).toBe(4);
    expect(levelOf('371324106201')).toBe(5);
  });

  it('normalises the lengths people type and refuses others', () => {
    expect(normaliseCode('371324')).toBe('371324000000');
    expect(normaliseCode(' 371324106 ')).toBe('371324106000');
    expect(normaliseCode('37132')).toBeUndefined();
    expect(normaliseCode('3713241062x1')).toBeUndefined();
  });

  it('lists ancestors from province down', () => {
    expect(ancestorsOf('371324106201')).toEqual([
      '370000000000',
      '371300000000',
      '371324000000',
      '371324106000',
      '371324106201',
    ]);
    expect(parentOf('371324000000')).toBe('371300000000');
    expect(parentOf('370000000000')).toBeUndefined();
    // 东莞 has towns directly under the city.
    expect(ancestorsOf('441900003001')).toEqual([
      '440000000000',
      '441900000000',
      '441900003000',
      '441900003001',
    ]);
    expect(parentOf('441900003000')).toBe('441900000000');
  });

  it('gives a subtree range that contains exactly the descendants', () => {
    expect(subtreeRange('371324000000')).toEqual(['371324000000', '371324999999']);
    expect(subtreeRange(COUNTRY)).toEqual(['000000000000', '999999999999']);
    expect(prefixOf(COUNTRY)).toBe('');
  });

  it('property: a village is within each of its ancestors and inside their ranges', () => {
    const village = fc
      .tuple(
        fc.integer({ min: 11, max: 65 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 999 }),
      )
      .map(([p, c, d, t, v]) =>
        [
          String(p),
          String(c).padStart(2, '0'),
          String(d).padStart(2, '0'),
          String(t).padStart(3, '0'),
          String(v).padStart(3, '0'),
        ].join(''),
      );
    fc.assert(
      fc.property(village, (code) => {
        for (const a of ancestorsOf(code)) {
          const [lo, hi] = subtreeRange(a);
          expect(isWithin(code, a)).toBe(true);
          expect(code >= lo && code <= hi).toBe(true);
        }
        expect(levelOf(code)).toBe(5);
      }),
    );
  });
});
