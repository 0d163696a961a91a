import { describe, expect, it } from 'vitest';
import type { Household } from '../../api/types.ts';
import { fieldPath, isMasked, patchOf, placeIssues, toFormValues } from './form-model.ts';

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

  it('clears a field with null and never sends an untouched masked value', () => {
    const initial = toFormValues(household);
    const edited = structuredClone(initial);
    edited.naturalVillage = '';
    expect(patchOf(3, 2020, initial, edited)).toEqual({ version: 3, naturalVillage: null });
    expect(isMasked(initial.phone)).toBe(true);
  });

  it('places field errors under the field they name', () => {
    expect(fieldPath('facts.wageIncome')).toEqual(['facts', 'wageIncome']);
    expect(fieldPath('members.2.idNumber')).toEqual(['members', 2, 'idNumber']);
    const issue = (field: string) => ({ field, code: 'X', message: { zh: '错', en: 'bad' } });
    const placed = placeIssues([issue('facts.wageIncome'), issue('phone'), issue('(body)'), issue('year')]);
    expect(placed.inline.map((i) => i.field)).toEqual(['facts.wageIncome', 'phone']);
    expect(placed.other.map((i) => i.field)).toEqual(['(body)', 'year']);
  });
});
