import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dayOf, isAfterToday, textOf } from './dates.ts';

describe('date field values', () => {
  it('round-trips the forms’ YYYY-MM-DD text through the picker', () => {
    expect(textOf(dayOf('2024-02-29'))).toBe('2024-02-29');
    expect(textOf(null)).toBeNull();
  });

  it('shows no day for a text that is not one (rather than a rolled-over day)', () => {
    expect(dayOf('2026-02-30')).toBeNull();
    expect(dayOf('2025-02-29')).toBeNull();
    expect(dayOf('30.06.2026')).toBeNull();
    expect(dayOf('')).toBeNull();
    expect(dayOf(undefined)).toBeNull();
  });

  it('refuses only days after today, today itself allowed', () => {
    const today = dayjs('2026-06-30T09:15:00');
    expect(isAfterToday(dayjs('2026-06-30T23:59:00'), today)).toBe(false);
    expect(isAfterToday(dayjs('2026-07-01'), today)).toBe(true);
    expect(isAfterToday(dayjs('2020-01-01'), today)).toBe(false);
  });
});
