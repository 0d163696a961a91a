import { DomainError, fieldRules, notFound, ruleViolation, versionConflict } from '../../app/errors.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import { forbidden } from '../access/require-access.ts';
import { personalScope } from '../access/scope.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { canRead, canSeePersonalData, canWriteRegistry } from '../auth/policies.ts';
import { presentRow, scrubText } from '../privacy/present.ts';
import { isWithin } from '../regions/region-code.ts';
import { dateIssue, type Earliest } from '../registry/dates.ts';
import { CASE_REGION } from './notice-queries.ts';
import { endNotice, openNotice } from './notices.ts';
import { caseType, type ActingRole, type CaseType, type NoticeLevel } from './transitions.ts';

/**
 * Objections against a notice (异议): raised by staff on a case's running notice, or by the public on a notice
 * in its period; each holds its case at the notice (the guard's OBJECTION_OPEN) until it is answered on record.
 * Upheld, the notice ends and the case goes back to verification (its type's `reverify` stage); dismissed,
 * nothing else changes. The objector's name and phone are private: only staff who see personal data in the
 * case's region read them.
 */
export interface Objection {
  id: number;
  noticeId: number;
  source: 'staff' | 'public';
  content: string;
  name: string | null;
  phone: string | null;
  receivedOn: string;
  outcome: 'upheld' | 'dismissed' | null;
  answer: string | null;
  answeredOn: string | null;
  version: number;
}

const COLUMNS = `o.id, o.notice_id AS "noticeId", o.source, o.content, o.name, o.phone,
  o.received_on AS "receivedOn", o.outcome, o.answer, o.answered_on AS "answeredOn", o.version`;

/**
 * An objection as the reader may see it: without personal data, no name (a name is not masked anywhere else,
 * so it is left out), the phone masked by the presenter and any number typed in the text scrubbed.
 */
function present(o: Objection, personal: boolean): Objection {
  if (personal) return o;
  const { phone } = presentRow({ phone: o.phone ?? '' }, { personal });
  return { ...o, name: null, phone: o.phone === null ? null : phone, content: scrubText(o.content) };
}

/** A case's objections for its page (the caller has checked the case is readable), oldest first. */
export async function caseObjections(q: Queryable, actor: Actor, caseId: number): Promise<Objection[]> {
  const params: unknown[] = [caseId];
  const personal = personalScope(actor, CASE_REGION, params);
  const rows = await q.query<Objection & { personal: boolean }>(
    `SELECT ${COLUMNS}, ${personal} AS personal FROM objections o
     JOIN cases c ON c.id = o.case_id LEFT JOIN households h ON h.id = c.household_id
     WHERE o.case_id = $1 ORDER BY o.id`,
    params,
  );
  return rows.map(({ personal: p, ...o }) => present(o, p));
}

interface LockedCase {
  id: number;
  type: CaseType;
  stage: string;
  version: number;
  outcome: string | null;
  region: string;
}

/** The case, held for the rest of the transaction (the guard's end_notice takes the same lock). */
async function lockCase(tx: Queryable, id: number): Promise<LockedCase | undefined> {
  const [row] = await tx.query<LockedCase>(
    `SELECT c.id, c.type, c.stage, c.version, c.outcome, ${CASE_REGION} AS region
     FROM cases c LEFT JOIN households h ON h.id = c.household_id WHERE c.id = $1 FOR UPDATE OF c`,
    [id],
  );
  return row;
}

export interface ObjectionInput {
  content: string;
  name?: string | undefined;
  phone?: string | undefined;
}

function dateInvalid(date: string, label: string, today: string, earliest: Earliest[]): void {
  const issue = dateIssue(date, 'date', { zh: label, en: 'the date' }, today, earliest);
  if (issue) throw fieldRules('DATE_INVALID', [{ ...issue, code: 'DATE_INVALID' }]);
}

