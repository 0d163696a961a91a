import { beforeAll, describe, expect, it } from 'vitest';
import { resolveCode, type CodeList } from '../codes.ts';
import { parseIdNumber } from '../id-number.ts';
import {
  demoHouseholds,
  demoRows,
  householdRows,
  type DemoHousehold,
  type DemoOptions,
} from './households.ts';
import { netIncome, povertyLine } from './income.ts';
import { ABLE_LABOUR } from './people.ts';

/** 20 towns × 30 villages of 兰陵县; the unit tests need codes, not the region table. */
const VILLAGES = Array.from({ length: 600 }, (_, i) => {
  const town = String(100 + Math.floor(i / 30)).padStart(3, '0');
  return `371324${town}${String(200 + (i % 30)).padStart(3, '0')}`;
});
const NEIGHBOURS = ['371311', '371322', '371325'];
const OPTIONS: DemoOptions = { households: 20_000, seed: 1, year: 2020, neighbours: NEIGHBOURS };
const TODAY = '2020-12-31';

const CODED: Record<string, CodeList> = {
  relation: 'relation',
  sex: 'sex',
  education: 'education',
  student_status: 'student_status',
  health: 'health',
  labour: 'labour',
  household_type: 'household_type',
  status: 'household_status',
  main_cause: 'poverty_cause',
  housing_rating: 'housing_rating',
  identification_standard: 'identification_standard',
  safe_water: 'yes_no',
  medical_insurance: 'yes_no',
  dibao: 'yes_no',
  food_secure: 'yes_no',
};
const HOUSEHOLD_COLUMNS = [
  'household_no', 'region_code', 'household_type', 'status', 'main_cause', 'wage_income', 'business_income',
  'property_income', 'transfer_income', 'business_costs', 'secondary_causes', 'land_area', 'housing_rating',
  'cadre_name', 'identified_year', 'reason_not_exited', 'medical_secure',
]; // prettier-ignore

let county: DemoHousehold[];
beforeAll(() => {
  county = [...demoHouseholds(VILLAGES, OPTIONS)];
});

const share = (predicate: (h: DemoHousehold) => boolean, of: readonly DemoHousehold[] = county) =>
  (100 * of.filter(predicate).length) / of.length;
const head = (h: DemoHousehold) => h.members.find((m) => m.relation === '01')!;

