import type { Queryable } from '../../db/types.ts';

/**
 * The size of a household in year Y: the members present at the end of Y (31 December) — joined by then and not
 * left by then. For this year that is today's members, since no event lies in the future (dates.ts). A member
 * registered with the household (no joining event) is present from the start; a member row's joining event is
 * its first one, unless that is the event it left by (a founding member who left has only that one).
 *
 * The one SQL definition: the size a year row gets when it is created, and the sizes an event recomputes from its
 * year on (an event takes effect from its date and never changes an earlier year). `year` is an SQL expression.
 */
function presentAtEndOf(year: string): string {
  const end = `make_date(${year}, 12, 31)`;
  return `(m.left_on IS NULL OR m.left_on > ${end})
    AND NOT EXISTS (
      SELECT 1 FROM member_events e
      WHERE e.member_id = m.id AND e.event_date > ${end}
        AND (m.active OR e.id < (SELECT max(l.id) FROM member_events l WHERE l.member_id = m.id)))`;
}

/** The size of `householdId` at the end of `year`, for a year row about to be created. */
export async function sizeAtEndOf(tx: Queryable, householdId: number, year: number): Promise<number> {
  const rows = await tx.query<{ size: number }>(
    `SELECT count(*)::int AS size FROM members m WHERE m.household_id = $1 AND ${presentAtEndOf('$2::int')}`,
    [householdId, year],
  );
  return rows[0]!.size;
}

/**
 * Recomputes the size of the household's year rows of `fromYear` and later (statistics follow by trigger; the
 * per-capita income is a generated column) and returns the years whose size changed.
 */
export async function resizeYearsFrom(
  tx: Queryable,
  householdId: number,
  fromYear: number,
): Promise<number[]> {
  const rows = await tx.query<{ year: number }>(
    `UPDATE household_years y SET size = s.size
     FROM (SELECT r.year, (SELECT count(*) FROM members m
                           WHERE m.household_id = r.household_id AND ${presentAtEndOf('r.year')})::int AS size
           FROM household_years r WHERE r.household_id = $1 AND r.year >= $2) s
     WHERE y.household_id = $1 AND y.year = s.year AND y.size <> s.size
     RETURNING y.year`,
    [householdId, fromYear],
  );
  return rows.map((r) => r.year);
}