async function insert(
  tx: Tx,
  actor: Actor,
  target: { caseId: number; noticeId: number; region: string },
  source: 'staff' | 'public',
  input: ObjectionInput,
  date: string,
): Promise<Objection> {
  const [row] = await tx.query<Objection>(
    `INSERT INTO objections AS o (case_id, notice_id, source, content, name, phone, received_on, submitted_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
    [
      target.caseId,
      target.noticeId,
      source,
      input.content,
      input.name ?? null,
      input.phone ?? null,
      date,
      actor.userId,
    ],
  );
  // The audit keeps that an objection came, not who raised it or what it says (private, free text).
  await recordAudit(tx, actor, {
    action: 'objection.raise',
    entity: 'objection',
    entityId: row!.id,
    regionCode: target.region,
    after: { caseId: target.caseId, noticeId: target.noticeId, source, receivedOn: date },
  });
  return row!;
}

/**
 * Staff record an objection on the case's running notice (received on `date`, default today): 404 outside
 * the actor's regions, 403 for a read-only role, 422 NO_NOTICE when no notice runs.
 */
export async function raiseStaffObjection(
  tx: Tx,
  actor: Actor,
  caseId: number,
  input: ObjectionInput & { date?: string | undefined },
  today: string,
): Promise<Objection> {
  const found = await lockCase(tx, caseId);
  if (!found || !canRead(actor, found.region)) throw notFound('case', caseId);
  if (!canWriteRegistry(actor, found.region)) throw forbidden();
  const notice = found.outcome === null ? await openNotice(tx, caseId) : undefined;
  if (!notice)
    throw ruleViolation('NO_NOTICE', {
      zh: '该案件当前没有正在公示的公示，不能登记异议',
      en: 'The case has no notice running: an objection cannot be recorded',
    });
  const date = input.date ?? today;
  dateInvalid(date, '收到日期', today, [
    { date: notice.postedOn, what: { zh: '公示发布日期', en: 'the day the notice was posted' } },
  ]);
  const row = await insert(
    tx,
    actor,
    { caseId, noticeId: notice.id, region: found.region },
    'staff',
    input,
    date,
  );
  return present(row, canSeePersonalData(actor, found.region));
}

/** The actor of an objection from the portal: nobody logged in, no grant. */
export const publicActor = (requestId: string | null): Actor => ({
  userId: null,
  username: 'public',
  source: 'api',
  grants: [],
  requestId,
});

/**
 * The public object to a notice (the portal) during its period, while it runs and its case is open, else
 * 422 NOTICE_CLOSED. `notice` is the portal's view, already found by serial.
 */
export async function raisePublicObjection(
  tx: Tx,
  requestId: string | null,
  notice: { id: number; caseId: number; regionCode: string; serial: string },
  input: ObjectionInput,
  today: string,
): Promise<{ serial: string; receivedOn: string }> {
  await lockCase(tx, notice.caseId);
  const [open] = await tx.query<{ open: boolean }>(
    `SELECT (n.ended_on IS NULL AND n.posted_on <= $2::date AND n.ends_on >= $2::date AND c.outcome IS NULL) AS open
     FROM notices n JOIN cases c ON c.id = n.case_id WHERE n.id = $1`,
    [notice.id, today],
  );
  if (!open?.open)
    throw ruleViolation('NOTICE_CLOSED', {
      zh: '该公示不在公示期内，不能在线提交异议；如有问题请拨打扶贫监督举报电话 12317',
      en: 'This notice is not in its period: objections are closed (the supervision line 12317 takes complaints)',
    });
  const region = notice.regionCode;
  await insert(
    tx,
    publicActor(requestId),
    { caseId: notice.caseId, noticeId: notice.id, region },
    'public',
    input,
    today,
  );
  return { serial: notice.serial, receivedOn: today };
}

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
  const theCase = found && (await lockCase(tx, found.caseId));
  if (!found || !theCase || !canRead(actor, theCase.region)) throw notFound('objection', id);
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
    after: { outcome: input.outcome, answeredOn: date, version: answered!.version, case: moved },
  });
  return present(answered!, canSeePersonalData(actor, theCase.region));
}

/** An upheld objection: the notice ends and an open case goes back to verification, one version on. */
async function uphold(
  tx: Tx,
  actor: Actor,
  grant: { role: string; regionCode: string },
  theCase: LockedCase,
  noticeId: number,
  answer: string,
  date: string,
): Promise<{ id: number; stage: string; version: number } | null> {
  await endNotice(tx, noticeId, date);
  // A case closed meanwhile (rejected, withdrawn) is never reopened: the answer stays on record.
  if (theCase.outcome !== null) return null;
  const to = caseType(theCase.type).reverify;
  await tx.query(
    `UPDATE cases SET stage = $2, version = version + 1, stage_since = $3, notice_ready = false, updated_at = now()
     WHERE id = $1`,
    [theCase.id, to, date],
  );
  await tx.query(
    `INSERT INTO case_events (case_id, action, from_stage, to_stage, actor_id, actor, actor_role, actor_region,
                              date, reason)
     VALUES ($1, 'objection_upheld', $2, $3, $4, $5, $6, $7, $8, $9)`,
    [theCase.id, theCase.stage, to, actor.userId, actor.username, grant.role, grant.regionCode, date, answer],
  );
  return { id: theCase.id, stage: to, version: theCase.version + 1 };
}
