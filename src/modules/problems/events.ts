import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { isWithin } from '../regions/region-code.ts';

export type ProblemAction = 'open' | 'start' | 'solve' | 'confirm' | 'reopen' | 'overdue' | 'escalate';

export interface ProblemEvent {
  problemId: number;
  action: ProblemAction;
  /** The region the step was taken for: the problem's village, or the level it escalated to. */
  regionCode: string;
  date: string;
  reason?: string | null;
  evidence?: unknown;
}

/** The role under which the actor acts on a region: the first grant covering it (a paired cadre by pairing). */
export function roleIn(actor: Actor, regionCode: string): string | null {
  return (
    actor.grants.find((g) => g.role !== 'paired_cadre' && isWithin(regionCode, g.regionCode))?.role ??
    actor.grants[0]?.role ??
    null
  );
}

/** Appends the events of many problems in one statement (problem_events refuses UPDATE and DELETE). */
export async function appendProblemEvents(
  q: Queryable,
  actor: Actor,
  events: readonly ProblemEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await q.query(
    `INSERT INTO problem_events (problem_id, action, actor_user_id, actor_name, actor_role, region_code, date,
                                 reason, evidence)
     SELECT e.problem_id, e.action, $1, $2, e.actor_role, e.region_code, e.date, e.reason, e.evidence
     FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::jsonb[])
          AS e (problem_id, action, actor_role, region_code, date, reason, evidence)`,
    [
      actor.userId,
      actor.username,
      events.map((e) => e.problemId),
      events.map((e) => e.action),
      events.map((e) => roleIn(actor, e.regionCode)),
      events.map((e) => e.regionCode),
      events.map((e) => e.date),
      events.map((e) => e.reason ?? null),
      events.map((e) =>
        e.evidence === undefined || e.evidence === null ? null : JSON.stringify(e.evidence),
      ),
    ],
  );
}
