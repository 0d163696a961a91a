import { DomainError, fieldError, versionConflict } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { recordAudit } from '../../audit/audit.ts';
import { meterWrite, typedFields, type Meter } from '../../burden/record.ts';
import type { Actor } from '../../auth/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { isCode } from '../codes.ts';
import { pick } from '../columns.ts';
import { DATE_LABELS, dateIssue, refuseFields, type Earliest } from '../dates.ts';
import { HEAD_RELATION, MEMBER_FIELDS } from '../fields.ts';
import { asCorrection, recordHistory, type HistoryEntry } from '../history.ts';
import * as repo from '../repo.ts';
import type { MemberEventInput } from '../schemas.ts';
import { secondHead } from './add-member.ts';
import { yearOf } from '../years.ts';
import { correctingYear, resizeFromEvent, touchHousehold, writableHousehold } from './shared.ts';

const CANCELLED = '04';

/**
 * A member leaves a household (death, marriage out, moving away, prison, army) or moves to another household
 * of the registry. Nothing is deleted: the member row is closed with the event, and a move opens a new row in
 * the target household. When the head leaves, another member must be named head; when the last member leaves,
 * the household's years from the event's on are marked cancelled (已注销). The event takes effect from its date:
 * earlier years keep their size, and an event dated in a closed year is a correction of that year (years.ts).
 */
export async function recordMemberEvent(
  tx: Queryable,
  actor: Actor,
  memberId: number,
  input: MemberEventInput,
  today: string,
  meter?: Meter,
): Promise<{ newMemberId: number | null }> {
  await requireAccess(tx, actor, 'member.write', [memberId], { lock: true });
  const member = (await repo.loadMember(tx, memberId))!;
  if (member.version !== input.version) throw versionConflict('member', member.version);
  if (!member.active) {
    throw new DomainError('rule', 'MEMBER_NOT_ACTIVE', {
      zh: '该成员已不在户内',
      en: 'This member has already left the household',
    });
  }
  await checkEventDate(tx, member, input.eventDate, today);
  const source = await writableHousehold(tx, actor, member.householdId);
  const touched = [
    source.id,
    ...(input.event === 'move' && input.toHouseholdId ? [input.toHouseholdId] : []),
  ];
  const correction = await correctingYear(tx, actor, touched, input.eventDate, input.reason, today);
  const history: HistoryEntry[] = [];
  const remaining = (await repo.activeMembers(tx, source.id)).filter((m) => m.id !== memberId);

  const heir =
    member.relation === HEAD_RELATION && remaining.length > 0
      ? remaining.find((m) => m.id === input.newHeadMemberId)
      : undefined;
  if (member.relation === HEAD_RELATION && remaining.length > 0 && !heir) {
    throw fieldError('newHeadMemberId', 'HEAD_REQUIRED', {
      zh: '户主离户时须指定户内另一名成员为新户主',
      en: 'When the head leaves, name another member of the household as the new head',
    });
  }
  const leaveEvent = input.event === 'move' ? 'moved_out' : input.event;
  // Close the leaving member first: the database allows one active head per household at any moment.
  const closed = await repo.deactivateMember(tx, memberId, leaveEvent, input.eventDate);
  if (heir) {
    await repo.updateMember(tx, heir.id, { relation: HEAD_RELATION });
    history.push({
      householdId: source.id,
      memberId: heir.id,
      field: 'relation',
      from: heir.relation,
      to: HEAD_RELATION,
      action: 'member.new_head',
    });
  }
  let newMemberId: number | null = null;
  if (input.event === 'move') {
    if (input.toHouseholdId === undefined || input.toHouseholdId === source.id) {
      throw fieldError('toHouseholdId', 'REQUIRED', {
        zh: '迁移须指明迁入的另一户',
        en: 'A move needs the other household it goes to',
      });
    }
    const relation = input.relationInNewHousehold ?? '99';
    if (!isCode('relation', relation))
      throw fieldError('relationInNewHousehold', 'UNKNOWN_CODE', {
        zh: '与户主关系代码无效',
        en: 'Unknown relation code',
      });
    const target = await writableHousehold(tx, actor, input.toHouseholdId);
    const targetRoster = await repo.activeMembers(tx, target.id);
    if (relation === HEAD_RELATION && targetRoster.some((m) => m.relation === HEAD_RELATION))
      throw secondHead();
    const moved = await repo.insertMember(tx, target, member, { ...pick(MEMBER_FIELDS, member), relation });
    newMemberId = moved.id;
    await repo.insertEvent(tx, {
      memberId: moved.id,
      householdId: target.id,
      event: 'moved_in',
      date: input.eventDate,
      otherHouseholdId: source.id,
      note: input.note ?? null,
    });
    await resizeFromEvent(tx, target.id, input.eventDate);
    await touchHousehold(tx, target.id);
    history.push({
      householdId: target.id,
      memberId: moved.id,
      field: '*',
      from: null,
      to: pick(MEMBER_FIELDS, moved),
      action: 'member.moved_in',
    });
  }
  await repo.insertEvent(tx, {
    memberId,
    householdId: source.id,
    event: leaveEvent,
    date: input.eventDate,
    otherHouseholdId: input.event === 'move' ? (input.toHouseholdId ?? null) : null,
    note: input.note ?? null,
  });
  history.push({
    householdId: source.id,
    memberId,
    field: 'active',
    from: true,
    to: false,
    action: `member.${leaveEvent}`,
  });

  await resizeFromEvent(tx, source.id, input.eventDate);
  // A household nobody belongs to any more is cancelled from the year of that event on, never before it.
  if (remaining.length === 0) {
    for (const year of await repo.yearsFrom(tx, source.id, yearOf(input.eventDate))) {
      if (year.size > 0 || year.status === CANCELLED) continue;
      await repo.updateYear(tx, source.id, year.year, { status: CANCELLED });
      history.push({
        householdId: source.id,
        year: year.year,
        field: 'status',
        from: year.status,
        to: CANCELLED,
        action: 'household.cancel',
      });
    }
  }
  await touchHousehold(tx, source.id);
  await recordHistory(tx, actor, asCorrection(history, correction));
  await recordAudit(tx, actor, {
    action: `member.${input.event}`,
    entity: 'member',
    entityId: memberId,
    regionCode: member.regionCode,
    before: member,
    after: {
      member: closed,
      newMemberId,
      eventDate: input.eventDate,
      ...(correction ? { correction } : {}),
    },
  });
  await meterWrite(tx, actor, meter, {
    action: `member.${input.event}`,
    regionCode: member.regionCode,
    typed: typedFields(input),
    prefilled: 0,
  });
  return { newMemberId };
}

/**
 * A member leaves no earlier than they were born and joined this household (the event that brought this row
 * in: a birth, marriage or move recorded here). The household's own registration is no bound: the registry
 * is filled in after the fact, so a household entered today may well record a death of 2020.
 */
async function checkEventDate(
  tx: Queryable,
  member: repo.MemberRow,
  eventDate: string,
  today: string,
): Promise<void> {
  const bounds: Earliest[] = [{ date: member.birthDate, what: DATE_LABELS.birth }];
  const joined = await repo.joinedOn(tx, member.id);
  if (joined !== undefined) bounds.push({ date: joined, what: DATE_LABELS.joined });
  const found = dateIssue(eventDate, 'eventDate', DATE_LABELS.eventDate, today, bounds);
  if (found) throw refuseFields([found]);
}
