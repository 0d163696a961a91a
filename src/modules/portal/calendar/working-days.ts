/**
 * Working-day arithmetic on a calendar: Monday to Friday work, Saturday and Sunday rest, except the days the
 * calendar names — public holidays (workday false) and the weekend days worked in their place (调休, workday
 * true). Dates are `YYYY-MM-DD`, counted in UTC so no time zone moves a day. Pure: the days come in as a map,
 * read from calendar_days by calendar.ts.
 */
export type CalendarExceptions = ReadonlyMap<string, boolean>;

const DAY_MS = 86_400_000;

export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkday(days: CalendarExceptions, date: string): boolean {
  const named = days.get(date);
  if (named !== undefined) return named;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The n-th working day after `from` (`from` itself not counted); with n < 0 the n-th before it, and with 0
 * `from` itself. Received on a Friday, 1 working day later is the Monday.
 */
export function addWorkingDays(days: CalendarExceptions, from: string, n: number): string {
  const step = n < 0 ? -1 : 1;
  let date = from;
  for (let left = Math.abs(n); left > 0;) {
    date = shiftDate(date, step);
    if (isWorkday(days, date)) left -= 1;
  }
  return date;
}

/** The working days after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(days: CalendarExceptions, from: string, to: string): number {
  if (to < from) return -workingDaysBetween(days, to, from);
  let count = 0;
  for (let date = shiftDate(from, 1); date <= to; date = shiftDate(date, 1))
    if (isWorkday(days, date)) count += 1;
  return count;
}

/** How many calendar days around a count of working days can span: weekends plus the longest holidays. */
export function calendarSpan(workingDays: number): number {
  return Math.abs(workingDays) * 2 + 40;
}
