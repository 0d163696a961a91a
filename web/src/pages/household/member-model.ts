import type { Member, MemberAdd, MemberEvent, MemberInput, MemberPatch } from '../../api/types.ts';
import { MEMBER_FORM_FIELDS, MEMBER_MAIN_KEYS } from './fields.ts';
import { changedValues, filledValues, toForm, type FormValue } from './form-model.ts';
import { reasonPart } from './correction.ts';

/**
 * The member forms' model, free of React so it can be tested: a member's form values, the bodies of adding,
 * changing and recording an event, and which server paths the forms show.
 */
export type MemberValues = Record<string, FormValue>;

export function toMemberValues(member: Member): MemberValues {
  const source = member as unknown as Record<string, unknown>;
  return Object.fromEntries(MEMBER_FORM_FIELDS.map((f) => [f.key, toForm(f, source[f.key])]));
}

/** A new member as the API wants it: what was filled in (the required fields are checked by the form). */
export function memberInputOf(values: Readonly<Record<string, unknown>> | undefined): MemberInput {
  const filled = filledValues(MEMBER_FORM_FIELDS, values);
  return { name: '', idNumber: '', relation: '', ...filled };
}

/** The PATCH body of a member: its version and what changed; null when nothing did. */
export function memberPatchOf(
  version: number,
  initial: MemberValues,
  current: Readonly<Record<string, unknown>>,
): MemberPatch | null {
  const changed = changedValues(MEMBER_FORM_FIELDS, initial, current);
  return Object.keys(changed).length === 0 ? null : { version, ...changed };
}

export interface AddMemberValues {
  event?: MemberAdd['event'];
  eventDate?: string;
  note?: string;
  reason?: string;
  member?: Record<string, unknown>;
}

export function addMemberBody(version: number, values: AddMemberValues): MemberAdd {
  const note = values.note?.trim();
  return {
    version,
    event: values.event ?? 'birth',
    eventDate: values.eventDate ?? '',
    ...(note ? { note } : {}),
    ...reasonPart(values.reason),
    member: memberInputOf(values.member),
  };
}

export interface EventValues {
  event?: MemberEvent['event'];
  eventDate?: string;
  note?: string;
  reason?: string;
  newHeadMemberId?: number;
  toHouseholdId?: number;
  relationInNewHousehold?: string;
}

/** Events by which a member leaves; `move` takes them to another household of the registry. */
export const LEAVE_EVENTS = [
  'death',
  'married_out',
  'moved_out',
  'imprisoned',
  'enlisted',
  'move',
  'other',
] as const satisfies readonly MemberEvent['event'][];

/** Events by which a person joins a household. */
export const JOIN_EVENTS = [
  'birth',
  'married_in',
  'moved_in',
  'other',
] as const satisfies readonly MemberAdd['event'][];

/**
 * The body of a member event: a successor only when the head leaves others behind, the other household and
 * the relation there only for a move.
 */
export function eventBody(version: number, values: EventValues, needsSuccessor: boolean): MemberEvent {
  const note = values.note?.trim();
  const move = values.event === 'move';
  return {
    version,
    event: values.event ?? 'other',
    eventDate: values.eventDate ?? '',
    ...(note ? { note } : {}),
    ...reasonPart(values.reason),
    ...(needsSuccessor && values.newHeadMemberId !== undefined
      ? { newHeadMemberId: values.newHeadMemberId }
      : {}),
    ...(move && values.toHouseholdId !== undefined ? { toHouseholdId: values.toHouseholdId } : {}),
    ...(move && values.relationInNewHousehold
      ? { relationInNewHousehold: values.relationInNewHousehold }
      : {}),
  };
}

const MEMBER_KEYS = new Set(MEMBER_FORM_FIELDS.map((f) => f.key as string));

/** Whether a server path is a member field of a form whose member fields sit under `prefix`. */
export function isMemberPath(field: string, prefix = ''): boolean {
  return field.startsWith(prefix) && MEMBER_KEYS.has(field.slice(prefix.length));
}

export const isMainKey = (key: string) => (MEMBER_MAIN_KEYS as readonly string[]).includes(key);

/** Whether the server complained about a detail field of the member under `prefix` (then they are shown). */
export function needsDetails(issues: readonly { field: string }[], prefix: string): boolean {
  return issues.some((i) => {
    if (!i.field.startsWith(prefix)) return false;
    const key = i.field.slice(prefix.length);
    return MEMBER_KEYS.has(key) && !isMainKey(key);
  });
}
