import { describe, expect, it } from 'vitest';
import {
  ageOn,
  deriveEducation,
  deriveGuarantees,
  deriveHousing,
  deriveMedical,
  deriveWater,
  membersOfYear,
  owesCompulsorySchooling,
  schoolAge,
  type MemberFacts,
} from './derive.ts';

const member = (overrides: Partial<MemberFacts> = {}): MemberFacts => ({
  name: '张三',
  birthDate: '1980-05-01',
  active: true,
  leftOn: null,
  studentStatus: null,
  education: null,
  medicalInsurance: true,
  ...overrides,
});

describe('ages', () => {
  it('counts completed years', () => {
    expect(ageOn('2010-05-01', '2020-04-30')).toBe(9);
    expect(ageOn('2010-05-01', '2020-05-01')).toBe(10);
    expect(ageOn('2012-02-29', '2020-02-28')).toBe(7);
  });

  it('measures school age on 31 August, the enrolment cut-off', () => {
    expect(schoolAge('2014-08-31', 2020)).toBe(6);
    expect(schoolAge('2014-09-01', 2020)).toBe(5);
  });

  it('covers 6 to 15, except a 15-year-old who has done junior secondary and is no student', () => {
    const born = (d: string, more: Partial<MemberFacts> = {}) => member({ birthDate: d, ...more });
    expect(owesCompulsorySchooling(born('2014-08-31'), 2020)).toBe(true);
    expect(owesCompulsorySchooling(born('2014-09-01'), 2020)).toBe(false);
    expect(owesCompulsorySchooling(born('2005-08-31'), 2020)).toBe(true); // 15
    expect(owesCompulsorySchooling(born('2004-08-31'), 2020)).toBe(false); // 16
    expect(owesCompulsorySchooling(born('2005-01-01', { studentStatus: '0', education: '3' }), 2020)).toBe(
      false,
    );
    expect(owesCompulsorySchooling(born('2005-01-01', { studentStatus: '8', education: '3' }), 2020)).toBe(
      true,
    );
    expect(owesCompulsorySchooling(born('2006-01-01', { studentStatus: '0', education: '3' }), 2020)).toBe(
      true,
    );
  });

  it('counts the members of the year only', () => {
    const members = [
      member({ name: 'born later', birthDate: '2021-03-01' }),
      member({ name: 'left before', active: false, leftOn: '2019-12-31' }),
      member({ name: 'left during', active: false, leftOn: '2020-06-01' }),
      member({ name: 'here' }),
    ];
    expect(membersOfYear(members, 2020).map((m) => m.name)).toEqual(['left during', 'here']);
  });
});

describe('education', () => {
  const child = (status: string | null, birthDate = '2008-03-01') =>
    member({ name: '张小明', birthDate, studentStatus: status, education: '2' });

  it('fails when a child of compulsory-school age is not in school, naming the child and age', () => {
    const d = deriveEducation([member(), child('0')], 2020);
    expect(d.state).toBe('not_secure');
    expect(d.reason.zh).toBe('张小明（12 岁）未在校');
    expect(d.reason.en).toBe('张小明 (12) is not in school');
    expect(deriveEducation([child('8')], 2020).reason.en).toContain('dropped out');
  });

  it('is secure when every school-age child is in school, or there is none', () => {
    expect(deriveEducation([child('2'), child('3', '2006-01-01')], 2020).state).toBe('secure');
    expect(deriveEducation([member()], 2020)).toMatchObject({
      state: 'secure',
      reason: { en: 'No member of compulsory-school age' },
    });
  });

  it('is unknown, not failed, when attendance is not recorded', () => {
    expect(deriveEducation([child(null)], 2020).state).toBe('unknown');
    expect(deriveEducation([child('x')], 2020).state).toBe('unknown');
    expect(deriveEducation([child(null), child('0', '2010-01-01')], 2020).state).toBe('not_secure');
  });
});

describe('medical care', () => {
  it('fails for a member without resident medical insurance', () => {
    const d = deriveMedical([member(), member({ name: '李四', medicalInsurance: false })], 2020);
    expect(d).toEqual({
      state: 'not_secure',
      reason: { zh: '李四未参加城乡居民基本医疗保险', en: '李四 has no resident medical insurance' },
    });
  });

  it('treats a missing answer as unknown and a full household as secure', () => {
    expect(deriveMedical([member(), member({ medicalInsurance: null })], 2020).state).toBe('unknown');
    expect(deriveMedical([member(), member()], 2020).state).toBe('secure');
    expect(deriveMedical([], 2020).state).toBe('unknown');
  });
});

describe('housing and water', () => {
  it.each([
    ['A', 'secure'],
    ['B', 'secure'],
    ['C', 'not_secure'],
    ['D', 'not_secure'],
    [null, 'unknown'],
    ['Z', 'unknown'],
  ] as const)('housing rated %s is %s', (rating, state) => {
    expect(deriveHousing({ housingRating: rating, safeWater: null }).state).toBe(state);
  });

  it('reads safe water as recorded', () => {
    expect(deriveWater({ housingRating: null, safeWater: false }).state).toBe('not_secure');
    expect(deriveWater({ housingRating: null, safeWater: true }).state).toBe('secure');
    expect(deriveWater({ housingRating: null, safeWater: null }).state).toBe('unknown');
  });
});

describe('deriveGuarantees', () => {
  it('derives education, medical care, housing and water, never food or clothing', () => {
    const d = deriveGuarantees({
      household: { housingRating: 'D', safeWater: true },
      members: [member()],
      year: 2020,
    });
    expect(Object.keys(d).sort()).toEqual(['education', 'housing', 'medical', 'water']);
    expect(d.housing?.reason.zh).toBe('住房为D级危房');
  });
});
