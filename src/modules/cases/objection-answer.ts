import { DomainError, notFound, ruleViolation, versionConflict } from '../../app/errors.ts';
import type { Tx } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { canSeePersonalData } from '../auth/policies.ts';
import { isWithin } from '../regions/region-code.ts';
import { endNotice } from './notices.ts';
import { appendEvents, moveCases } from './repo.ts';
import { scheduleStageTimers, type StageTimerCase } from './timers.ts';
import { findAccessible } from '../access/require-access.ts';
import { COLUMNS, dateInvalid, lockCase, present, type LockedCase, type Objection } from './objections.ts';
import { caseType, type ActingRole, type NoticeLevel } from './transitions.ts';

/**
 * Answering an objection on record (objections.ts raises them): by the role that ends its notice's level.
 * Upheld, the notice ends and the case returns to its type's `reverify` stage with an `objection_upheld`
 * event; dismissed, nothing else changes and the notice may end when its period is over.
 */
/** The role that ends a notice of each level answers the objections against it. */
const ANSWERED_BY: Record<NoticeLevel, ActingRole> = {
  village: 'village_cadre',
  town: 'town_official',
  county: 'county_admin',
  announcement: 'county_admin',
};

export interface AnswerInput {
  outcome: 'upheld' | 'dismissed';
  answer: string;
  date?: string | undefined;
  version: number;
}

/**
 * Answers an objection on record: 404 outside the actor's regions, 403 unless the actor holds the role that
 * ends its notice's level there, 409 on a stale version, 422 when already answered or the date is not a fact.
 * Upheld: the notice ends and the case returns to its type's `reverify` stage with an `objection_upheld` event.
 */
export async function answerObjection(
  tx: Tx,
  actor: Actor,
  id: number,
  input: AnswerInput,
  today: string,
): Promise<Objection> {
  const [found] = await tx.query<Objection & { caseId: number; level: NoticeLevel }>(
    `SELECT ${COLUMNS}, o.case_id AS "caseId", n.level FROM objections o
     JOIN notices n ON n.id = o.notice_id WHERE o.id = $1`,
    [id],
  );
  // The objection answers to its case: found by the access layer in the actor's regions (404 outside).
  const inScope = found && (await findAccessible(tx, actor, 'case.read', [found.caseId], { lock: true }));
  const theCase = inScope?.has(String(found!.caseId)) ? await lockCase(tx, found!.caseId) : undefined;
  if (!found || !theCase) throw notFound('objection', id);
  const role = ANSWERED_BY[found.level];
  const grant = actor.grants.find((g) => g.role === role && isWithin(theCase.region, g.regionCode));
  if (!grant)
    throw new DomainError('forbidden', 'FORBIDDEN', {
      zh: '只有负责结束该级公示的角色可以答复其异议',
      en: 'Only the role that ends this level of notice may answer its objections',
    });
  const [current] = await tx.query<{ version: number }>(
    'SELECT version FROM objections WHERE id = $1 FOR UPDATE',
    [id],
  );
  if (current!.version !== input.version) throw versionConflict('objection', current!.version);
  if (found.outcome !== null)
    throw ruleViolation('OBJECTION_ANSWERED', {
      zh: '该异议已经答复',
      en: 'This objection has already been answered',
    });
  const date = input.date ?? today;
  dateInvalid(date, '答复日期', today, [
    { date: found.receivedOn, what: { zh: '异议收到日期', en: 'the day the objection was received' } },
  ]);
  const [answered] = await tx.query<Objection>(
    `UPDATE objections o SET outcome = $2, answer = $3, answered_on = $4, answered_by = $5, version = version + 1
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, input.outcome, input.answer, date, actor.userId],
  );
  const moved =
    input.outcome === 'upheld'
      ? await uphold(tx, actor, grant, theCase, found.noticeId, input.answer, date)
      : null;
  await recordAudit(tx, actor, {
    action: 'objection.answer',
    entity: 'objection',
    entityId: id,
    regionCode: theCase.region,
    before: { outcome: null, version: input.version },
    after: {
      outcome: input.outcome,
      answeredOn: date,
      version: answered!.version,
      case: moved && { id: moved.id, stage: moved.stage, version: moved.version },
    },
  });
  return present(answered!, canSeePersonalData(actor, theCase.region));
}

/**
 * An upheld objection: the notice ends and an open case goes back to verification, one version on, with the
 * timers of the stage it is back in. Answers the case as it is now (null when it had closed meanwhile).
 */
async function uphold(
  tx: Tx,
  actor: Actor,
  grant: { role: string; regionCode: string },
  theCase: LockedCase,
  noticeId: number,
  answer: string,
  date: string,
): Promise<StageTimerCase | null> {
  await endNotice(tx, noticeId, date);
  // A case closed meanwhile (rejected, withdrawn) is never reopened: the answer stays on record.
  if (theCase.outcome !== null) return null;
  const to = caseType(theCase.type).reverify;
  await moveCases(tx, [{ id: theCase.id, stage: to, date, outcome: null, facts: {} }]);
  await appendEvents(tx, [
    {
      caseId: theCase.id,
      action: 'objection_upheld',
      fromStage: theCase.stage,
      toStage: to,
      actorId: actor.userId,
      actor: actor.username,
      actorRole: grant.role,
      actorRegion: grant.regionCode,
      date,
      comment: null,
      reason: answer,
      inputs: {},
    },
  ]);
  const { id, type, regionCode, openedOn } = theCase;
  const moved = { id, type, regionCode, stage: to, version: theCase.version + 1, openedOn };
  // The stage it is back in has its own limit, from the day of the answer.
  await scheduleStageTimers(tx, [moved], date);
  return moved;
}
