import type { FormValues } from './form-model.ts';

/**
 * An unsaved edit, kept in this tab's sessionStorage while the user types, so an expired session (login and
 * back) or a reload does not lose it. It carries the version and values it was based on, so saving it later
 * still meets the version check. Cleared on save and on cancel; gone when the tab closes.
 */
export interface Draft {
  version: number;
  base: FormValues;
  values: FormValues;
}

const keyOf = (householdId: number, year: number) => `zhenfu.draft.household.${householdId}.${year}`;

export function readDraft(householdId: number, year: number): Draft | undefined {
  try {
    const text = sessionStorage.getItem(keyOf(householdId, year));
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<Draft>;
    if (typeof draft.version !== 'number' || !draft.base || !draft.values) return undefined;
    return draft as Draft;
  } catch {
    return undefined;
  }
}

export function writeDraft(householdId: number, year: number, draft: Draft): void {
  try {
    sessionStorage.setItem(keyOf(householdId, year), JSON.stringify(draft));
  } catch {
    // No storage (private mode, full): the form still works, only without this safety net.
  }
}

export function clearDraft(householdId: number, year: number): void {
  try {
    sessionStorage.removeItem(keyOf(householdId, year));
  } catch {
    // As above.
  }
}