describe('demo households', () => {
  it('are the same for the same seed and differ for another', () => {
    const again = [...demoHouseholds(VILLAGES, { ...OPTIONS, households: 20_000 })];
    expect(again).toEqual(county);
    const other = [...demoHouseholds(VILLAGES, { ...OPTIONS, seed: 2 })];
    expect(other.map((h) => h.householdNo)).toEqual(county.map((h) => h.householdNo));
    expect(other.slice(0, 50)).not.toEqual(county.slice(0, 50));
  });

  it('do not depend on the size of the county: a larger one starts with the smaller one', () => {
    expect([...demoHouseholds(VILLAGES, { ...OPTIONS, households: 500 })]).toEqual(county.slice(0, 500));
  });

  it('number households <county><7-digit sequence>, uniquely, over the given villages', () => {
    expect(county).toHaveLength(20_000);
    expect(county.map((h) => h.householdNo)).toEqual(
      county.map((_, i) => `371324${String(i + 1).padStart(7, '0')}`),
    );
    const villages = new Set(VILLAGES);
    expect(county.every((h) => villages.has(h.regionCode))).toBe(true);
    expect(new Set(county.map((h) => h.regionCode)).size).toBeGreaterThan(500);
  });

  it('give every person a valid ID number matching sex and age, and no ID twice', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    for (const h of county) {
      for (const m of h.members) {
        const parsed = parseIdNumber(m.idNumber, TODAY);
        const fits =
          parsed.ok &&
          parsed.sex === m.sex &&
          parsed.birthDate === m.birthDate &&
          Number(m.birthDate.slice(0, 4)) === 2020 - m.age;
        if (!fits || seen.has(m.idNumber)) bad.push(`${h.householdNo} ${m.idNumber}`);
        seen.add(m.idNumber);
      }
    }
    expect(bad).toEqual([]);
    expect(seen.size).toBeGreaterThan(55_000);
    const outsiders = [...seen].filter((id) => !id.startsWith('371324'));
    expect(outsiders.length).toBeGreaterThan(0);
    expect(outsiders.every((id) => NEIGHBOURS.includes(id.slice(0, 6)))).toBe(true);
  });

  it('have exactly one head and ages that fit the relations', () => {
    const within = (v: number, min: number, max: number) => v >= min && v <= max;
    const bad = county.filter((h) => {
      const heads = h.members.filter((m) => m.relation === '01');
      const [first] = heads;
      if (heads.length !== 1 || !first) return true;
      const H = first.age;
      return h.members.some((m) => {
        if (!within(m.age, 0, 100)) return true;
        if (['03', '07', '11'].includes(m.relation) && m.sex !== '1') return true;
        if (['04', '05', '08', '12'].includes(m.relation) && m.sex !== '2') return true;
        switch (m.relation) {
          case '02':
            return Math.abs(m.age - H) > 8 || m.sex === first.sex;
          case '03':
          case '04':
            return !within(H - m.age, 18, 50);
          case '05':
            return H - m.age < 15;
          case '07':
          case '08':
            return H - m.age < 36;
          case '11':
          case '12':
            return !within(m.age - H, 18, 45);
          default:
            return false;
        }
      });
    });
    expect(bad.slice(0, 3)).toEqual([]);
  });

  it('keep schooling, health and labour consistent with age', () => {
    const bad = county
      .flatMap((h) => h.members)
      .filter(
        (m) =>
          (m.age < 6 && m.education !== '6') ||
          (m.age >= 6 && m.age <= 15 && !['2', '3'].includes(m.studentStatus)) ||
          (m.age < 16 && m.labour !== '5') ||
          (m.health === '4' && m.disabilityCert !== null && !m.disabilityCert.startsWith(m.idNumber)) ||
          (m.health !== '4' && m.disabilityCert !== null) ||
          (m.migrantWorkMonths !== null && !ABLE_LABOUR.has(m.labour)),
      );
    expect(bad.slice(0, 3)).toEqual([]);
    const disabled = county.flatMap((h) => h.members).filter((m) => m.health === '4');
    expect(disabled.filter((m) => m.disabilityCert).length / disabled.length).toBeGreaterThan(0.7);
  });

  it('spread the main causes as intended, each household fitting its cause', () => {
    const intended: Record<string, number> = { '01': 40, '09': 15, '07': 15, '08': 10, '02': 6, '03': 5 };
    for (const [cause, pct] of Object.entries(intended)) {
      expect(Math.abs(share((h) => h.mainCause === cause) - pct)).toBeLessThanOrEqual(5);
    }
    const fits = (h: DemoHousehold): boolean => {
      const ms = h.members;
      switch (h.mainCause) {
        case '01':
          return ms.some((m) => m.health === '2' || m.health === '3');
        case '02':
          return ms.some((m) => m.health === '4');
        case '03':
          return ms.some((m) => ['4', '5', '6', '7'].includes(m.studentStatus));
        case '08':
          return ms.filter((m) => ABLE_LABOUR.has(m.labour)).length <= 1;
        default:
          return true;
      }
    };
    expect(county.filter((h) => !fits(h)).slice(0, 3)).toEqual([]);
  });

  it('have mostly ordinary poor households, 特困 mostly single and without labour', () => {
    expect(share((h) => h.householdType === '01')).toBeGreaterThan(60);
    expect(share((h) => h.householdType === '02')).toBeGreaterThan(12);
    const tekun = county.filter((h) => h.householdType === '03');
    expect(tekun.length / county.length).toBeGreaterThan(0.03);
    expect(share((h) => h.members.length === 1, tekun)).toBeGreaterThan(70);
    expect(share((h) => h.members.every((m) => !ABLE_LABOUR.has(m.labour)), tekun)).toBeGreaterThan(70);
  });

  it('in 2020 have mostly exited, with incomes on the right side of the line', () => {
    expect(share((h) => h.status === '02')).toBeGreaterThan(88);
    for (const s of ['01', '03', '04']) expect(share((h) => h.status === s)).toBeGreaterThan(0.5);
    const perCapita = (h: DemoHousehold) => netIncome(h) / h.members.length;
    const exited = county.filter((h) => h.status === '02');
    const poor = county.filter((h) => h.status === '01' || h.status === '03');
    expect(share((h) => perCapita(h) > 4000, exited)).toBeGreaterThan(95);
    expect(share((h) => perCapita(h) < 4000, poor)).toBeGreaterThan(85);
    const bad = county.filter(
      (h) =>
        [h.wageIncome, h.businessIncome, h.propertyIncome, h.transferIncome, h.businessCosts].some(
          (v) => v < 0,
        ) || h.businessCosts > h.businessIncome,
    );
    expect(bad).toEqual([]);
  });

  it('follow the year: most not yet exited in 2015, incomes scaled to that line', () => {
    const early = [...demoHouseholds(VILLAGES, { ...OPTIONS, households: 2000, year: 2015 })];
    expect(share((h) => h.status === '01', early)).toBeGreaterThan(70);
    expect(early.flatMap((h) => h.members).every((m) => parseIdNumber(m.idNumber, '2015-12-31').ok)).toBe(
      true,
    );
    expect(povertyLine(2015)).toBe(2855);
  });

  it('keep the household record consistent: housing, guarantees, reasons, causes, cadres', () => {
    const bad = county.filter(
      (h) =>
        h.housingSecure !== ['A', 'B'].includes(h.housingRating) ||
        h.waterSecure !== h.safeWater ||
        (h.status === '02' && !(h.medicalSecure && h.housingSecure && h.foodSecure && h.clothingSecure)) ||
        h.medicalSecure !== h.members.every((m) => m.medicalInsurance && m.seriousIllnessInsurance) ||
        (h.reasonNotExited !== null) !== (h.status === '01' || h.status === '03') ||
        h.secondaryCauses.includes(h.mainCause) ||
        h.secondaryCauses.some((c) => resolveCode('poverty_cause', c) !== c) ||
        h.identifiedYear > 2020 ||
        h.members.some(
          (m) => m.dibao !== (h.householdType === '02') || m.tekun !== (h.householdType === '03'),
        ),
    );
    expect(bad.slice(0, 3)).toEqual([]);
    // A cadre is paired with up to five households of one village.
    const households = new Map<string, Set<string>>();
    for (const h of county) {
      const key = `${h.cadre.name}|${h.cadre.phone}`;
      households.set(key, (households.get(key) ?? new Set()).add(h.regionCode));
    }
    expect(county.length / households.size).toBeGreaterThan(2);
    expect(county.length / households.size).toBeLessThanOrEqual(5);
  });

  it('give most heads a phone', () => {
    expect(share((h) => head(h).phone !== null)).toBeGreaterThan(70);
  });
});

