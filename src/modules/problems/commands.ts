import { DomainError, fieldRules, notFound, versionConflict, type FieldIssue } from '../../app/errors.ts';
import type { Tx } from '../../db/types.ts';
import { forbidden, requireAccess, requireRegion } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { canDoCasework } from '../auth/policies.ts';
import { countTyped, recordBurden } from '../burden/record.ts';
import { rulesFor } from '../cases/rules.ts';
import { addDays } from '../cases/timers.ts';
import { levelOf } from '../regions/region-code.ts';
import { isCalendarDate } from '../registry/dates.ts';
import { appendProblemEvents } from './events.ts';
import { openProblems } from './open.ts';
import { lastSolver, problemEvents } from './queries.ts';
import type { ActionInput, CreateInput } from './schemas.ts';
import { refusal, TRANSITIONS, type ProblemState } from './transitions.ts';

const dateIssue = (field: string, zh: string, en: string): FieldIssue => ({
  field,
  code: 'DATE_INVALID',
  message: { zh, en },
});

/** A problem entered by hand (or by the console for a visit, a complaint, an inspection). */
export async function createProblem(
  tx: Tx,
  actor: Actor,
  body: CreateInput,
  today: string,
  now: Date,
): Promise<number> {
  if ((body.householdId === undefined) === (body.villageCode === undefined))
    throw fieldRules('HOUSEHOLD_OR_VILLAGE', [
      {
        field: 'householdId',
        code: 'HOUSEHOLD_OR_VILLAGE',
        message: { zh: '请填写户或村（二选一）', en: 'Give either a household or a village' },
      },
    ]);
  const regionCode =
    body.householdId !== undefined
      ? (await requireAccess(tx, actor, 'household.casework', [body.householdId])).get(
          String(body.householdId),
        )!
      : villageOf(actor, body.villageCode!);
  if (body.due !== undefined && !(isCalendarDate(body.due) && body.due >= today))
    throw fieldRules('DATE_INVALID', [
      dateIssue('due', '整改时限须为今天或以后的有效日期', 'The due date must be a real day, today or later'),
    ]);
  await requireOwners(tx, body);
  const [id] = await openProblems(
    tx,
    actor,
    [
      {
        ...(body.householdId !== undefined && { householdId: body.householdId }),
        regionCode,
        category: body.category,
        description: body.description,
        source: body.source ?? 'manual',
        ...(body.due !== undefined && { due: body.due }),
        ...(body.ownerCadreId !== undefined && { ownerCadreId: body.ownerCadreId }),
        ...(body.ownerUnitId !== undefined && { ownerUnitId: body.ownerUnitId }),
      },
    ],
    today,
  );
  await recordBurden(
    tx,
    actor,
    { action: 'problem.create', regionCode, typed: countTyped(body), prefilled: 0 },
    now,
  );
  return id!;
}

/** A village's own problem: the actor does casework there (404 for a region they cannot read, 403 read-only). */
function villageOf(actor: Actor, code: string): string {
  requireRegion(actor, 'region.read', code);
  if (levelOf(code) !== 5)
    throw fieldRules('NOT_A_VILLAGE', [
      {
        field: 'villageCode',
        code: 'NOT_A_VILLAGE',
        message: { zh: '须为村级区划', en: 'Must be a village' },
      },
    ]);
  if (!canDoCasework(actor, code)) throw forbidden();
  return code;
}

/** The owner named must exist (a typo is the user's 422, not the foreign key's 500). */
async function requireOwners(tx: Tx, body: CreateInput): Promise<void> {
  const [row] = await tx.query<{ cadre: boolean; unit: boolean }>(
    `SELECT ($1::bigint IS NULL OR EXISTS (SELECT 1 FROM cadres WHERE id = $1 AND active)) AS cadre,
            ($2::bigint IS NULL OR EXISTS (SELECT 1 FROM org_units WHERE id = $2)) AS unit`,
    [body.ownerCadreId ?? null, body.ownerUnitId ?? null],
  );
  const issues: FieldIssue[] = [];
  if (!row!.cadre)
    issues.push({ field: 'ownerCadreId', code: 'UNKNOWN', message: { zh: '无此干部', en: 'No such cadre' } });
  if (!row!.unit)
    issues.push({ field: 'ownerUnitId', code: 'UNKNOWN', message: { zh: '无此单位', en: 'No such unit' } });
  if (issues.length > 0) throw fieldRules('UNKNOWN_OWNER', issues);
}

interface Locked {
  id: number;
  regionCode: string;
  state: ProblemState;
  version: number;
  handlerRegionCode: string;
  due: string;
}

/**
 * A step on a problem (transitions.ts): 404 out of scope, 403 for a reader or a level that may not take it,
 * 409 on a stale version, 422 WRONG_STATE, DATE_INVALID (in the future, or before the last step a person took),
 * EVIDENCE_REQUIRED (solve), REASON_REQUIRED (reopen), SELF_CONFIRM. Solving clears the overdue flag; a
 * reopened problem starts again at its village with a new due date.
 */
