import { describe, expect, it } from 'vitest';
import { formatNumber, translator } from './format.ts';

describe('the total under a list', () => {
  it('says one and many in English, and the total the same way in Chinese', () => {
    const en = (n: number) => translator('en-US')('count.households', { count: formatNumber(n, 'en-US') });
    expect([en(0), en(1), en(2), en(12345)]).toEqual([
      '0 households',
      '1 household',
      '2 households',
      '12,345 households',
    ]);
    expect(translator('en-US')('count.entries', { count: 1 })).toBe('1 entry');
    expect(translator('zh-CN')('count.households', { count: 1 })).toBe('共 1 户');
    expect(translator('zh-CN')('count.entries', { count: formatNumber(12345, 'zh-CN') })).toBe(
      '共 12,345 条',
    );
  });
});
