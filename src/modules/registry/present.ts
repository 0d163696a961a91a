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

/** Masks a history value: a personal field's text, or the personal keys inside a JSON snapshot ('*'). */
export function maskHistoryValue(field: string, value: string | null): string | null {
  if (value === null) return null;
  const kind = PERSONAL.get(field);
  if (kind) return maskValue(kind, value);
  if (field !== '*') return value;
  try {
    return JSON.stringify(maskRecord(JSON.parse(value) as Record<string, unknown>));
  } catch {
    return value;
  }
}
