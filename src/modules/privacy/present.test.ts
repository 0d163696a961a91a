import { describe, expect, it } from 'vitest';
import { maskCertificate } from '../registry/id-number.ts';
import { personInOtherHousehold } from '../registry/person-elsewhere.ts';
import {
  presentHistoryValue,
  presentHousehold,
  presentListIdNumber,
  presentMember,
  presentRow,
  presentSnapshot,
  scrubDeep,
  scrubText,
} from './present.ts';
import { checkSearch } from './search.ts';

const ID = '37132419900101123X';
const member = {
  id: 1,
  name: '王守田',
  idNumber: ID,
  birthDate: '1990-01-01',
  sex: '1',
  phone: '13812345678',
  disabilityCert: `${ID}41`,
};
/** The member as a snapshot shows it to a masked role: masked, without birth date (and without an age). */
const maskedSnapshot = {
  id: 1,
  name: '王守田',
  idNumber: '371324********123X',
  sex: '1',
  phone: '138****5678',
  disabilityCert: '371324********123X41',
};
const masked = { personal: false, today: '2026-06-30' };
const personal = { personal: true, today: '2026-06-30' };

describe('presentMember', () => {
  it('gives a masked role the age and the masked ID, and no birth date', () => {
    expect(presentMember(member, masked)).toEqual({ ...maskedSnapshot, age: 36 });
  });

  it('gives a role with personal data everything, with the age beside the birth date', () => {
    expect(presentMember(member, personal)).toEqual({ ...member, age: 36 });
  });

  it('counts the age on the given day', () => {
    expect(presentMember({ ...member, birthDate: '1990-07-01' }, masked).age).toBe(35);
    expect(presentMember({ ...member, birthDate: '1990-06-30' }, masked).age).toBe(36);
  });

  it('shows a birth date after today as age 0, never a negative age', () => {
    expect(presentMember({ ...member, birthDate: '2026-11-02' }, masked).age).toBe(0);
  });
});

describe('households, rows, lists', () => {
  it('masks the phone and bank account of a household and of an export row', () => {
    const household = {
      id: 1,
      phone: '13812345678',
      bankAccount: '6222021234567890123',
      cadrePhone: '13900000000',
    };
    expect(presentHousehold(household, masked)).toEqual({
      id: 1,
      phone: '138****5678',
      bankAccount: '***************0123',
      cadrePhone: '139****0000',
    });
    expect(presentRow({ idNumber: ID, name: 'x' }, masked)).toEqual({
      idNumber: '371324********123X',
      name: 'x',
    });
    expect(presentRow({ idNumber: ID }, personal)).toEqual({ idNumber: ID });
  });

  it('masks a list ID number for every role', () => {
    expect(presentListIdNumber(ID)).toBe('371324********123X');
    expect(presentListIdNumber(null)).toBeNull();
  });
});

describe('snapshots and history', () => {
  it('masks personal fields at any depth and leaves out birth dates', () => {
    const snapshot = { household: { phone: '13812345678' }, members: [member], note: 'ok' };
    expect(presentSnapshot(snapshot, masked)).toEqual({
      household: { phone: '138****5678' },
      members: [maskedSnapshot],
      note: 'ok',
    });
    expect(presentSnapshot(snapshot, personal)).toBe(snapshot);
  });

  it('masks a history value by its field, or inside a JSON snapshot', () => {
    expect(presentHistoryValue('idNumber', ID, masked)).toBe('371324********123X');
    expect(presentHistoryValue('birthDate', '1990-01-01', masked)).toBeNull();
    expect(presentHistoryValue('name', '王守田', masked)).toBe('王守田');
    expect(JSON.parse(presentHistoryValue('*', JSON.stringify({ members: [member] }), masked)!)).toEqual({
      members: [maskedSnapshot],
    });
    expect(presentHistoryValue('*', 'not json', masked)).toBe('not json');
    expect(presentHistoryValue('idNumber', ID, personal)).toBe(ID);
  });

  it('shows a value masked at rest as it was masked, not masked again', () => {
    expect(presentHistoryValue('phone', '138****5678', masked)).toBe('138****5678');
    expect(presentSnapshot({ idNumber: '371324********123X' }, masked)).toEqual({
      idNumber: '371324********123X',
    });
  });
});

describe('scrubText', () => {
  it('masks ID numbers, mobiles and long numbers in free text, and keeps region codes and short numbers', () => {
    expect(scrubText(`与户主关系代码无效：${ID} / Unknown relation code: ${ID.toLowerCase()}`)).toBe(
      '与户主关系代码无效：371324********123X / Unknown relation code: 371324********123X',
    );
    expect(scrubText('户类型代码无效：13812345678')).toBe('户类型代码无效：138****5678');
    expect(scrubText('account 6222021234567890123')).toBe('account ***************0123');
    expect(scrubText('行政区划代码：371324106202, row 12, 2024')).toBe(
      '行政区划代码：371324106202, row 12, 2024',
    );
  });

  it('keeps a household number the message names as one, and still masks personal numbers beside it', () => {
    const message = personInOtherHousehold('3713240000017');
    expect(scrubText(`${message.zh} / ${message.en}`)).toBe(
      '此人已是户 3713240000017 的成员（一人只能在一户） / This person is already a member of household 3713240000017',
    );
    expect(
      scrubText('户编号 3713241060010001 已存在 / Household number 3713241060010001 already exists'),
    ).toBe('户编号 3713241060010001 已存在 / Household number 3713241060010001 already exists');
    expect(scrubText(`household ${ID}, household 13812345678, 6222021234567890123 户 HN-2020-0001`)).toBe(
      'household 371324********123X, household 138****5678, ***************0123 户 HN-2020-0001',
    );
    expect(scrubText('户类型代码无效：3713240000017')).toBe('户类型代码无效：*********0017');
  });

  it('scrubs every string of a nested value', () => {
    expect(scrubDeep({ a: [`x ${ID}`], n: 1 })).toEqual({ a: ['x 371324********123X'], n: 1 });
  });
});

describe('maskCertificate', () => {
  it('masks the ID number inside a disability certificate number, and other numbers but their last 4', () => {
    expect(maskCertificate(`${ID}41`)).toBe('371324********123X41');
    expect(maskCertificate('CJ2020123456')).toBe('********3456');
  });
});

describe('checkSearch', () => {
  it('lets a masked role search by name and the last 4 characters only', () => {
    for (const q of [ID, ID.slice(-6), ID.slice(-5).toLowerCase()]) {
      expect(() => checkSearch(q, false)).toThrow(/last 4/);
      expect(() => checkSearch(q, true)).not.toThrow();
    }
    for (const q of [ID.slice(-4), '王', '19900101', undefined])
      expect(() => checkSearch(q, false)).not.toThrow();
  });
});
