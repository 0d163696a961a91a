import type { PersonalKind } from './fields.ts';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from './fields.ts';
import { maskBankAccount, maskCertificate, maskIdNumber, maskPhone } from './id-number.ts';

/**
 * How each kind of personal value is masked. What a role sees of a whole record — which fields, the age
 * instead of the birth date — is decided once, by the presenter in src/modules/privacy/present.ts.
 */

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
    case 'cert':
      return maskCertificate(value);
  }
}

/** The kind of personal data a registry field holds (household and member fields by key), if any. */
export function personalKindOf(key: string): PersonalKind | undefined {
  return PERSONAL.get(key);
}

export function isPersonalField(key: string): boolean {
  return PERSONAL.has(key);
}
