import { describe, expect, it } from 'vitest';
import { enUS } from './en-US.ts';
import { fill, placeholders, translator } from './format.ts';
import { zhAreas, zhCN } from './zh-CN.ts';

/**
 * Latin words a Chinese message may hold: names of file formats, units, the language's own name and the
 * measures' authors; single letters are the measures' symbols (P0, H, M0, k). Anything else is English left
 * inside Chinese text.
 */
const LATIN_IN_ZH = new Set(
  'English PDF JPEG PNG WebP GIF HEIC MB CSV XLSX Excel FGT Watts Alkire Foster ICP'.split(' '),
);
/** A count placed before an English plural noun: "1 households". Such counts take {n, plural, …}. */
const BARE_COUNT =
  /\{\w+\} (households|persons|people|members|rows|seconds|minutes|hours|days|years|items|files|errors)\b/;

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

  it('Chinese messages hold no English words', () => {
    for (const [key, zh] of Object.entries(zhCN)) {
      const words = zh.replace(/\{[^}]*\}/g, '').match(/[A-Za-z]+/g) ?? [];
      expect({ key, english: words.filter((w) => w.length > 1 && !LATIN_IN_ZH.has(w)) }).toEqual({
        key,
        english: [],
      });
    }
  });

  it('English counts say "1 household" and "2 households": a count before a noun is a plural', () => {
    const bare = Object.entries(enUS).filter(([, en]) => BARE_COUNT.test(en));
    expect(bare).toEqual([]);
    const t = translator('en-US');
    expect(t('dashboard.trendYear', { year: 2020, households: 1, persons: 1 })).toBe(
      '2020: 1 household, 1 person',
    );
    expect(t('dashboard.trendYear', { year: 2020, households: 0, persons: 2 })).toBe(
      '2020: 0 households, 2 persons',
    );
    expect(t('whatIf.persons', { persons: '1,204' })).toBe('1,204 persons');
    expect(t('login.throttled', { seconds: 1 })).toContain('in 1 second.');
    expect(translator('zh-CN')('dashboard.trendYear', { year: 2020, households: 1, persons: 3 })).toBe(
      '2020 年 1 户 3 人',
    );
  });

  it('fills plural forms by the language’s rules, an exact count first', () => {
    const forms = '{n, plural, =0 {none} one {# row} other {# rows}}';
    expect(fill(forms, { n: 0 }, 'en-US')).toBe('none');
    expect(fill(forms, { n: 1 }, 'en-US')).toBe('1 row');
    expect(fill(forms, { n: 1.5 }, 'en-US')).toBe('1.5 rows');
    expect(fill(forms, { n: '12,000' }, 'en-US')).toBe('12,000 rows');
    expect(fill(forms, {}, 'en-US')).toBe(forms);
    expect(placeholders(`${forms} of {total}`)).toEqual(['n', 'total']);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('第 {page} 页', { page: 2 })).toBe('第 2 页');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
