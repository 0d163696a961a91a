import { describe, expect, it } from 'vitest';
import type { Member } from '../../api/types.ts';
import {
  addMemberBody,
  eventBody,
  isMemberPath,
  memberPatchOf,
  needsDetails,
  toMemberValues,
} from './member-model.ts';

const member = {
  id: 5,
  householdId: 7,
  name: '王建华',
  idNumber: '371324********1234',
  sex: '1',
  birthDate: '1960-01-01',
  relation: '01',
  education: '3',
  medicalInsurance: true,
  dibao: null,
  active: true,
  leftEvent: null,
  leftOn: null,
  version: 4,
} as unknown as Member;

describe('the member forms model', () => {
  it('loads a member without the sex (the ID number says it) and sends only what changed', () => {
    const values = toMemberValues(member);
    expect(values).not.toHaveProperty('sex');
    expect(values.medicalInsurance).toBe('1');
    expect(memberPatchOf(4, values, { ...values })).toBe(null);
    expect(memberPatchOf(4, values, { ...values, education: '4', dibao: '1' })).toEqual({
      version: 4,
      education: '4',
      dibao: true,
    });
  });

  it('adds a person with the event, its date and what was filled in', () => {
    expect(
      addMemberBody(3, {
        event: 'birth',
        eventDate: '2024-05-01',
        note: '  ',
        member: { name: '王小宝', idNumber: '371324202405011234', relation: '07', health: null },
      }),
    ).toEqual({
      version: 3,
      event: 'birth',
      eventDate: '2024-05-01',
      member: { name: '王小宝', idNumber: '371324202405011234', relation: '07' },
    });
  });

  it('names a successor only for a head who leaves others, and the other household only for a move', () => {
    const values = {
      event: 'death' as const,
      eventDate: '2024-05-01',
      newHeadMemberId: 6,
      toHouseholdId: 9,
      relationInNewHousehold: '02',
    };
    expect(eventBody(4, values, true)).toEqual({
      version: 4,
      event: 'death',
      eventDate: '2024-05-01',
      newHeadMemberId: 6,
    });
    expect(eventBody(4, { ...values, event: 'move' }, false)).toEqual({
      version: 4,
      event: 'move',
      eventDate: '2024-05-01',
      toHouseholdId: 9,
      relationInNewHousehold: '02',
    });
  });

  it('knows the member paths of a form and when the details must open', () => {
    expect(isMemberPath('idNumber')).toBe(true);
    expect(isMemberPath('member.idNumber', 'member.')).toBe(true);
    expect(isMemberPath('member.sex', 'member.')).toBe(false);
    expect(isMemberPath('event', 'member.')).toBe(false);
    const issue = (field: string) => ({ field });
    expect(needsDetails([issue('member.idNumber')], 'member.')).toBe(false);
    expect(needsDetails([issue('member.migrantWorkMonths')], 'member.')).toBe(true);
    expect(needsDetails([issue('members.1.health')], 'members.0.')).toBe(false);
  });
});
