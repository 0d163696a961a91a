import type { Household, HouseholdPatch } from '../../api/types.ts';
import type { FieldIssue } from '../../api/errors.ts';
import { HOUSEHOLD_FORM_FIELDS, YEAR_FORM_FIELDS, type FormField } from './fields.ts';

/**
 * The edit form's model, kept free of React so it can be tested: the form's values from a household, the
 * PATCH body of what changed, and where each of the server's field errors belongs in the form.
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
function toForm(field: FormField, value: unknown): FormValue {
  if (value === null || value === undefined) return field.kind === 'codes' ? [] : null;
  if (field.kind === 'boolean') return value ? '1' : '0';
  if (field.kind === 'codes') return Array.isArray(value) ? value.map(String) : [];
  if (typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

function fromForm(field: FormField, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return field.kind === 'codes' ? [] : null;
  if (field.kind === 'boolean') return value === '1';
  if (field.kind === 'text' && typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return value;
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
  initial: Record<string, unknown>,
  current: Record<string, unknown>,
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
  return { version, ...household, ...(hasFacts ? { year, facts } : {}) };
}

/** `facts.wageIncome` → ['facts', 'wageIncome']; `members.2.idNumber` → ['members', 2, 'idNumber']. */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const FORM_NAMES = new Set([
  ...HOUSEHOLD_FORM_FIELDS.map((f) => f.key),
  ...YEAR_FORM_FIELDS.map((f) => `facts.${f.key}`),
]);

/** Splits the server's issues into those shown under a field of the form and the rest. */
export function placeIssues(issues: readonly FieldIssue[]): { inline: FieldIssue[]; other: FieldIssue[] } {
  const inline: FieldIssue[] = [];
  const other: FieldIssue[] = [];
  for (const issue of issues) (FORM_NAMES.has(issue.field) ? inline : other).push(issue);
  return { inline, other };
}
