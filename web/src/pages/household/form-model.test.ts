import { describe, expect, it } from 'vitest';
import type { Household } from '../../api/types.ts';
import {
  filledValues,
  isHouseholdPath,
  isMasked,
  patchOf,
  toFormValues,
  typedOf,
  type FormValues,
} from './form-model.ts';
import { HOUSEHOLD_FORM_FIELDS, YEAR_FORM_FIELDS } from './fields.ts';

const household = {
  id: 7,
  householdNo: 'H1',
  countyCode: '371324',
  regionCode: '371324106201',
  regionPath: [],
  version: 3,
  createdAt: '',
  updatedAt: '',
  years: [2020],
  phone: '138****5678',
  naturalVillage: '东庄',
  safeWater: true,
  landArea: 2.5,
  facts: {
    year: 2020,
    regionCode: '371324106201',
    size: 3,
    perCapitaIncome: 3000,
    status: '01',
    householdType: '01',
    mainCause: '01',
    secondaryCauses: ['02'],
    wageIncome: 6000,
    foodSecure: null,
  },
  members: [],
  formerMembers: [],
} as unknown as Household;

describe('the household edit form model', () => {
  it('loads booleans as yes/no codes and missing values as empty', () => {
    const values = toFormValues(household);
    expect(values.safeWater).toBe('1');
    expect(values.roadAccess).toBe(null);
    expect(values.facts.foodSecure).toBe(null);
    expect(values.facts.secondaryCauses).toEqual(['02']);
  });

  it('sends only what changed, with the version, and facts with their year', () => {
    const initial = toFormValues(household);
    expect(patchOf(3, 2020, initial, structuredClone(initial))).toBe(null);

    const edited = structuredClone(initial);
    edited.naturalVillage = '  西庄 ';
    edited.facts.wageIncome = 7000;
    edited.facts.foodSecure = '1';
    expect(patchOf(3, 2020, initial, edited)).toEqual({
      version: 3,
      naturalVillage: '西庄',
      year: 2020,
      facts: { wageIncome: 7000, foodSecure: true },
    });
  });

  it('sends the reason of a correction with changed facts only', () => {
    const initial = toFormValues(household);
    const edited: FormValues = { ...structuredClone(initial), reason: ' 复核收入 ' };
    expect(patchOf(3, 2020, initial, edited)).toBe(null);
    edited.naturalVillage = '西庄';
    expect(patchOf(3, 2020, initial, edited)).toEqual({ version: 3, naturalVillage: '西庄' });
    edited.facts.wageIncome = 7000;
    expect(patchOf(3, 2020, initial, edited)).toMatchObject({ year: 2020, reason: '复核收入' });
    expect(isHouseholdPath('reason')).toBe(true);
  });

  it('clears a field with null and never sends an untouched masked value', () => {
    const initial = toFormValues(household);
    const edited = structuredClone(initial);
    edited.naturalVillage = '';
    expect(patchOf(3, 2020, initial, edited)).toEqual({ version: 3, naturalVillage: null });
    expect(isMasked(initial.phone)).toBe(true);
  });

  it('lists what the user had typed from a patch', () => {
    expect(typedOf({ version: 3, naturalVillage: '西庄', year: 2020, facts: { wageIncome: 7000 } })).toEqual([
      { key: 'naturalVillage', value: '西庄' },
      { key: 'wageIncome', value: 7000 },
    ]);
  });

  it('sends only what was filled in for a new record', () => {
    expect(
      filledValues(HOUSEHOLD_FORM_FIELDS, { naturalVillage: ' 东庄 ', phone: '', safeWater: '0' }),
    ).toEqual({
      naturalVillage: '东庄',
      safeWater: false,
    });
    expect(filledValues(YEAR_FORM_FIELDS, { status: '01', secondaryCauses: [], wageIncome: 0 })).toEqual({
      status: '01',
      wageIncome: 0,
    });
    expect(filledValues(YEAR_FORM_FIELDS, undefined)).toEqual({});
  });

  it('knows which server paths are household fields of the form', () => {
    expect(isHouseholdPath('facts.wageIncome')).toBe(true);
    expect(isHouseholdPath('phone')).toBe(true);
    expect(isHouseholdPath('members.0.idNumber')).toBe(false);
    expect(isHouseholdPath('year')).toBe(false);
  });
});
