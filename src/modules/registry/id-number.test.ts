import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ID_NUMBER_ERROR_MESSAGES,
  PROVINCE_PREFIXES,
  checkCharacter,
  makeIdNumber,
  maskBankAccount,
  maskIdNumber,
  maskPhone,
  parseIdNumber,
  type IdNumberError,
  type ParsedIdNumber,
} from './id-number.ts';

const TODAY = '2025-06-30';

function parsed(idNumber: string, birthDate: string, sex: '1' | '2'): ParsedIdNumber {
  return { ok: true, idNumber, birthDate, sex, provinceCode: idNumber.slice(0, 2) };
}

function errorOf(input: string, today = TODAY): IdNumberError | undefined {
  const result = parseIdNumber(input, today);
  return result.ok ? undefined : result.error;
}

/** Sum of all 18 characters weighted 2^(17-i) mod 11, with X = 10; ISO 7064 wants it ≡ 1 (mod 11). */
function iso7064Residue(id: string): number {
  const values = [...id].map((char) => (char === 'X' ? 10 : Number(char)));
  return values.reduce((sum, value, i) => sum + value * (2 ** (17 - i) % 11), 0) % 11;
}

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-06-30T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const area6 = fc
  .tuple(fc.constantFrom(...PROVINCE_PREFIXES), fc.stringMatching(/^\d{4}$/))
  .map(([province, rest]) => province + rest);
const sex = fc.constantFrom('1' as const, '2' as const);
const validId = fc
  .tuple(area6, isoDate, fc.integer({ min: 0, max: 999 }), sex)
  .map(([area, date, sequence, s]) => makeIdNumber(area, date, sequence, s));

describe('checkCharacter', () => {
  it('matches check characters computed by hand', () => {
    // GB 11643-1999 example. Digits × weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
    // 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → 'X'.
    expect(checkCharacter('11010519491231002')).toBe('X');
    // 21+63+10+15+16+16+4+0+0+0+0+18+20+45+0+0+2 = 230; 230 mod 11 = 10 → '2'.
    expect(checkCharacter('37132420000229001')).toBe('2');
    expect(checkCharacter('44052418800101001')).toBe('4'); // sum 195, mod 11 = 8
    expect(checkCharacter('37132419800101002')).toBe('3'); // sum 218, mod 11 = 9
    expect(checkCharacter('37132419800101009')).toBe('0'); // sum 232, mod 11 = 1
    expect(checkCharacter('62010219751003151')).toBe('6'); // sum 193, mod 11 = 6
  });

  it('rejects anything but 17 digits', () => {
    const bad = ['', '1101051949123100', '110105194912310021', '1101051949123100X', '１1010519491231002'];
    for (const value of bad) expect(() => checkCharacter(value)).toThrow(RangeError);
  });

  it('always completes a valid ISO 7064 MOD 11-2 number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (first17) => {
        expect(iso7064Residue(first17 + checkCharacter(first17))).toBe(1);
      }),
    );
  });
});

