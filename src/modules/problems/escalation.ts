import type { Tx } from '../../db/types.ts';
import { recordAuditMany } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { rulesForMany } from '../cases/rules.ts';
import { registerSweep } from '../jobs/sweep.ts';
import { levelOf, padCode } from '../regions/region-code.ts';
import { appendProblemEvents, type ProblemEvent } from './events.ts';

export const ESCALATION_SWEEP = 'problems.escalate';

interface Candidate {
  id: number;
  regionCode: string;
  handler: string;
  overdue: boolean;
  daysOver: number;
}

/**
 * The daily sweep of the problems (issue 13 §3), as of `day`: an unfinished problem past its due date is
 * overdue; overdue for the province's escalationDays.town it moves to its town's inbox, for .county to its
 * county's (handler_region_code), each move a problem_events 'escalate'. It looks at the state as of its day,
 * so a day the server was down is caught up (a problem long overdue goes straight to the county), and it
 * only ever moves a problem up: run twice, it changes nothing the second time. One statement for the batch;
 * the counts follow by trigger (0032).
 */
export async function sweepProblems(tx: Tx, actor: Actor, day: string) {
  const provinces = await tx.query<{ code: string }>(
    `SELECT DISTINCT left(region_code, 2) AS code FROM problems WHERE state IN ('open', 'in_progress') AND due < $1`,
    [day],
  );
  if (provinces.length === 0) return { overdue: 0, escalated: 0 };
  const rules = await rulesForMany(
    tx,
    provinces.map((p) => padCode(p.code)),
  );
  const codes = [...rules.keys()];
  const candidates = await tx.query<Candidate>(
    `SELECT p.id::int, p.region_code AS "regionCode", p.handler_region_code AS handler, p.overdue,
            ($1::date - p.due) AS "daysOver"
     FROM problems p JOIN unnest($2::text[], $3::int[]) AS t (province, town)
       ON t.province = left(p.region_code, 2)
     WHERE p.state IN ('open', 'in_progress') AND p.due < $1 AND (NOT p.overdue OR $1::date - p.due >= t.town)
     ORDER BY p.id FOR UPDATE OF p`,
    [day, codes, codes.map((c) => rules.get(c)!.casework.escalationDays.town)],
  );
  const changes = candidates.flatMap((c) => {
    const target = targetOf(c, rules.get(c.regionCode.slice(0, 2))!.casework.escalationDays);
    const escalates = levelOf(target) < levelOf(c.handler);
    return !c.overdue || escalates ? [{ ...c, target: escalates ? target : c.handler, escalates }] : [];
  });
  if (changes.length === 0) return { overdue: 0, escalated: 0 };
  await tx.query(
    `UPDATE problems p SET overdue = true, handler_region_code = t.handler, version = version + 1
     FROM unnest($1::bigint[], $2::text[]) AS t (id, handler) WHERE p.id = t.id`,
    [changes.map((c) => c.id), changes.map((c) => c.target)],
  );
  const events: ProblemEvent[] = changes.flatMap((c) => [
    ...(c.overdue ? [] : [{ problemId: c.id, action: 'overdue' as const, regionCode: c.handler, date: day }]),
    ...(c.escalates
      ? [
          {
            problemId: c.id,
            action: 'escalate' as const,
            regionCode: c.target,
            date: day,
            reason: `${c.daysOver}`,
          },
        ]
      : []),
  ]);
  await appendProblemEvents(tx, actor, events);
  await recordAuditMany(
    tx,
    actor,
    changes.map((c) => ({
      action: c.escalates ? 'problem.escalate' : 'problem.overdue',
      entity: 'problem',
      entityId: c.id,
      regionCode: c.regionCode,
      before: { overdue: c.overdue, handlerRegionCode: c.handler },
      after: { overdue: true, handlerRegionCode: c.target, daysOverdue: c.daysOver, day },
    })),
  );
  return {
    overdue: changes.filter((c) => !c.overdue).length,
    escalated: changes.filter((c) => c.escalates).length,
  };
}

/** Where an overdue problem belongs as of its days overdue: its village, its town, or its county. */
function targetOf(c: Candidate, days: { town: number; county: number }): string {
  if (c.daysOver >= days.county) return padCode(c.regionCode.slice(0, 6));
  if (c.daysOver >= days.town) return padCode(c.regionCode.slice(0, 9));
  return c.regionCode;
}

registerSweep(ESCALATION_SWEEP, (day, ctx) => ctx.db.transaction((tx) => sweepProblems(tx, ctx.actor, day)));
