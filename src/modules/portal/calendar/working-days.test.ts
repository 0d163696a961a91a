import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkday, workingDaysBetween } from './working-days.ts';
import { HOLIDAYS_2026 } from './holidays.ts';

const plain = new Map<string, boolean>();
const y2026 = new Map(HOLIDAYS_2026.map((d) => [d.day, d.workday]));

describe('working days', () => {
  it('counts Monday to Friday and skips the weekend', () => {
    expect(isWorkday(plain, '2026-07-03')).toBe(true); // Friday
    expect(isWorkday(plain, '2026-07-04')).toBe(false); // Saturday
    expect(addWorkingDays(plain, '2026-07-03', 1)).toBe('2026-07-06');
    expect(addWorkingDays(plain, '2026-07-04', 1)).toBe('2026-07-06');
    expect(addWorkingDays(plain, '2026-06-30', 15)).toBe('2026-07-21');
    expect(addWorkingDays(plain, '2026-07-21', -3)).toBe('2026-07-16');
    expect(addWorkingDays(plain, '2026-07-21', 0)).toBe('2026-07-21');
  });

  it('skips holidays and counts a 调休 weekend day as work', () => {
    // 国庆节 2026: 10-01 to 10-07 off, Sunday 09-20 and Saturday 10-10 worked.
    expect(isWorkday(y2026, '2026-10-01')).toBe(false);
    expect(isWorkday(y2026, '2026-09-20')).toBe(true);
    expect(addWorkingDays(y2026, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(y2026, '2026-10-09', 1)).toBe('2026-10-10');
    expect(addWorkingDays(y2026, '2026-09-18', 1)).toBe('2026-09-20');
    // Spring Festival: 02-15 to 02-23 off, Saturdays 02-14 and 02-28 worked.
    expect(addWorkingDays(y2026, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(y2026, '2026-02-14', 1)).toBe('2026-02-24');
    expect(addWorkingDays(y2026, '2026-02-24', -1)).toBe('2026-02-14');
  });

  it('counts the working days between two dates, the first excluded and the last included', () => {
    expect(workingDaysBetween(plain, '2026-06-30', '2026-07-21')).toBe(15);
    expect(workingDaysBetween(plain, '2026-07-21', '2026-06-30')).toBe(-15);
    expect(workingDaysBetween(y2026, '2026-09-30', '2026-10-10')).toBe(3);
    expect(workingDaysBetween(plain, '2026-07-04', '2026-07-05')).toBe(0);
    for (const n of [1, 5, 15, 40]) {
      expect(workingDaysBetween(y2026, '2026-09-15', addWorkingDays(y2026, '2026-09-15', n))).toBe(n);
    }
  });
});