describe('parseIdNumber', () => {
  it('parses the GB 11643 example and a male ID from the demo county', () => {
    const example = '11010519491231002X';
    expect(parseIdNumber(example, TODAY)).toEqual(parsed(example, '1949-12-31', '2'));
    const male = '371324198001010031';
    expect(parseIdNumber(male, TODAY)).toEqual(parsed(male, '1980-01-01', '1'));
  });

  it('accepts check characters 0 and X and reads sex from the parity of the 17th digit', () => {
    const sexOf = (id: string) => {
      const result = parseIdNumber(id, TODAY);
      return result.ok ? result.sex : result.error;
    };
    expect(sexOf('371324198001010090')).toBe('1');
    expect(sexOf('620102197510031516')).toBe('1');
    expect(sexOf('37132419800101039X')).toBe('1');
    expect(sexOf('37132419800101012X')).toBe('2');
    expect(sexOf('37132419800101020X')).toBe('2');
  });

  it('trims whitespace and upper-cases a trailing x', () => {
    const result = parseIdNumber('  11010519491231002x\t', TODAY);
    expect(result).toMatchObject({ ok: true, idNumber: '11010519491231002X' });
  });

  it('rejects a wrong length, including the old 15-digit numbers', () => {
    expect(errorOf('')).toBe('ID_LENGTH');
    expect(errorOf('110105491231002')).toBe('ID_LENGTH');
    expect(errorOf('11010519491231002X1')).toBe('ID_LENGTH');
    expect(errorOf('1101051949123100 2X')).toBe('ID_LENGTH');
  });

  it('rejects characters other than 17 digits and a final digit or X', () => {
    expect(errorOf('1101051949123100XX')).toBe('ID_CHARACTERS');
    expect(errorOf('11010519491231002Y')).toBe('ID_CHARACTERS');
    expect(errorOf('X10105194912310021')).toBe('ID_CHARACTERS');
    expect(errorOf('11010519491231-02X')).toBe('ID_CHARACTERS');
    expect(errorOf('１1010519491231002X')).toBe('ID_CHARACTERS'); // full-width digit
  });

  it('rejects an unknown province prefix', () => {
    for (const prefix of '00 10 16 20 24 30 38 40 47 55 60 66 70 80 83 99'.split(' ')) {
      const first17 = `${prefix}010519491231002`;
      expect(errorOf(first17 + checkCharacter(first17))).toBe('ID_PROVINCE');
    }
  });

  it('knows exactly the GB/T 2260 province codes', () => {
    const expected =
      '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65';
    expect([...PROVINCE_PREFIXES].sort()).toEqual([...expected.split(' '), '71', '81', '82']);
  });

  it('handles leap days', () => {
    expect(parseIdNumber('371324200002290012', TODAY)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(errorOf('371324190002290016')).toBe('ID_BIRTH_DATE'); // 1900 is not a leap year
    expect(errorOf('371324202302290013')).toBe('ID_BIRTH_DATE');
    expect(errorOf('37132420230228004' + checkCharacter('37132420230228004'))).toBeUndefined();
    const leap2024 = '37132420240229001';
    expect(errorOf(leap2024 + checkCharacter(leap2024))).toBeUndefined();
  });

  it('rejects impossible and too early birth dates', () => {
    for (const date of ['19801301', '19800001', '19800100', '19800431', '19801232', '18991231', '18800101']) {
      const first17 = `371324${date}001`;
      expect(errorOf(first17 + checkCharacter(first17))).toBe('ID_BIRTH_DATE');
    }
    // The GB 11643 example of 1880 has a correct check digit but predates the registry's earliest birth year.
    expect(errorOf('440524188001010014')).toBe('ID_BIRTH_DATE');
    expect(errorOf('371324190001010035')).toBeUndefined();
  });

  it('rejects a birth date after today but accepts one born today', () => {
    const bornToday = makeIdNumber('371324', TODAY, 1, '1');
    expect(errorOf(bornToday)).toBeUndefined();
    expect(errorOf(makeIdNumber('371324', '2025-07-01', 1, '1'))).toBe('ID_FUTURE_BIRTH');
    expect(errorOf(bornToday, '2025-06-29')).toBe('ID_FUTURE_BIRTH');
  });

  it('rejects a wrong check character', () => {
    expect(errorOf('110105194912310021')).toBe('ID_CHECKSUM');
    expect(errorOf('371324200002290010')).toBe('ID_CHECKSUM');
    expect(errorOf('37132419800101003X')).toBe('ID_CHECKSUM');
  });

  it('reports the first failing check when several fail', () => {
    expect(errorOf('00010519491301002Y')).toBe('ID_CHARACTERS');
    expect(errorOf('000105194913010021')).toBe('ID_PROVINCE');
    expect(errorOf('110105194913010021')).toBe('ID_BIRTH_DATE');
    expect(errorOf('110105209912310021')).toBe('ID_FUTURE_BIRTH');
  });

  it('gives every error a message in Chinese and English', () => {
    const result = parseIdNumber('110105194912310021', TODAY);
    expect(result).toEqual({
      ok: false,
      error: 'ID_CHECKSUM',
      message: { zh: '证件号码校验位错误', en: 'ID number check character is wrong' },
    });
    for (const message of Object.values(ID_NUMBER_ERROR_MESSAGES)) {
      expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(message.en).toMatch(/^[A-Z][ -~]+$/);
    }
  });

  it('refuses a malformed today, which is a programming error', () => {
    expect(() => parseIdNumber('11010519491231002X', '2025-02-30')).toThrow(RangeError);
    expect(() => parseIdNumber('11010519491231002X', '20250630')).toThrow(RangeError);
  });

  it('parses every generated ID back to the same birth date, sex and province', () => {
    fc.assert(
      fc.property(area6, isoDate, fc.integer({ min: 0, max: 999 }), sex, (area, date, sequence, s) => {
        const id = makeIdNumber(area, date, sequence, s);
        expect(parseIdNumber(id, TODAY)).toEqual(parsed(id, date, s));
        expect(id.slice(0, 6)).toBe(area);
      }),
    );
  });

  it('detects every change of a single one of the first 17 digits', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (id, at, shift) => {
          const digit = String((Number(id[at]) + shift) % 10);
          const changed = id.slice(0, at) + digit + id.slice(at + 1);
          const result = parseIdNumber(changed, TODAY);
          expect(result.ok).toBe(false);
          // Outside the province and birth-date fields only the check character can notice the change.
          if (at >= 2 && at < 6) expect(result).toMatchObject({ error: 'ID_CHECKSUM' });
          if (at >= 14) expect(result).toMatchObject({ error: 'ID_CHECKSUM' });
        },
      ),
    );
  });
});

