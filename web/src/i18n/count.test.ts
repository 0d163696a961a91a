import { describe, expect, it } from 'vitest';
import { countText } from './count.ts';
import { translator } from './format.ts';

describe('a count in words', () => {
  it('says one and many in English, and the total the same way in Chinese', () => {
    const en = (n: number) => countText(translator('en-US'), 'en-US', 'count.households', n);
    expect([en(0), en(1), en(2), en(12345)]).toEqual([
      '0 households',
      '1 household',
      '2 households',
      '12,345 households',
    ]);
    expect(countText(translator('en-US'), 'en-US', 'count.entries', 1)).toBe('1 entry');
    expect(countText(translator('zh-CN'), 'zh-CN', 'count.households', 1)).toBe('共 1 户');
    expect(countText(translator('zh-CN'), 'zh-CN', 'count.entries', 12345)).toBe('共 12,345 条');
  });
});
