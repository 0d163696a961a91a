import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_LISTS,
  codeEntries,
  codeLabel,
  codeTable,
  isCode,
  resolveCode,
  type CodeEntry,
  type CodeList,
} from './codes.ts';

const shippedText = readFileSync(new URL('./codes.csv', import.meta.url), 'utf8');
/** The project-wide reference file lives outside this repository, so its checks run only where it exists. */
const sharedUrl = new URL('../../../../shared/data/codes.csv', import.meta.url);
const hasShared = existsSync(sharedUrl);

/** A deliberately naive, independent reading of the CSV: one row per non-empty line after the header. */
function rowsOf(text: string): { list: string; code: string; zh: string; en: string }[] {
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const [list = '', code = '', zh = '', en = ''] = line.split(',');
      return { list, code, zh, en };
    });
}

function entriesOf(rows: ReturnType<typeof rowsOf>, list: string): CodeEntry[] {
  return rows.filter((row) => row.list === list).map(({ code, zh, en }) => ({ code, zh, en }));
}

const allEntries = CODE_LISTS.flatMap((list) => codeEntries(list).map((entry) => ({ list, entry })));
const anyEntry = fc.constantFrom(...allEntries);

describe.skipIf(!hasShared)('the shared code file', () => {
  const sharedText = hasShared ? readFileSync(sharedUrl, 'utf8') : '';
  const sharedRows = rowsOf(sharedText);

  it('is copied verbatim at the start of the shipped file', () => {
    expect(shippedText.startsWith(sharedText)).toBe(true);
  });

  it('has every list present with the same rows in the same order', () => {
    const lists = [...new Set(sharedRows.map((row) => row.list))];
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(CODE_LISTS).toContain(list);
      expect(codeEntries(list as CodeList)).toEqual(entriesOf(sharedRows, list));
    }
  });
});

describe('code tables', () => {
  const shippedRows = rowsOf(shippedText);

  it('lists exactly the lists of the shipped file, in file order', () => {
    expect(CODE_LISTS).toEqual([...new Set(shippedRows.map((row) => row.list))]);
    expect(CODE_LISTS).not.toContain('ethnicity');
  });

  it('publishes every row of the shipped file', () => {
    const table = codeTable();
    expect(Object.keys(table)).toEqual([...CODE_LISTS]);
    for (const list of CODE_LISTS) expect(table[list]).toEqual(entriesOf(shippedRows, list));
    expect(Object.values(table).flat()).toHaveLength(shippedRows.length);
  });

  it('keeps codes as strings with their leading zeros', () => {
    expect(codeEntries('relation')[0]).toEqual({ code: '01', zh: '户主', en: 'head' });
    expect(codeEntries('household_type').map((entry) => entry.code)).toEqual(['00', '01', '02', '03']);
    expect(codeEntries('poverty_cause').map((entry) => entry.code)).toHaveLength(12);
    for (const { entry } of allEntries) expect(typeof entry.code).toBe('string');
  });

  it('adds the lists the registry needs', () => {
    expect(codeEntries('identification_standard')).toEqual([
      { code: '1', zh: '国家标准', en: 'national standard' },
      { code: '2', zh: '省定标准', en: 'provincial standard' },
      { code: '3', zh: '市定标准', en: 'municipal standard' },
    ]);
    expect(codeEntries('change_event').map((entry) => `${entry.code}:${entry.zh}`)).toEqual([
      'birth:出生',
      'death:死亡',
      'married_in:婚入',
      'married_out:婚出',
      'moved_in:迁入',
      'moved_out:迁出',
      'imprisoned:服刑',
      'enlisted:参军',
      'other:其他',
    ]);
    expect(codeEntries('role').map((entry) => `${entry.code}:${entry.zh}`)).toEqual([
      'system_admin:系统管理员',
      'county_admin:县级管理员',
      'town_official:乡镇干部',
      'village_cadre:村干部',
      'inspector:督查评估人员',
      'contributor:撰稿人',
      'editor:编辑',
      'first_secretary:第一书记',
      'work_team:驻村工作队员',
      'paired_cadre:帮扶责任人',
    ]);
  });

  it('cannot be changed by callers', () => {
    const table = codeTable();
    table.sex[0] = { code: '9', zh: '改', en: 'changed' };
    table.relation.length = 0;
    expect(codeEntries('sex')[0]).toEqual({ code: '1', zh: '男', en: 'male' });
    expect(codeTable().relation).toHaveLength(21);
    expect(Object.isFrozen(codeEntries('sex'))).toBe(true);
    expect(Object.isFrozen(codeEntries('sex')[0])).toBe(true);
  });
});

