import { describe, expect, it } from 'vitest';
import type { RegionIncidence } from '../../api/measures.ts';
import { changedEntries, formField, populationRows } from './population-model.ts';

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
});
