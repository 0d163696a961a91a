import type { PersonalKind } from './fields.ts';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from './fields.ts';
import { maskBankAccount, maskIdNumber, maskPhone } from './id-number.ts';

/** Personal fields by key, from the field lists. */
const PERSONAL = new Map<string, PersonalKind>(
  [...HOUSEHOLD_FIELDS, ...MEMBER_FIELDS].filter((s) => s.personal).map((s) => [s.key, s.personal!]),
);

export function maskValue(kind: PersonalKind, value: string): string {
  switch (kind) {
    case 'id':
      return maskIdNumber(value);
    case 'phone':
      return maskPhone(value);
    case 'bank':
      return maskBankAccount(value);
  }
}

export function isPersonalField(key: string): boolean {
  return PERSONAL.has(key);
}

/** A copy of `record` with its personal fields masked (for roles that do not need them). */
export function maskRecord<T extends Record<string, unknown>>(record: T): T {
  const out: Record<string, unknown> = { ...record };
  for (const [key, kind] of PERSONAL) {
    const v = out[key];
    if (typeof v === 'string' && v) out[key] = maskValue(kind, v);
  }
  return out as T;
}

/**
 * Masks a history value: a personal field's text, or the personal keys inside a JSON snapshot ('*') — also
 * those of each member of a household snapshot that lists its members (an imported household's '*' row).
 */
export function maskHistoryValue(field: string, value: string | null): string | null {
  if (value === null) return null;
  const kind = PERSONAL.get(field);
  if (kind) return maskValue(kind, value);
  if (field !== '*') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return value;
    const masked = maskRecord(parsed as Record<string, unknown>);
    if (Array.isArray(masked.members)) {
      masked.members = masked.members.map((m: unknown) =>
        m !== null && typeof m === 'object' && !Array.isArray(m)
          ? maskRecord(m as Record<string, unknown>)
          : m,
      );
    }
    return JSON.stringify(masked);
  } catch {
    return value;
  }
}
