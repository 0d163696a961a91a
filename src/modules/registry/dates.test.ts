import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateIssue, isCalendarDate, refuseFields, yearIssue } from './dates.ts';

const TODAY = '2026-06-30';
const label = { zh: '变动日期', en: 'event date' };
const birth = { zh: '该成员的出生日期', en: "the member's birth date" };
const joined = { zh: '迁入日期', en: 'the day joined' };
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Any day from 1900 to 2100, as the calendar (JavaScript's UTC dates) knows it. */
const anyDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map(iso);
const two = (n: number) => String(n).padStart(2, '0');

describe('isCalendarDate', () => {
  it('property: every real day is accepted', () => {
    fc.assert(fc.property(anyDay, (day) => isCalendarDate(day)));
  });

  it('property: a written day is accepted exactly when the calendar has it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${y}-${two(m)}-${two(d)}`;
          const real = new Date(Date.UTC(y, m - 1, d));
          const exists = m >= 1 && m <= 12 && d >= 1 && real.getUTCMonth() === m - 1;
          expect(isCalendarDate(text)).toBe(exists);
        },
      ),
    );
  });

  it.each(['2031-02-30', '2021-04-31', '2023-02-29', '1900-02-29', '2021-00-10', '2021-13-01', '2021-06-00'])(
    'refuses %s',
    (day) => expect(isCalendarDate(day)).toBe(false),
  );

  it.each(['2024-02-29', '2000-02-29', '2021-04-30', '2021-12-31'])('accepts %s', (day) =>
    expect(isCalendarDate(day)).toBe(true),
  );

  it.each(['2021-6-1', '20210601', ' 2021-06-01', '2021-06-01T00:00', ''])('refuses the shape %j', (text) =>
    expect(isCalendarDate(text)).toBe(false),
  );
});

describe('dateIssue', () => {
  it('property: a real day is in the future exactly when it is after the given today', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (day, today) => {
        const found = dateIssue(day, 'eventDate', label, today);
        expect(found?.code === 'DATE_IN_FUTURE').toBe(day > today);
        if (day <= today) expect(found).toBeUndefined();
      }),
    );
  });

  it('property: a day before any bound is refused, naming the latest bound it breaks', () => {
    fc.assert(
      fc.property(anyDay, anyDay, anyDay, (day, b1, b2) => {
        const bounds = [
          { date: b1, what: birth },
          { date: b2, what: joined },
        ];
        const found = dateIssue(day, 'eventDate', label, '2100-12-31', bounds);
        const broken = bounds.filter((b) => day < b.date);
        if (broken.length === 0) {
          expect(found).toBeUndefined();
        } else {
          expect(found?.code).toBe('DATE_TOO_EARLY');
          const latest = broken.reduce((a, b) => (b.date > a.date ? b : a));
          expect(found?.message.en).toContain(latest.what.en);
        }
      }),
    );
  });

  it('names the field and says why in both languages', () => {
    expect(dateIssue('2031-02-30', 'eventDate', label, TODAY)).toMatchObject({
      field: 'eventDate',
      code: 'DATE_NOT_A_DAY',
      message: { zh: expect.stringContaining('变动日期'), en: expect.stringContaining('event date') },
    });
    expect(dateIssue('2026-07-01', 'eventDate', label, TODAY)?.message.zh).toContain('不能晚于今天');
    expect(dateIssue('2026-06-30', 'eventDate', label, TODAY)).toBeUndefined();
  });

  it('never echoes a bound, which may be a birth date', () => {
    const found = dateIssue('1999-12-31', 'eventDate', label, TODAY, [{ date: '2000-03-14', what: birth }]);
    expect(JSON.stringify(found)).not.toContain('2000');
    expect(found?.message.zh).toContain('出生日期');
  });
});

describe('yearIssue', () => {
  it('property: a year is refused exactly when it is after the year of today', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2013, max: 2100 }), anyDay, (year, today) => {
        const found = yearIssue(year, 'year', { zh: '年度', en: 'year' }, today);
        expect(found?.code === 'YEAR_IN_FUTURE').toBe(year > Number(today.slice(0, 4)));
      }),
    );
  });
});

describe('refuseFields', () => {
  const dateProblem = dateIssue('2031-02-30', 'eventDate', label, TODAY)!;
  const other = { field: 'name', code: 'REQUIRED', message: { zh: '姓名不能为空', en: 'name is required' } };

  it('is a rule (422) when every issue is about dates, naming them all', () => {
    const error = refuseFields([dateProblem]);
    expect(error.kind).toBe('rule');
    expect(error.fields.map((f) => f.field)).toEqual(['eventDate']);
    expect(error.details).toEqual({ field: 'eventDate' });
  });

  it('stays the usual validation error (400) when another field is malformed, listing the dates too', () => {
    const error = refuseFields([other, dateProblem]);
    expect(error.kind).toBe('invalid');
    expect(error.fields.map((f) => f.field)).toEqual(['name', 'eventDate']);
  });
});
