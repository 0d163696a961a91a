import { notFound } from '../../../app/errors.ts';
import type { Queryable, Tx } from '../../../db/types.ts';
import { requireSettingChange } from '../../access/require-access.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import type { CalendarDay } from './holidays.ts';
import * as days from './working-days.ts';

/**
 * The working-day calendar of the deployment (calendar_days): one for the whole country, as the State
 * Council's holidays are. Read by the complaint deadlines; set by a country-wide administrator.
 */
async function exceptions(q: Queryable, from: string, to: string): Promise<days.CalendarExceptions> {
  const rows = await q.query<{ day: string; workday: boolean }>(
    `SELECT day::text AS day, workday FROM calendar_days WHERE day BETWEEN $1::date AND $2::date`,
    [from <= to ? from : to, from <= to ? to : from],
  );
  return new Map(rows.map((r) => [r.day, r.workday]));
}

/** The n-th working day after `from` on the deployment's calendar (before it when n < 0). */
export async function addWorkingDays(q: Queryable, from: string, n: number): Promise<string> {
  const reach = days.shiftDate(from, Math.sign(n) * days.calendarSpan(n));
  return days.addWorkingDays(await exceptions(q, from, reach), from, n);
}

/** The working days after `from` up to and including `to`, on the deployment's calendar. */
export async function workingDaysBetween(q: Queryable, from: string, to: string): Promise<number> {
  return days.workingDaysBetween(await exceptions(q, from, to), from, to);
}

export async function calendarYear(q: Queryable, year: number): Promise<CalendarDay[]> {
  return q.query<CalendarDay>(
    `SELECT day::text AS day, workday, name FROM calendar_days
     WHERE day BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31) ORDER BY day`,
    [year],
  );
}

async function dayRow(q: Queryable, day: string): Promise<CalendarDay | null> {
  const [row] = await q.query<CalendarDay>(
    'SELECT day::text AS day, workday, name FROM calendar_days WHERE day = $1::date FOR UPDATE',
    [day],
  );
  return row ?? null;
}

/** Marks a day a holiday or a 调休 working day (a deployment setting, audited before and after). */
export async function setCalendarDay(tx: Tx, actor: Actor, day: CalendarDay): Promise<CalendarDay> {
  requireSettingChange(actor);
  const before = await dayRow(tx, day.day);
  await tx.query(
    `INSERT INTO calendar_days (day, workday, name) VALUES ($1::date, $2, $3)
     ON CONFLICT (day) DO UPDATE SET workday = EXCLUDED.workday, name = EXCLUDED.name`,
    [day.day, day.workday, day.name],
  );
  await recordAudit(tx, actor, {
    action: 'calendar.set',
    entity: 'calendar_day',
    entityId: day.day,
    regionCode: null,
    before,
    after: day,
  });
  return day;
}

/** Returns a day to the weekday rule; 404 when the calendar did not name it. */
export async function clearCalendarDay(tx: Tx, actor: Actor, day: string): Promise<void> {
  requireSettingChange(actor);
  const before = await dayRow(tx, day);
  if (!before) throw notFound('calendar_day', day);
  await tx.query('DELETE FROM calendar_days WHERE day = $1::date', [day]);
  await recordAudit(tx, actor, {
    action: 'calendar.clear',
    entity: 'calendar_day',
    entityId: day,
    regionCode: null,
    before,
  });
}
