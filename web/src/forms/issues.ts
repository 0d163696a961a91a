import { ApiError, type FieldIssue } from '../api/errors.ts';

/**
 * Where the server's complaints about fields go in a form, kept free of React so it can be tested. The server
 * names each bad field by its path in the request body (`facts.wageIncome`, `members.2.idNumber`); the forms
 * name their fields the same way.
 */

/**
 * The field issues of a failed request, or null when the failure is not about fields. Most come in `fields`;
 * a few rules name one field in `details.field` with the error's own message (a second head, a household
 * number already taken).
 */
export function issuesOf(error: unknown): FieldIssue[] | null {
  if (!(error instanceof ApiError)) return null;
  if (error.fields.length > 0) return [...error.fields];
  const field = error.details.field;
  if (typeof field === 'string' && error.serverMessage) {
    return [{ field, code: error.code, message: error.serverMessage }];
  }
  return null;
}

/** `facts.wageIncome` → ['facts', 'wageIncome']; `members.2.idNumber` → ['members', 2, 'idNumber']. */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Splits issues into those shown under a field of the form and the rest (shown above the form). */
export function placeIssues(
  issues: readonly FieldIssue[],
  isShown: (field: string) => boolean,
): { inline: FieldIssue[]; other: FieldIssue[] } {
  const inline: FieldIssue[] = [];
  const other: FieldIssue[] = [];
  for (const issue of issues) (isShown(issue.field) ? inline : other).push(issue);
  return { inline, other };
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/**
 * The dotted paths of the fields in a form's change event (antd's `onValuesChange` gives the changed part of
 * the values: `{facts: {wageIncome: 1}}`, `{members: [, {idNumber: 'x'}]}`). A list of plain values (a
 * multiple select) is one field.
 */
export function changedPaths(changed: unknown, prefix = ''): string[] {
  if (isPlain(changed)) return prefix ? [prefix] : [];
  if (Array.isArray(changed) && changed.every(isPlain)) return prefix ? [prefix] : [];
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  // Sparse arrays hold only the changed rows: Object.entries skips the holes.
  return Object.entries(changed as Record<string, unknown>).flatMap(([key, value]) =>
    value === undefined ? [] : changedPaths(value, at(key)),
  );
}
