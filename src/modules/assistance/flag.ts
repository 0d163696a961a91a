import type { Tx } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { openProblems } from '../problems/open.ts';

/**
 * The one-month rule (issue 11 §5, issue 13 §4): assistance starts within `assistanceStartDays` (30 by default)
 * of the decision that registers a household (identification, return) or puts it under monitoring. The cases'
 * `cases.assistance_due` timer fires on the last day and asks `flagLateAssistance`: when no measure of the
 * household was in force at some day between the decision and that day, the household is flagged — a problem
 * (source procedure, category other) with the key `assistance:<caseId>`, so a timer that fires twice opens one.
 * A measure begun before the decision and still running counts: the household is being helped, which is what
 * the rule wants; a measure recorded only later does not unflag it (the problem is solved with its evidence,
 * by the people who own it).
 */
export const lateKey = (caseId: number): string => `assistance:${caseId}`;

export async function flagLateAssistance(
  tx: Tx,
  actor: Actor,
  caseId: number,
  dueOn: string,
  today: string,
): Promise<{ flagged: number | null; decidedOn: string } | null> {
  const [c] = await tx.query<{
    householdId: number | null;
    regionCode: string | null;
    decidedOn: string;
    started: boolean;
  }>(
    `SELECT c.household_id::int AS "householdId", h.region_code AS "regionCode",
            coalesce(c.closed_on, c.stage_since)::text AS "decidedOn",
            EXISTS (SELECT 1 FROM assistance_measures m
                    WHERE m.household_id = c.household_id AND m.start_on <= $2::date
                      AND (m.end_on IS NULL OR m.end_on >= coalesce(c.closed_on, c.stage_since))) AS started
     FROM cases c LEFT JOIN households h ON h.id = c.household_id WHERE c.id = $1`,
    [caseId, dueOn],
  );
  if (!c || c.householdId === null || c.regionCode === null) return null;
  if (c.started) return { flagged: null, decidedOn: c.decidedOn };
  const [id] = await openProblems(
    tx,
    actor,
    [
      {
        householdId: c.householdId,
        regionCode: c.regionCode,
        category: 'other',
        description: `认定（纳入监测）后 ${c.decidedOn} 起帮扶措施未按时落实（应于 ${dueOn} 前开始）`,
        source: 'procedure',
        sourceKey: lateKey(caseId),
      },
    ],
    today,
  );
  return { flagged: id ?? null, decidedOn: c.decidedOn };
}
