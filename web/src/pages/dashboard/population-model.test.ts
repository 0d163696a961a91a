import { describe, expect, it } from 'vitest';
import type { RegionIncidence } from '../../api/measures.ts';
import { ApiError } from '../../api/errors.ts';
import { changedEntries, formField, populationRows, toConfirm } from './population-model.ts';

const region = (code: string, persons: number): RegionIncidence => ({
  code,
  name: `R${code}`,
  households: 1,
  persons,
  poorHouseholds: 0,
  poorPersons: 0,
  exitedHouseholds: 0,
  exitedPersons: 0,
  population: persons,
  populationSource: 'registry',
  incidence: 0,
  causes: {},
});

describe('the rural population form', () => {
  const rows = populationRows(
    [region('a', 10), region('b', 20), region('c', 30)],
    [
      {
        regionCode: 'b',
        year: 2020,
        population: 500,
        note: '统计年鉴',
        source: 'entry',
        updatedBy: 'x',
        updatedAt: '',
      },
    ],
    (code) => code !== 'c',
  );

  it('lists the regions the user may change, with what is entered and the registry count', () => {
    expect(rows).toEqual([
      { code: 'a', name: 'Ra', population: null, note: '', registry: 10 },
      { code: 'b', name: 'Rb', population: 500, note: '统计年鉴', registry: 20 },
    ]);
  });

  it('sends only what changed: a new figure, a removed one; notes trimmed', () => {
    expect(
      changedEntries(rows, [
        { population: null, note: '  ' },
        { population: 500, note: '统计年鉴' },
      ]),
    ).toEqual({
      entries: [],
      rows: [],
    });
    expect(
      changedEntries(rows, [
        { population: 1200, note: ' 普查 ' },
        { population: null, note: '' },
      ]),
    ).toEqual({
      entries: [
        { regionCode: 'a', population: 1200, note: '普查' },
        { regionCode: 'b', population: null, note: null },
      ],
      rows: [0, 1],
    });
  });

  it('maps the server issues back to the rows of the form', () => {
    expect(formField('entries.0.population', [1])).toBe('rows.1.population');
    expect(formField('entries.0.regionCode', [1])).toBe('rows.1.population');
    expect(formField('entries.0.note', [1])).toBe('rows.1.note');
    expect(formField('entries.3.population', [1])).toBe('entries.3.population');
    expect(formField('(body)', [1])).toBe('(body)');
  });

  it('asks to confirm the figures the server found below the registered persons, by region name', () => {
    const message = { zh: '农村人口 5 人少于该区划 2020 年登记在册的 20 人，请确认后再保存', en: '5 < 20' };
    const below = new ApiError(422, 'POPULATION_BELOW_REGISTERED', message, [
      { field: 'entries.1.population', code: 'POPULATION_BELOW_REGISTERED', message },
    ]);
    expect(toConfirm(below, [0, 1], rows)).toEqual([{ name: 'Rb', message }]);
    const invalid = new ApiError(400, 'VALIDATION', message, [
      { field: 'entries.0.population', code: 'INVALID_POPULATION', message },
    ]);
    expect(toConfirm(invalid, [0], rows)).toEqual([]);
    expect(toConfirm(new Error('offline'), [0], rows)).toEqual([]);
  });
});