describe('isCode and codeLabel', () => {
  it('accept exact codes only', () => {
    expect(isCode('sex', '1')).toBe(true);
    expect(isCode('relation', '01')).toBe(true);
    expect(isCode('relation', '1')).toBe(false);
    expect(isCode('relation', ' 01')).toBe(false);
    expect(isCode('housing_rating', 'a')).toBe(false);
    expect(isCode('sex', '男')).toBe(false);
    expect(isCode('role', 'village_cadre')).toBe(true);
  });

  it('give labels in both languages', () => {
    expect(codeLabel('sex', '2', 'zh')).toBe('女');
    expect(codeLabel('sex', '2', 'en')).toBe('female');
    expect(codeLabel('poverty_cause', '01', 'zh')).toBe('因病');
    expect(codeLabel('poverty_cause', '01', 'en')).toBe('illness');
    expect(codeLabel('housing_rating', 'D', 'en')).toBe('rating D (whole house dangerous)');
    expect(codeLabel('change_event', 'married_out', 'zh')).toBe('婚出');
    expect(codeLabel('role', 'inspector', 'en')).toBe('inspector or evaluator');
    expect(codeLabel('relation', '1', 'zh')).toBeUndefined();
    expect(codeLabel('sex', '3', 'en')).toBeUndefined();
  });

  it('have a non-empty Chinese and English label for every code', () => {
    for (const { list, entry } of allEntries) {
      expect(codeLabel(list, entry.code, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(codeLabel(list, entry.code, 'en')).toMatch(/^[a-z][ -~]*$/i);
    }
  });
});

describe('resolveCode', () => {
  it('accepts the code itself, trimmed and in any letter case', () => {
    expect(resolveCode('relation', '02')).toBe('02');
    expect(resolveCode('relation', ' 02\t')).toBe('02');
    expect(resolveCode('housing_rating', 'c')).toBe('C');
    expect(resolveCode('change_event', 'MARRIED_IN')).toBe('married_in');
  });

  it('accepts the Chinese label', () => {
    expect(resolveCode('relation', '户主')).toBe('01');
    expect(resolveCode('sex', ' 女 ')).toBe('2');
    expect(resolveCode('relation', '\u3000之母\u3000')).toBe('12'); // full-width spaces from Chinese input
    expect(resolveCode('poverty_cause', '自身发展动力不足')).toBe('11');
    expect(resolveCode('role', '村干部')).toBe('village_cadre');
    expect(resolveCode('housing_rating', 'D级')).toBe('D');
  });

  it('accepts the English label in any letter case and spacing', () => {
    expect(resolveCode('sex', 'Female')).toBe('2');
    expect(resolveCode('relation', "DAUGHTER'S SON")).toBe('09');
    expect(resolveCode('labour', 'lost  labour   ability')).toBe('4');
    expect(resolveCode('change_event', 'Married In')).toBe('married_in');
    expect(resolveCode('role', 'System Administrator')).toBe('system_admin');
  });

  it('restores leading zeros that Excel dropped', () => {
    expect(resolveCode('relation', 1)).toBe('01');
    expect(resolveCode('relation', '1')).toBe('01');
    expect(resolveCode('relation', 99)).toBe('99');
    expect(resolveCode('household_type', 0)).toBe('00');
    expect(resolveCode('household_type', '0')).toBe('00');
    expect(resolveCode('poverty_cause', 9)).toBe('09');
    expect(resolveCode('student_status', 0)).toBe('0');
    expect(resolveCode('sex', 1)).toBe('1');
  });

  it('does not shorten codes that are too wide, which is no spreadsheet artefact', () => {
    expect(resolveCode('sex', '01')).toBeUndefined();
    expect(resolveCode('student_status', '00')).toBeUndefined();
    expect(resolveCode('relation', '001')).toBeUndefined();
    expect(resolveCode('relation', 100)).toBeUndefined();
  });

  it('returns undefined for garbage', () => {
    for (const input of ['', '   ', 'x', '男女', 'head of household', '1.0', '+1', '-1', 'E', 'birthday']) {
      expect(resolveCode('relation', input)).toBeUndefined();
    }
    for (const input of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 3, 12]) {
      expect(resolveCode('sex', input)).toBeUndefined();
    }
    expect(resolveCode('housing_rating', 1)).toBeUndefined();
    expect(resolveCode('change_event', 'married')).toBeUndefined();
  });

  it('returns every code of every list unchanged', () => {
    fc.assert(fc.property(anyEntry, ({ list, entry }) => resolveCode(list, entry.code) === entry.code));
    for (const { list, entry } of allEntries) expect(resolveCode(list, entry.code)).toBe(entry.code);
  });

  it('resolves both labels of every code, however they are cased and padded', () => {
    const padding = fc.stringMatching(/^[ \t\u3000]{0,3}$/);
    fc.assert(
      fc.property(anyEntry, padding, padding, fc.boolean(), ({ list, entry }, before, after, upper) => {
        const en = upper ? entry.en.toUpperCase() : entry.en;
        expect(resolveCode(list, before + entry.zh + after)).toBe(entry.code);
        expect(resolveCode(list, before + en + after)).toBe(entry.code);
      }),
    );
  });

  it('resolves every numeric code after Excel strips its zeros, as text or as a number', () => {
    const numeric = allEntries.filter(({ entry }) => /^\d+$/.test(entry.code));
    expect(numeric.length).toBeGreaterThan(50);
    for (const { list, entry } of numeric) {
      expect(resolveCode(list, Number(entry.code))).toBe(entry.code);
      expect(resolveCode(list, String(Number(entry.code)))).toBe(entry.code);
    }
  });

  it('only ever returns a real code of the list', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODE_LISTS), fc.oneof(fc.string(), fc.integer()), (list, input) => {
        const code = resolveCode(list, input);
        if (code !== undefined) expect(isCode(list, code)).toBe(true);
      }),
    );
  });
});
