import type { Queryable } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { COUNTRY, padCode, parentOf, PREFIX_LENGTH } from '../regions/region-code.ts';
import { caseType, type ActingLevel, type CaseType } from './transitions.ts';

const LEVEL_DEPTH: Record<ActingLevel, 1 | 3 | 4 | 5> = { province: 1, county: 3, town: 4, village: 5 };

/**
 * Where a case late in its stage goes up to: the region one level above the one that must act now — a
 * village's step to its town, a town's to its county, a county's to its city (or province), a province's to
 * the country. The inbox of that level lists the overdue cases of its subtree, so the case is seen there.
 */
export function escalationRegion(c: { type: CaseType; stage: string; regionCode: string }): string {
  const step = caseType(c.type).steps.find((s) => s.from === c.stage);
  // A stage with no step of its own is a final one (a closed case has no deadline); its region's parent.
  const level = step ? LEVEL_DEPTH[step.level] : 5;
  const acting = padCode(c.regionCode.slice(0, PREFIX_LENGTH[level]));
  return parentOf(acting) ?? COUNTRY;
}

/** The case as a timer reads it: locked, with the flags the timers set. */
export interface TimedCase {
  id: number;
  type: CaseType;
  regionCode: string;
  stage: string;
  version: number;
  outcome: string | null;
  stageSince: string;
  openedOn: string;
  noticeReady: boolean;
  overdue: boolean;
}

export async function lockTimedCase(tx: Queryable, id: number): Promise<TimedCase | undefined> {
  const [row] = await tx.query<TimedCase>(
    `SELECT c.id, c.type, coalesce(h.region_code, c.region_code) AS "regionCode", c.stage, c.version, c.outcome,
            c.stage_since AS "stageSince", c.opened_on AS "openedOn", c.notice_ready AS "noticeReady", c.overdue
     FROM cases c LEFT JOIN households h ON h.id = c.household_id WHERE c.id = $1 FOR UPDATE OF c`,
    [id],
  );
  return row && { ...row, id: Number(row.id) };
}

/**
 * Flags a case overdue and sends it up a level, audited as the timer's (system) actor in the caller's
 * transaction. `why` says which deadline passed: the stage's limit or the monitoring clock.
 */
export async function flagOverdue(
  tx: Queryable,
  actor: Actor,
  c: TimedCase,
  why: { timer: 'stage_limit' | 'monitoring_clock'; dueOn: string },
): Promise<string> {
  const escalatedTo = escalationRegion(c);
  await tx.query(`UPDATE cases SET overdue = true, escalated_to = $2, updated_at = now() WHERE id = $1`, [
    c.id,
    escalatedTo,
  ]);
  await recordAudit(tx, actor, {
    action: 'case.overdue',
    entity: 'case',
    entityId: c.id,
    regionCode: c.regionCode,
    before: { overdue: false, stage: c.stage, version: c.version },
    after: { overdue: true, escalatedTo, stage: c.stage, since: c.stageSince, ...why },
  });
  return escalatedTo;
}
