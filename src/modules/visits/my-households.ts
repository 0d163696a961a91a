import type { Queryable } from '../../db/types.ts';
import { householdScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { rulesForMany } from '../cases/rules.ts';
import { shiftDate } from '../portal/calendar/working-days.ts';
import { requireCadre } from './cadre.ts';
import { chinaDay } from './time.ts';

interface Row {
  householdId: number;
  householdNo: string;
  headName: string | null;
  villageCode: string;
  villageName: string | null;
  status: string | null;
  monitoringState: string | null;
  lastVisitAt: Date | null;
  pairedFrom: string;
  openProblems: number;
  overdueProblems: number;
  nextProblemDue: string | null;
}

/**
 * 我的帮扶户: the households of the caller's open pairings, each with its last visit, when the next is due (the
 * province's visitIntervalDays after the last visit, or after the pairing began) and its open and overdue
 * problems — what is due first at the top. One statement; every lateral read is served by an index
 * (pairings_cadre_open, visits_household, problems_household).
 */
export async function myHouseholds(q: Queryable, actor: Actor, today: string) {
  const cadre = await requireCadre(q, actor);
  const params: unknown[] = [cadre.id, Number(today.slice(0, 4)), today];
  const scope = householdScope(actor, 'h.id', 'h.region_code', params);
  const rows = await q.query<Row>(
    `SELECT h.id::int AS "householdId", h.household_no AS "householdNo", head.name AS "headName",
            h.region_code AS "villageCode", r.name AS "villageName", y.status, y.monitoring_state AS "monitoringState",
            lv.at AS "lastVisitAt", p.from_date::text AS "pairedFrom",
            pr.open::int AS "openProblems", pr.overdue::int AS "overdueProblems", pr.next_due::text AS "nextProblemDue"
     FROM pairings p JOIN households h ON h.id = p.household_id
     LEFT JOIN regions r ON r.code = h.region_code
     LEFT JOIN LATERAL (SELECT status, monitoring_state FROM household_years
                        WHERE household_id = h.id AND year <= $2 ORDER BY year DESC LIMIT 1) y ON true
     LEFT JOIN LATERAL (SELECT name FROM members m
                        WHERE m.household_id = h.id AND m.active AND m.relation = '01' LIMIT 1) head ON true
     LEFT JOIN LATERAL (SELECT at FROM visits v WHERE v.household_id = h.id ORDER BY at DESC LIMIT 1) lv ON true
     LEFT JOIN LATERAL (SELECT count(*) AS open, count(*) FILTER (WHERE due < $3::date) AS overdue, min(due) AS next_due
                        FROM problems x WHERE x.household_id = h.id AND x.state IN ('open', 'in_progress')) pr ON true
     WHERE p.cadre_id = $1 AND p.ended_at IS NULL AND ${scope}`,
    params,
    // Planning this statement cost more than running it: prepared, it is planned once per connection.
    { prepare: true },
  );
  const rules = await rulesForMany(
    q,
    rows.map((r) => r.villageCode),
  );
  const items = rows.map(({ lastVisitAt, pairedFrom, ...row }) => {
    const interval = rules.get(row.villageCode.slice(0, 2))!.casework.visitIntervalDays;
    const since = lastVisitAt ? chinaDay(lastVisitAt) : pairedFrom;
    return {
      ...row,
      lastVisitAt: lastVisitAt?.toISOString() ?? null,
      nextVisitDue: shiftDate(since, interval),
    };
  });
  // Overdue problems first, then whatever falls due soonest (a visit or a problem).
  const soonest = (i: (typeof items)[number]) =>
    i.nextProblemDue !== null && i.nextProblemDue < i.nextVisitDue ? i.nextProblemDue : i.nextVisitDue;
  items.sort(
    (a, b) =>
      b.overdueProblems - a.overdueProblems ||
      soonest(a).localeCompare(soonest(b)) ||
      a.householdId - b.householdId,
  );
  return { cadre: { id: cadre.id, name: cadre.name }, items };
}
