import { describe, expect, it } from 'vitest';
import type { Measure } from './api.ts';
import { measureBody, measurePatch, newMeasureValues, valuesOf } from './measure-model.ts';
import { checkSummary, photoNote } from './visit-model.ts';

const measure: Measure = {
  id: 7,
  householdId: 3,
  householdNo: '130102001001000001',
  headName: '张三',
  regionCode: '130102001001',
  year: 2026,
  category: 'industry',
  description: '发放鸡苗 200 只',
  amount: 1200,
  provider: '县农业农村局',
  startOn: '2026-03-01',
  endOn: null,
  development: true,
  projectId: null,
  version: 2,
};

describe('the measure form', () => {
  it('starts a new measure from what the system holds, never after today', () => {
    expect(newMeasureValues(2026, '县农业农村局', '2026-06-30')).toEqual({
      year: 2026,
      startOn: '2026-06-30',
      development: false,
      provider: '县农业农村局',
    });
    expect(newMeasureValues(2020, null, '2026-06-30')).toEqual({
      year: 2020,
      startOn: '2020-01-01',
      development: false,
    });
    expect(newMeasureValues(2027, null, '2026-06-30').startOn).toBe('2026-06-30');
  });

  it('sends a whole new measure, empty optional fields as null', () => {
    const body = measureBody(3, {
      ...newMeasureValues(2026, null, '2026-06-30'),
      category: 'health',
      description: ' 代缴医保 ',
      provider: ' ',
    });
    expect(body).toEqual({
      householdId: 3,
      year: 2026,
      category: 'health',
      description: '代缴医保',
      amount: null,
      provider: null,
      startOn: '2026-06-30',
      endOn: null,
      development: false,
    });
  });

  it('sends only what an edit changed, with the version it loaded', () => {
    expect(measurePatch(measure, valuesOf(measure))).toBeNull();
    expect(measurePatch(measure, { ...valuesOf(measure), amount: 1500, endOn: '2026-06-01' })).toEqual({
      amount: 1500,
      endOn: '2026-06-01',
      version: 2,
    });
  });
});

describe('a visit photo', () => {
  it('tells how far its own time and place are from the visit, when it says', () => {
    expect(
      photoNote({ id: 1, takenAt: null, timeGapSeconds: null, distanceM: null, flagged: false }),
    ).toBeNull();
    expect(
      photoNote({ id: 1, takenAt: null, timeGapSeconds: -610, distanceM: 35.4, flagged: false }),
    ).toEqual({
      minutes: 10,
      meters: 35,
    });
  });
});

describe("a visit's checks", () => {
  const all = { food: true, clothing: true, education: true, medical: true, housing: true, water: true };
  it('say "all met" only when every item was checked and met', () => {
    expect(checkSummary(all)).toBe('allMet');
    expect(checkSummary({ ...all, water: false })).toBe('some');
    expect(checkSummary({ food: true })).toBe('some');
    expect(checkSummary({})).toBe('none');
  });
});
