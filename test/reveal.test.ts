import { describe, expect, it } from 'vitest';
import { findLeak, findLeaks, type Secret } from './support/reveal.ts';

// The reconstruction check of test/masking.test.ts, on answers made by hand (pure: no database).
const id: Secret = { kind: 'id', value: '37132419900101123X', label: 'head' };
const phone: Secret = { kind: 'phone', value: '13812345678', label: 'phone' };
const bank: Secret = { kind: 'bank', value: '6222021234567890123', label: 'bank' };

describe('findLeak', () => {
  it('rebuilds a masked ID number from the birth date in the same answer', () => {
    const leak = findLeak(id, ['{"idNumber":"371324********123X","birthDate":"1990-01-01"}']);
    expect(leak).toMatchObject({ reason: 'every position' });
    expect(leak?.evidence).toEqual(['371324********123X', '1990-01-01']);
  });

  it('finds the birth date in any format, even alone, as more than the ID may show', () => {
    for (const date of ['19900101', '1990/01/01', '1990/1/1', '1990年1月1日', '1990.01.01']) {
      expect(findLeak(id, [`born ${date}`])?.reason).toBe('ID beyond first 6 and last 4');
    }
  });

  it('rebuilds a phone masked two different ways in one answer', () => {
    expect(findLeak(phone, ['138****5678', '1381234****'])?.reason).toBe('every position');
    expect(findLeak(phone, ['138****5678', '*******5678'])).toBeUndefined();
  });

  it('finds a full value anywhere, inside longer text and in lower case', () => {
    expect(findLeak(id, ['证件号码 37132419900101123x 已登记'])?.reason).toBe('full value');
    expect(findLeak(bank, ['row,6222021234567890123,'])?.reason).toBe('full value');
  });

  it('accepts the mask the registry uses, and ignores strings that disagree with the secret', () => {
    expect(findLeak(id, ['371324********123X', '371324106202', '1990'])).toBeUndefined();
    expect(findLeak(id, ['371324********9999'])).toBeUndefined();
    expect(findLeak(bank, ['***************0123', '**********'])).toBeUndefined();
    expect(findLeak(id, ['37132419********3X'])?.reason).toBe('ID beyond first 6 and last 4');
  });

  it('reports every secret that leaks', () => {
    const leaks = findLeaks([id, phone, bank], ['371324********123X 1990-01-01 13812345678']);
    expect(leaks.map((l) => l.secret.label)).toEqual(['head', 'phone']);
  });
});
