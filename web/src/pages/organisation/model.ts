import { ApiError } from '../../api/errors.ts';
import type { TeamMember } from './api.ts';

/** Where each refusal of the rules that names no field belongs in its form. */
const PLACED: Readonly<Record<string, string>> = {
  TEAM_TOO_SMALL: 'members',
  TEAM_TERM_TOO_SHORT: 'termTo',
  PAIRING_EXISTS: 'householdId',
};

/**
 * Refusals the rules give without naming a field, placed under the field they are about so the user sees
 * them where the change is to be made (a team too small → its members, a term too short → its end).
 */
export function placeRefusal(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.fields.length > 0 || !error.serverMessage) return error;
  const field = PLACED[error.code];
  if (!field) return error;
  return new ApiError(error.status, error.code, error.serverMessage, [
    { field, code: error.code, message: error.serverMessage },
  ]);
}

/** The fields whose value differs from what the form loaded: a masked phone is never written back. */
export function changedValues<V extends object>(loaded: V, values: V): Partial<V> {
  const changed: Partial<V> = {};
  for (const key of Object.keys(values) as (keyof V)[]) {
    const before = loaded[key] ?? null;
    const after = values[key] ?? null;
    if (JSON.stringify(before) !== JSON.stringify(after)) changed[key] = values[key];
  }
  return changed;
}

/** A new record leaves out what was not filled, rather than sending empty values. */
export function compact<V extends object>(values: V): Partial<V> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as Partial<V>;
}

/** The members serving now (no end date), leader and first secretary first. */
export function currentMembers(members: readonly TeamMember[]): TeamMember[] {
  const order = { leader: 0, first_secretary: 1, member: 2 } as const;
  return members.filter((m) => m.to === null).sort((a, b) => order[a.role] - order[b.role]);
}

/** An empty cell says so: a cadre without a phone or post shows a dash, not a blank that looks unloaded. */
export const orDash = (value: string | null | undefined): string => value || '—';
