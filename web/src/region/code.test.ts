import { describe, expect, it } from 'vitest';
import { COUNTRY, fullCode, isWithin, levelOf, readableBy, shortCode, shortRegionName } from './code.ts';

describe('region codes in the console', () => {
  it('shortens each level to its significant prefix and pads it back', () => {
    const cases: [string, string, number][] = [
      ['370000000000', '37', 1],
      ['371300000000', '3713', 2],
      ['371324000000', '371324', 3],
      ['371324106000', '371324106', 4],
      ['371324106201', '371324106201', 5],
    ];
    for (const [code, short, level] of cases) {
      expect(shortCode(code)).toBe(short);
      expect(fullCode(short)).toBe(code);
      expect(levelOf(code)).toBe(level);
    }
    expect(shortCode(COUNTRY)).toBe('00');
    expect(fullCode('00')).toBe(COUNTRY);
  });

  it('rejects what is not a region code', () => {
    for (const bad of ['', '3', '37132', '3713241060', 'abc', '37132410620x'])
      expect(fullCode(bad)).toBe(undefined);
  });

  it('shortens the committee names of villages and communities', () => {
    expect(shortRegionName('念沂庄村村民委员会')).toBe('念沂庄村');
    expect(shortRegionName('城东村民委员会')).toBe('城东村');
    expect(shortRegionName('泇河社区居民委员会')).toBe('泇河社区');
    expect(shortRegionName('新华居民委员会')).toBe('新华居委会');
    expect(shortRegionName('车辋镇')).toBe('车辋镇');
  });

  it('tells whether a grant covers a region', () => {
    expect(isWithin('371324106201', '371324000000')).toBe(true);
    expect(isWithin('371302000000', '371324000000')).toBe(false);
    expect(isWithin('371300000000', '371324000000')).toBe(false);
    expect(isWithin('110101000000', COUNTRY)).toBe(true);
    expect(readableBy([{ regionCode: '371324106000' }], '371324106201')).toBe(true);
    expect(readableBy([{ regionCode: '371324106000' }], '371324000000')).toBe(false);
  });
});
