import { describe, expect, it } from 'vitest';
import { resolveCode } from '../codes.ts';
import { parseIdNumber } from '../id-number.ts';
import {
  birthDateFor,
  disabilityCert,
  healthFor,
  IdAllocator,
  labourFor,
  mobilePhone,
  schooling,
} from './people.ts';
import { givenName, SURNAMES } from './names.ts';
import { createRandom } from './random.ts';

describe('IdAllocator', () => {
  it('never repeats an ID number, even when one date runs out of order codes', () => {
    const ids = new IdAllocator('371324');
    const seen = new Set<string>();
    const bad: string[] = [];
    for (let i = 0; i < 900; i += 1) {
      for (const sex of ['1', '2'] as const) {
        const id = ids.allocate('371324', '1960-12-31', sex);
        const parsed = parseIdNumber(id, '2020-12-31');
        if (seen.has(id) || !parsed.ok || parsed.sex !== sex || !parsed.birthDate.startsWith('1960-'))
          bad.push(id);
        seen.add(id);
      }
    }
    expect(bad).toEqual([]);
    // 400 per sex on 31 December, then the next days of the same year (1 January onwards).
    expect([...seen].filter((id) => id.slice(6, 14) === '19601231')).toHaveLength(800);
    expect([...seen].some((id) => id.slice(6, 14) === '19600101')).toBe(true);
  });

  it('gives people married in from another county that county code and the high order codes', () => {
    const id = new IdAllocator('371324').allocate('371325', '1980-05-01', '2');
    expect(id.slice(0, 6)).toBe('371325');
    expect(Number(id.slice(14, 17))).toBeGreaterThanOrEqual(800);
    expect(parseIdNumber(id, '2020-12-31').ok).toBe(true);
  });
});

describe('people', () => {
  const rng = createRandom(2);

  it('birth dates give the asked age on 31 December of the demo year', () => {
    for (let age = 0; age < 100; age += 1) {
      const date = birthDateFor(rng, 2020, age);
      expect(Number(date.slice(0, 4))).toBe(2020 - age);
      expect(parseIdNumber(new IdAllocator('371324').allocate('371324', date, '1'), '2020-12-31').ok).toBe(
        true,
      );
    }
  });

  it('names come from the surname list and the generation of the birth year', () => {
    const surnames = new Set(SURNAMES.map(([s]) => s));
    expect(surnames.has('王')).toBe(true);
    expect(givenName(rng, '2', 1940)).toMatch(/^\p{Script=Han}{1,2}$/u);
    expect(givenName(rng, '1', 2015)).toMatch(/^\p{Script=Han}{1,2}$/u);
  });

  it('school follows age: pre-school under 6, primary or junior from 6 to 15', () => {
    for (let age = 0; age <= 95; age += 1) {
      for (const sex of ['1', '2'] as const) {
        const s = schooling(rng, age, sex);
        expect(resolveCode('education', s.education)).toBe(s.education);
        expect(resolveCode('student_status', s.studentStatus)).toBe(s.studentStatus);
        if (age < 6) expect(s.education).toBe('6');
        if (age >= 6 && age <= 11) expect(s.studentStatus).toBe('2');
        if (age >= 12 && age <= 15) expect(s.studentStatus).toBe('3');
        if (age >= 23) expect(s.studentStatus).toBe('0');
      }
    }
  });

  it('children and the old have no full labour; the ill are weak or lost', () => {
    for (let i = 0; i < 2000; i += 1) {
      const age = rng.int(0, 95);
      const health = healthFor(rng, age);
      const labour = labourFor(rng, age, health, age < 16 ? '2' : '0');
      expect(resolveCode('health', health)).toBe(health);
      expect(resolveCode('labour', labour)).toBe(labour);
      if (age < 16) expect(labour).toBe('5');
      if (age >= 70) expect(['3', '4', '5']).toContain(labour);
      if (health === '3' && age >= 16) expect(['3', '4', '5']).toContain(labour);
    }
  });

  it('chronic illness is more common with age', () => {
    const share = (age: number) =>
      Array.from({ length: 20_000 }, () => healthFor(rng, age)).filter((h) => h !== '1').length / 20_000;
    expect(share(70)).toBeGreaterThan(share(40));
    expect(share(40)).toBeGreaterThan(share(10));
  });

  it('phones are 11-digit mobiles and disability certificates extend the ID number', () => {
    for (let i = 0; i < 100; i += 1) expect(mobilePhone(rng)).toMatch(/^1[358]\d{9}$/);
    const id = new IdAllocator('371324').allocate('371324', '1970-01-01', '1');
    expect(disabilityCert(rng, id)).toMatch(new RegExp(`^${id}[1-7][1-4]$`));
  });
});
