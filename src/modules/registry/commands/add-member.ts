import { DomainError, type FieldIssue } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { recordAudit } from '../../audit/audit.ts';
import { meterWrite, typedFields, type Meter } from '../../burden/record.ts';
import type { Actor } from '../../auth/actor.ts';
import { pick } from '../columns.ts';
import { collect, DATE_LABELS, dateIssue, refuseFields } from '../dates.ts';
import { HEAD_RELATION, MEMBER_FIELDS } from '../fields.ts';
import { asCorrection, recordHistory } from '../history.ts';
import * as repo from '../repo.ts';
import type { AddMemberInput } from '../schemas.ts';
import { validateMember } from '../validate.ts';
import {
  checkPersonsFree,
  correctingYear,
  resizeFromEvent,
  touchHousehold,
  writableHousehold,
} from './shared.ts';

export function secondHead(): DomainError {
  return new DomainError(
    'rule',
    'TWO_HEADS',
    {
      zh: '该户已有户主，一户只能有一名户主',
      en: 'The household already has a head; a household has exactly one',
    },
    { field: 'relation' },
  );
}

/** A person joins a household: born into it, married in, moved in. */
export async function addMember(
  tx: Queryable,
  actor: Actor,
  householdId: number,
  input: AddMemberInput,
  today: string,
  meter?: Meter,
): Promise<number> {
  const household = await writableHousehold(tx, actor, householdId, input.version);
  const issues: FieldIssue[] = [];
  const person = validateMember(input.member, 'member.', today, issues);
  // Nobody joins a household before they are born (the birth date is the one the ID number carries).
  const born = person ? [{ date: person.birthDate, what: DATE_LABELS.birth }] : [];
  collect(issues, dateIssue(input.eventDate, 'eventDate', DATE_LABELS.eventDate, today, born));
  if (issues.length || !person) throw refuseFields(issues);
  const correction = await correctingYear(tx, actor, [householdId], input.eventDate, input.reason, today);
  const roster = await repo.activeMembers(tx, householdId);
  if (input.member.relation === HEAD_RELATION && roster.some((m) => m.relation === HEAD_RELATION))
    throw secondHead();
  await checkPersonsFree(tx, actor, [{ idNumber: person.idNumber, field: 'member.idNumber' }]);

  const member = await repo.insertMember(tx, household, person, {
    ...pick(MEMBER_FIELDS, input.member),
    idNumber: person.idNumber,
  });
  await repo.insertEvent(tx, {
    memberId: member.id,
    householdId,
    event: input.event,
    date: input.eventDate,
    note: input.note ?? null,
  });
  await resizeFromEvent(tx, householdId, input.eventDate);
  await touchHousehold(tx, householdId);
  await recordHistory(
    tx,
    actor,
    asCorrection(
      [
        {
          householdId,
          memberId: member.id,
          field: '*',
          from: null,
          to: pick(MEMBER_FIELDS, member),
          action: `member.${input.event}`,
        },
      ],
      correction,
    ),
  );
  await recordAudit(tx, actor, {
    action: 'member.add',
    entity: 'member',
    entityId: member.id,
    regionCode: household.regionCode,
    after: { member, event: input.event, eventDate: input.eventDate, ...(correction ? { correction } : {}) },
  });
  await meterWrite(tx, actor, meter, {
    action: 'member.add',
    regionCode: household.regionCode,
    typed: typedFields(input),
    prefilled: 0,
  });
  return member.id;
}
