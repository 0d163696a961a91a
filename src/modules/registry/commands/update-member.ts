import { invalidFields, versionConflict, type FieldIssue } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { recordAudit } from '../../audit/audit.ts';
import { heldUnchanged, meterWrite, type Meter } from '../../burden/record.ts';
import type { Actor } from '../../auth/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { changedFields, pick } from '../columns.ts';
import { HEAD_RELATION, MEMBER_FIELDS } from '../fields.ts';
import { changeEntries, recordHistory } from '../history.ts';
import * as repo from '../repo.ts';
import type { UpdateMemberInput } from '../schemas.ts';
import { validateMember } from '../validate.ts';
import { secondHead } from './add-member.ts';
import { checkPersonsFree } from './shared.ts';

/** Corrects or updates a member's facts. A new ID number re-derives sex and birth date. */
export async function updateMember(
  tx: Queryable,
  actor: Actor,
  memberId: number,
  input: UpdateMemberInput,
  today: string,
  meter?: Meter,
): Promise<void> {
  await requireAccess(tx, actor, 'member.write', [memberId], { lock: true });
  const member = (await repo.loadMember(tx, memberId))!;
  if (member.version !== input.version) throw versionConflict('member', member.version);
  const issues: FieldIssue[] = [];
  const values = { ...input, idNumber: input.idNumber ?? member.idNumber, sex: input.sex ?? undefined };
  const person = validateMember(values, '', today, issues, true);
  if (issues.length || !person) throw invalidFields(issues);

  if (input.relation === HEAD_RELATION && member.relation !== HEAD_RELATION) {
    const roster = await repo.activeMembers(tx, member.householdId);
    if (roster.some((m) => m.relation === HEAD_RELATION)) throw secondHead();
  }
  if (member.active && person.idNumber !== member.idNumber) {
    await checkPersonsFree(tx, actor, [{ idNumber: person.idNumber, field: 'idNumber' }]);
  }
  const changes = changedFields(MEMBER_FIELDS, member, {
    ...pick(MEMBER_FIELDS, input),
    idNumber: person.idNumber,
  });
  const after = await repo.updateMember(tx, memberId, {
    ...Object.fromEntries(changes.map((c) => [c.key, c.to])),
    sex: person.sex,
    birthDate: person.birthDate,
  });
  await recordHistory(
    tx,
    actor,
    changeEntries({ householdId: member.householdId, memberId }, changes, 'member.update'),
  );
  await recordAudit(tx, actor, {
    action: 'member.update',
    entity: 'member',
    entityId: memberId,
    regionCode: member.regionCode,
    before: member,
    after,
  });
  // Typed: what changed; pre-filled: the member's other facts the form offered (burden/record.ts).
  const changedKeys = changes.map((c) => c.key);
  await meterWrite(tx, actor, meter, {
    action: 'member.update',
    regionCode: member.regionCode,
    typed: changedKeys.length,
    prefilled: heldUnchanged(
      member,
      MEMBER_FIELDS.map((f) => f.key),
      changedKeys,
    ),
  });
}
