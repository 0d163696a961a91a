import { DomainError } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { requireAccess, requireRegion, forbidden } from '../../access/require-access.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { levelOf } from '../../regions/region-code.ts';
import { notApplicable } from '../applicable.ts';
import { refusal } from '../guard.ts';
import { actingGrant } from '../actors.ts';
import * as repo from '../repo.ts';
import type { CreateCaseBody } from '../schemas.ts';
import { scheduleOpeningTimers } from '../timers.ts';
import { caseType, firstStage } from '../transitions.ts';

/**
 * Opens a case: a household's application, proposal or lead, or a village's or county's exit assessment.
 * Who may open it is who takes its first step (the village for a household, the town for a village, the
 * county for itself). One open case per household and type (per region, type and year for the assessments):
 * a second answers 409 CASE_EXISTS naming the open one.
 */
export async function createCase(tx: Queryable, actor: Actor, body: CreateCaseBody, today: string) {
  const def = caseType(body.type);
  const date = body.date ?? today;
  const regionCode = await subjectRegion(tx, actor, body);
  const opener = def.steps[0]!;
  if (!actingGrant(actor, [opener.role], undefined, regionCode)) throw forbidden();
  if (date > today || date < `${body.year - 1}-01-01`)
    throw new DomainError(
      'rule',
      'DATE_INVALID',
      {
        zh: '申请日期不能晚于今天，也不能早于上一年度',
        en: 'The date cannot be after today nor before last year',
      },
      { field: 'date' },
      [{ field: 'date', code: 'DATE_INVALID', message: { zh: '日期无效', en: 'Invalid date' } }],
    );
  if (body.householdId !== undefined) {
    const why = notApplicable(body.type, await repo.standingOf(tx, body.householdId, body.year));
    if (why) throw refusal('CASE_NOT_APPLICABLE', why, { type: body.type, year: body.year });
  }
  const id = await repo.insertCase(tx, {
    type: body.type,
    householdId: body.householdId ?? null,
    regionCode,
    year: body.year,
    stage: firstStage(body.type),
    reason: body.reason,
    openedOn: date,
    createdBy: actor.userId,
  });
  if (id === null)
    throw new DomainError(
      'conflict',
      'CASE_EXISTS',
      {
        zh: '该户（或地区）已有同类在办案件，请在原案件中办理',
        en: 'An open case of this type already exists for this household (or region)',
      },
      { type: body.type },
    );
  const [row] = await repo.lockCases(tx, [id]);
  await scheduleOpeningTimers(tx, row!, date);
  await recordAudit(tx, actor, {
    action: 'case.open',
    entity: 'case',
    entityId: id,
    regionCode,
    after: {
      type: body.type,
      householdId: body.householdId ?? null,
      year: body.year,
      date,
      stage: row!.stage,
    },
  });
  return id;
}

/** The region the case answers to: the household's village (asked of the access layer), or the region given. */
async function subjectRegion(tx: Queryable, actor: Actor, body: CreateCaseBody): Promise<string> {
  const subject = caseType(body.type).subject;
  if (subject === 'household') {
    if (body.householdId === undefined) throw required('householdId');
    const regions = await requireAccess(tx, actor, 'household.read', [body.householdId], { lock: true });
    return regions.get(String(body.householdId))!;
  }
  if (body.regionCode === undefined) throw required('regionCode');
  const wanted = subject === 'village' ? 5 : 3;
  if (levelOf(body.regionCode) !== wanted)
    throw refusal(
      'INVALID_REGION',
      subject === 'village'
        ? { zh: '贫困村退出须指定村（12 位代码）', en: 'A village exit names a village (12-digit code)' }
        : { zh: '贫困县退出须指定县', en: 'A county exit names a county' },
      { field: 'regionCode' },
    );
  requireRegion(actor, 'region.read', body.regionCode);
  return body.regionCode;
}

function required(field: string): DomainError {
  return new DomainError(
    'invalid',
    'VALIDATION',
    { zh: `缺少 ${field}`, en: `${field} is required for this type of case` },
    { field },
    [{ field, code: 'REQUIRED', message: { zh: '必填', en: 'Required' } }],
  );
}
