import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { rulesForMany, type CaseworkRules } from '../cases/rules.ts';
import { workingDaysBetween } from '../portal/calendar/calendar.ts';
import { shiftDate } from '../portal/calendar/working-days.ts';
import { readScope } from '../access/scope.ts';
import { inRegion } from './region.ts';

/** The period asked: a month, or a whole year; counted up to today when it is still running. */
function periodOf(year: number, month: number | undefined, today: string) {
  const two = (n: number) => String(n).padStart(2, '0');
  const from = month ? `${year}-${two(month)}-01` : `${year}-01-01`;
  const end = month ? new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) : `${year}-12-31`;
  return { from, end, to: end < today ? end : today };
}

/**
 * The days a resident cadre must be in the village: the province's share of the period's working days, or —
 * for a year where the province counts days a year (220 in one province) — those days, in proportion to the
 * working days gone by when the year is still running.
 */
function requiredDays(rules: CaseworkRules, worked: number, wholePeriod: number, isYear: boolean): number {
  if (isYear && rules.residentDaysPerYear !== null)
    return Math.ceil((rules.residentDaysPerYear * worked) / Math.max(wholePeriod, 1));
  return Math.ceil(rules.residentShareOfWorkingDays * worked);
}

/**
 * 驻村考勤: per member of the work teams in the caller's scope, the days they checked in at their team's
 * village in the period, against the working days of the deployment's calendar and the province's rule.
 */
export async function attendance(
  q: Queryable,
  actor: Actor,
  query: { region?: string | undefined; year: number; month?: number | undefined },
  today: string,
) {
  const { from, end, to } = periodOf(query.year, query.month, today);
  const params: unknown[] = [from, to];
  const where = [readScope(actor, 't.village_code', params)];
  if (query.region) where.push(inRegion('t.village_code', query.region, params));
  const rows =
    to < from
      ? []
      : await q.query<{ cadreId: number; name: string; teamId: number; villageCode: string; days: number }>(
          `SELECT m.cadre_id::int AS "cadreId", cd.name, t.id::int AS "teamId", t.village_code AS "villageCode",
                  (SELECT count(DISTINCT c.day)::int FROM checkins c
                    WHERE c.cadre_id = m.cadre_id AND c.village_code = t.village_code
                      AND c.day BETWEEN greatest($1::date, m.from_date) AND least($2::date, coalesce(m.to_date, $2::date))) AS days
           FROM work_team_members m JOIN work_teams t ON t.id = m.team_id JOIN cadres cd ON cd.id = m.cadre_id
           WHERE m.from_date <= $2::date AND (m.to_date IS NULL OR m.to_date >= $1::date) AND ${where.join(' AND ')}
           ORDER BY t.village_code, t.id, m.id`,
          params,
        );
  const worked = to < from ? 0 : await workingDaysBetween(q, shiftDate(from, -1), to);
  const whole = await workingDaysBetween(q, shiftDate(from, -1), end);
  const rules = await rulesForMany(
    q,
    rows.map((r) => r.villageCode),
  );
  const items = rows.map((row) => {
    const casework = rules.get(row.villageCode.slice(0, 2))!.casework;
    const required = requiredDays(casework, worked, whole, query.month === undefined);
    return { ...row, workingDays: worked, requiredDays: required, met: row.days >= required };
  });
  return { year: query.year, month: query.month ?? null, items };
}
