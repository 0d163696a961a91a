import { describe, expect, it } from 'vitest';
import { createBody, emptyValues, isCreatePath } from './create-model.ts';

describe('the new-household form model', () => {
  it('starts with the head and the year chosen, an ordinary household (type 00)', () => {
    expect(emptyValues('371324106201', 2020)).toEqual({
      regionCode: '371324106201',
      year: 2020,
      facts: { householdType: '00' },
      members: [{ relation: '01' }],
    });
  });

  it('sends what was filled in, booleans as booleans, members in order; never a standing nor the cadre', () => {
    const body = createBody({
      householdNo: ' N-1 ',
      regionCode: '371324106201',
      year: 2020,
      naturalVillage: '东庄',
      phone: '',
      safeWater: '1',
      identifiedYear: 2016,
      cadreName: '李干部',
      facts: { status: '01', householdType: '00', monitoringType: '2', wageIncome: 5000, foodSecure: '0' },
      members: [
        { name: '王建华', idNumber: '371324196001011234', relation: '01', education: null, dibao: '1' },
        { name: '王小军', idNumber: '371324200001011234', relation: '03' },
      ],
    });
    expect(body).toEqual({
      householdNo: 'N-1',
      regionCode: '371324106201',
      year: 2020,
      naturalVillage: '东庄',
      safeWater: true,
      facts: { householdType: '00', wageIncome: 5000, foodSecure: false },
      members: [
        { name: '王建华', idNumber: '371324196001011234', relation: '01', dibao: true },
        { name: '王小军', idNumber: '371324200001011234', relation: '03' },
      ],
    });
  });

  it('shows the server’s complaints under the household, the year’s facts and each member', () => {
    for (const shown of [
      'householdNo',
      'regionCode',
      'year',
      'members',
      'phone',
      'facts.status',
      'members.1.idNumber',
    ]) {
      expect(isCreatePath(shown)).toBe(true);
    }
    for (const elsewhere of ['(body)', 'members.1', 'members.x.idNumber', 'members.0.sex', 'facts']) {
      expect(isCreatePath(elsewhere)).toBe(false);
    }
  });
});