describe('demo rows', () => {
  it('use the import columns and only valid codes, household columns agreeing', () => {
    const bad: string[] = [];
    for (const h of county) {
      const rows = householdRows(h);
      if (rows.length !== h.members.length) bad.push(`${h.householdNo} rows`);
      for (const row of rows) {
        for (const [column, list] of Object.entries(CODED)) {
          const value = String(row[column]);
          const code = resolveCode(list, value);
          if (code === undefined || (list !== 'yes_no' && code !== value))
            bad.push(`${h.householdNo} ${column}`);
        }
        for (const column of HOUSEHOLD_COLUMNS) {
          if (row[column] !== rows[0]![column]) bad.push(`${h.householdNo} ${column} differs`);
        }
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('stream: the first rows come before the rest of the county is made', async () => {
    const rows = demoRows(VILLAGES, { ...OPTIONS, households: 1_000_000_000 });
    const first = await rows.next();
    expect(first.done).toBe(false);
    expect(first.value?.household_no).toBe('3713240000001');
    await rows.return(undefined);
    const households = demoHouseholds(VILLAGES, { ...OPTIONS, households: 1_000_000_000 });
    expect(households.next().value?.householdNo).toBe('3713240000001');
  });

  it('rows of a small county equal the rows of its households, in order', async () => {
    const rows = [];
    for await (const row of demoRows(VILLAGES, { ...OPTIONS, households: 50 })) rows.push(row);
    expect(rows).toEqual(
      [...demoHouseholds(VILLAGES, { ...OPTIONS, households: 50 })].flatMap(householdRows),
    );
  });

  it('reject bad options', () => {
    const make = (o: Partial<DemoOptions>, villages = VILLAGES) => [
      ...demoHouseholds(villages, { ...OPTIONS, households: 1, ...o }),
    ];
    expect(() => make({ households: -1 })).toThrow(RangeError);
    expect(() => make({ households: 1.5 })).toThrow(RangeError);
    expect(() => make({ year: 2012 })).toThrow(RangeError);
    expect(() => make({}, ['371324000000'])).toThrow(RangeError);
    expect(() => make({}, [])).toThrow(RangeError);
    expect(() => make({}, ['371324100200', '371325100200'])).toThrow(RangeError);
    expect(make({ households: 0 }, [])).toEqual([]);
  });
});