export async function actOnProblem(
  tx: Tx,
  actor: Actor,
  id: number,
  body: ActionInput,
  today: string,
  now: Date,
): Promise<void> {
  await requireAccess(tx, actor, 'problem.write', [id], { lock: true });
  const [p] = await tx.query<Locked>(
    `SELECT id::int, region_code AS "regionCode", state, version, handler_region_code AS "handlerRegionCode",
            to_char(due, 'YYYY-MM-DD') AS due
     FROM problems WHERE id = $1`,
    [id],
  );
  if (!p) throw notFound('problem', id);
  if (body.version !== p.version) throw versionConflict('problem', p.version);
  const events = await problemEvents(tx, id);
  const why = refusal(actor, body.action, {
    state: p.state,
    villageCode: p.regionCode,
    writes: true,
    solvedBy: lastSolver(events),
  });
  if (why === 'FORBIDDEN') throw forbidden();
  if (why === 'SELF_CONFIRM')
    throw new DomainError('forbidden', 'SELF_CONFIRM', {
      zh: '解决问题的人不能确认自己的整改',
      en: 'Whoever solved a problem may not confirm it',
    });
  if (why === 'WRONG_STATE')
    throw new DomainError(
      'rule',
      'WRONG_STATE',
      {
        zh: `问题当前状态不能执行该操作（${p.state}）`,
        en: `This step cannot be taken on a problem that is ${p.state}`,
      },
      { state: p.state },
    );
  // The sweep's own events (overdue, escalate) are dated by its day, not by anyone's work on the problem.
  const lastDate = events.filter((e) => e.action !== 'overdue' && e.action !== 'escalate').at(-1)?.date ?? '';
  checkInput(body, today, lastDate);
  const to = TRANSITIONS[body.action].to;
  const reopenDue =
    body.action === 'reopen'
      ? addDays(body.date, (await rulesFor(tx, p.regionCode)).casework.problemDueDays)
      : null;
  await tx.query(
    `UPDATE problems SET state = $2, version = version + 1,
       overdue = CASE WHEN $2 IN ('solved', 'open') THEN false ELSE overdue END,
       solved_on = CASE WHEN $2 = 'solved' THEN $3::date WHEN $2 = 'open' THEN NULL ELSE solved_on END,
       confirmed_on = CASE WHEN $2 = 'confirmed' THEN $3::date WHEN $2 = 'open' THEN NULL ELSE confirmed_on END,
       handler_region_code = CASE WHEN $2 = 'open' THEN region_code ELSE handler_region_code END,
       due = coalesce($4::date, due)
     WHERE id = $1`,
    [id, to, body.date, reopenDue],
  );
  await appendProblemEvents(tx, actor, [
    {
      problemId: id,
      action: body.action,
      regionCode: p.regionCode,
      date: body.date,
      reason: body.note ?? null,
      evidence: body.evidence ?? null,
    },
  ]);
  await recordAudit(tx, actor, {
    action: `problem.${body.action}`,
    entity: 'problem',
    entityId: id,
    regionCode: p.regionCode,
    before: { state: p.state, version: p.version, handlerRegionCode: p.handlerRegionCode, due: p.due },
    after: {
      state: to,
      version: p.version + 1,
      date: body.date,
      note: body.note ?? null,
      evidence: body.evidence ?? null,
      ...(reopenDue && { due: reopenDue }),
    },
  });
  // The version and the date came from the page read; what was typed is the rest.
  await recordBurden(
    tx,
    actor,
    { action: `problem.${body.action}`, regionCode: p.regionCode, typed: countTyped(body) - 2, prefilled: 2 },
    now,
  );
}

function checkInput(body: ActionInput, today: string, lastDate: string): void {
  const issues: FieldIssue[] = [];
  if (!isCalendarDate(body.date))
    issues.push(dateIssue('date', '办理日期不是有效日期', 'The date is not a calendar day'));
  else if (body.date > today)
    issues.push(dateIssue('date', '办理日期不能晚于今天', 'The date cannot be after today'));
  else if (body.date < lastDate)
    issues.push(
      dateIssue(
        'date',
        `办理日期不能早于上一步骤的日期（${lastDate}）`,
        `The date cannot be before the previous step's (${lastDate})`,
      ),
    );
  if (body.evidence && !(isCalendarDate(body.evidence.date) && body.evidence.date <= today))
    issues.push(
      dateIssue(
        'evidence.date',
        '文件日期须为不晚于今天的有效日期',
        'The document date must be a real day, not after today',
      ),
    );
  if (issues.length > 0) throw fieldRules('DATE_INVALID', issues);
  if (body.action === 'solve' && !body.evidence)
    throw fieldRules('EVIDENCE_REQUIRED', [
      {
        field: 'evidence',
        code: 'EVIDENCE_REQUIRED',
        message: {
          zh: '解决问题须提供整改佐证（文件编号和日期）',
          en: 'Solving needs its evidence: a document number and date',
        },
      },
    ]);
  if (body.action === 'reopen' && !body.note)
    throw fieldRules('REASON_REQUIRED', [
      {
        field: 'note',
        code: 'REASON_REQUIRED',
        message: { zh: '重新打开须说明原因', en: 'Reopening needs a reason' },
      },
    ]);
}
