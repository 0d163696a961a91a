import type { Message } from '../../app/errors.ts';
import { YEAR_FIELDS } from '../registry/fields.ts';

/**
 * 两不愁三保障 + safe water: enough food, enough clothing, compulsory education, basic medical care, safe
 * housing, safe drinking water. Each has a flag per household and year in household_years (`<key>_secure`).
 */
export const GUARANTEES = ['food', 'clothing', 'education', 'medical', 'housing', 'water'] as const;
export type Guarantee = (typeof GUARANTEES)[number];

export type GuaranteeState = 'secure' | 'not_secure' | 'unknown';

export function isGuarantee(value: unknown): value is Guarantee {
  return typeof value === 'string' && (GUARANTEES as readonly string[]).includes(value);
}

/** The key of the guarantee's flag among the yearly facts (registry/fields.ts): food → foodSecure. */
export function factKey(guarantee: Guarantee): string {
  return `${guarantee}Secure`;
}

/** The guarantee's name, taken from the yearly fact it is kept in, so the labels live in one place. */
export function guaranteeLabel(guarantee: Guarantee): Message {
  const spec = YEAR_FIELDS.find((s) => s.key === factKey(guarantee));
  return { zh: spec?.zh ?? guarantee, en: spec?.en ?? guarantee };
}
