import type { Household, HouseholdPatch } from '../../api/types.ts';
import { reasonPart } from './correction.ts';
import { HOUSEHOLD_FORM_FIELDS, YEAR_FORM_FIELDS, type FormField } from './fields.ts';

/**
 * The household forms' model, kept free of React so it can be tested: form values from a household and back,
 * the PATCH body of what changed, and which of the server's field paths the forms show.
 */
export type FormValue = string | number | string[] | null;
export interface FormValues {
  [key: string]: FormValue | Record<string, FormValue>;
  facts: Record<string, FormValue>;
}

/** A masked value (`138****5678`) is what the server shows a role that may not see it. */
export function isMasked(value: unknown): boolean {
  return typeof value === 'string' && value.includes('*');
}

/** Booleans are edited through the yes_no code table ('1' 是 / '0' 否) so their labels come from the server. */
export function toForm(field: FormField, value: unknown): FormValue {
  if (value === null || value === undefined) return field.kind === 'codes' ? [] : null;
  if (field.kind === 'boolean') return value ? '1' : '0';
  if (field.kind === 'codes') return Array.isArray(value) ? value.map(String) : [];
  if (typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

export function fromForm(field: FormField, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return field.kind === 'codes' ? [] : null;
  if (field.kind === 'boolean') return value === '1';
  if (field.kind === 'text' && typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return value;
}

/** The form's values of `fields` as the API wants them, leaving out what was not filled in (for new records). */
export function filledValues(
  fields: readonly FormField[],
  values: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const filled: Record<string, unknown> = {};
  for (const f of fields) {
    const value = fromForm(f, values?.[f.key]);
    if (value !== null && !(Array.isArray(value) && value.length === 0)) filled[f.key] = value;
  }
  return filled;
}

export function toFormValues(household: Household): FormValues {
  const values: FormValues = { facts: {} };
  const source = household as unknown as Record<string, unknown>;
  for (const f of HOUSEHOLD_FORM_FIELDS) values[f.key] = toForm(f, source[f.key]);
  const facts = (household.facts ?? {}) as Record<string, unknown>;
  for (const f of YEAR_FORM_FIELDS) values.facts[f.key] = toForm(f, facts[f.key]);
  return values;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose value differs from what was loaded, as the API wants them. */
export function changedValues(
  fields: readonly FormField[],
  initial: Readonly<Record<string, unknown>>,
  current: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const f of fields) {
    const before = fromForm(f, initial[f.key]);
    const after = fromForm(f, current[f.key]);
    if (!same(before, after)) changed[f.key] = after;
  }
  return changed;
}

/**
 * The PATCH body: the version read, and only the fields the user changed (so a masked phone is never written
 * back, and two people changing different fields do not undo each other). Null when nothing changed.
 */
export function patchOf(
  version: number,
  year: number,
  initial: FormValues,
  current: Partial<FormValues>,
): HouseholdPatch | null {
  const household = changedValues(HOUSEHOLD_FORM_FIELDS, initial, current);
  const facts = changedValues(YEAR_FORM_FIELDS, initial.facts, current.facts ?? {});
  const hasFacts = Object.keys(facts).length > 0;
  if (Object.keys(household).length === 0 && !hasFacts) return null;
  // The reason goes with changed facts only: it is why a closed year's facts change (correction.ts).
  return { version, ...household, ...(hasFacts ? { year, facts, ...reasonPart(current.reason) } : {}) };
}

/** The changes of a PATCH body as field and value, to list what the user had typed after a reload. */
export function typedOf(patch: Readonly<Record<string, unknown>>): { key: string; value: unknown }[] {
  const fields = Object.entries(patch).filter(
    ([key]) => !['version', 'year', 'facts', 'reason'].includes(key),
  );
  const facts = Object.entries((patch.facts ?? {}) as Record<string, unknown>);
  return [...fields, ...facts].map(([key, value]) => ({ key, value }));
}

const HOUSEHOLD_PATHS = new Set([
  'reason',
  ...HOUSEHOLD_FORM_FIELDS.map((f) => f.key),
  ...YEAR_FORM_FIELDS.map((f) => `facts.${f.key}`),
]);

/** Whether a field path of the server is one of the household fields the forms show. */
export function isHouseholdPath(field: string): boolean {
  return HOUSEHOLD_PATHS.has(field);
}
