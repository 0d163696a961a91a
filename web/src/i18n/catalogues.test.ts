import { describe, expect, it } from 'vitest';
import { enUS } from './en-US.ts';
import { fill } from './format.ts';
import { zhAreas, zhCN } from './zh-CN.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('zh-CN and en-US have the same keys', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('no key is defined by two areas (a later one would silently win)', () => {
    const all = zhAreas.flatMap((area) => Object.keys(area));
    expect(all.length).toBe(new Set(all).size);
  });

  it('each message has the same placeholders in both languages, and no message is empty', () => {
    for (const [key, zh] of Object.entries(zhCN)) {
      const en = enUS[key as keyof typeof zhCN];
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(zh) });
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('第 {page} 页', { page: 2 })).toBe('第 2 页');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
