import dayjs, { type Dayjs } from 'dayjs';

/** Between the forms' 'YYYY-MM-DD' texts and the picker's dayjs values, kept free of React to be tested. */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The picker's value of a form text; anything that is not a real day shows as empty rather than as a wrong day. */
export function dayOf(text: string | null | undefined): Dayjs | null {
  if (!text || !DAY.test(text)) return null;
  const day = dayjs(text);
  // dayjs rolls 2026-02-30 over to March; a text that does not survive the round trip is not a day.
  return day.isValid() && day.format('YYYY-MM-DD') === text ? day : null;
}

/** The form text of a picked day; cleared is null. */
export function textOf(day: Dayjs | null | undefined): string | null {
  return day ? day.format('YYYY-MM-DD') : null;
}

/** Whether a day lies after today (by calendar day, so today itself can be chosen). */
export function isAfterToday(day: Dayjs, today: Dayjs): boolean {
  return day.isAfter(today, 'day');
}