describe('makeIdNumber', () => {
  it('builds the GB 11643 example', () => {
    expect(makeIdNumber('110105', '1949-12-31', 2, '2')).toBe('11010519491231002X');
  });

  it('encodes sex in the parity of the order code', () => {
    expect(makeIdNumber('371324', '1980-01-01', 2, '1').slice(14, 17)).toBe('003');
    expect(makeIdNumber('371324', '1980-01-01', 3, '1').slice(14, 17)).toBe('003');
    expect(makeIdNumber('371324', '1980-01-01', 3, '2').slice(14, 17)).toBe('002');
    expect(makeIdNumber('371324', '1980-01-01', 0, '2').slice(14, 17)).toBe('000');
    expect(makeIdNumber('371324', '1980-01-01', 999, '1').slice(14, 17)).toBe('999');
    expect(makeIdNumber('371324', '1980-01-01', 999, '2').slice(14, 17)).toBe('998');
  });

  it('rejects arguments that cannot make a valid ID', () => {
    expect(() => makeIdNumber('37132', '1980-01-01', 1, '1')).toThrow(RangeError);
    expect(() => makeIdNumber('991324', '1980-01-01', 1, '1')).toThrow(RangeError);
    expect(() => makeIdNumber('371324', '1980-02-30', 1, '1')).toThrow(RangeError);
    expect(() => makeIdNumber('371324', '1899-12-31', 1, '1')).toThrow(RangeError);
    expect(() => makeIdNumber('371324', '1980-01-01', 1000, '1')).toThrow(RangeError);
    expect(() => makeIdNumber('371324', '1980-01-01', -1, '1')).toThrow(RangeError);
    expect(() => makeIdNumber('371324', '1980-01-01', 1.5, '1')).toThrow(RangeError);
    expect(() => makeIdNumber('371324', '1980-01-01', 1, '3' as '1')).toThrow(RangeError);
  });
});

describe('maskIdNumber', () => {
  it('keeps the area code and the last four characters', () => {
    expect(maskIdNumber('37132419800101012X')).toBe('371324********012X');
    expect(maskIdNumber(' 37132419800101012x ')).toBe('371324********012X');
  });

  it('fully masks anything that is not 18 characters long', () => {
    expect(maskIdNumber('110105491231002')).toBe('***************');
    expect(maskIdNumber('')).toBe('');
  });

  it('never reveals the middle eight characters', () => {
    fc.assert(
      fc.property(fc.oneof(validId, fc.string({ minLength: 18, maxLength: 18 }), fc.string()), (id) => {
        const masked = maskIdNumber(id);
        const value = id.trim();
        if (value.length === 18) {
          expect(masked.slice(6, 14)).toBe('********');
          expect(masked.slice(0, 6)).toBe(value.slice(0, 6));
        } else {
          expect(masked).toMatch(/^\**$/);
        }
      }),
    );
  });
});

describe('maskPhone and maskBankAccount', () => {
  it('keep the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(' 13812345678 ')).toBe('138****5678');
  });

  it('keep only the last 4 characters of other numbers and of bank accounts', () => {
    expect(maskPhone('0539-5212345')).toBe('********2345');
    expect(maskPhone('23812345678')).toBe('*******5678');
    expect(maskPhone('12345')).toBe('*2345');
    expect(maskBankAccount('6222021234567890123')).toBe('***************0123');
    expect(maskBankAccount(' 6222021234567890123 ')).toBe('***************0123');
  });

  it('fully mask 4 characters or fewer, which would otherwise be shown whole', () => {
    expect(maskPhone('1234')).toBe('****');
    expect(maskBankAccount('1234')).toBe('****');
    expect(maskPhone('')).toBe('');
  });

  it('never reveal more than the last 4 characters, nor the middle of a mobile number', () => {
    const hidden = (masked: string) => masked.slice(0, masked.length <= 4 ? masked.length : -4);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^1\d{10}$/)), (value) => {
        const phone = maskPhone(value);
        const acct = maskBankAccount(value);
        expect(phone).toHaveLength(value.trim().length);
        expect(acct).toHaveLength(value.trim().length);
        expect(/^1\d{10}$/.test(value.trim()) ? phone.slice(3, 7) : hidden(phone)).toMatch(/^\**$/);
        expect(hidden(acct)).toMatch(/^\**$/);
      }),
    );
  });
});
