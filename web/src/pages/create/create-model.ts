import type { HouseholdCreate } from '../../api/types.ts';
import { HOUSEHOLD_FORM_FIELDS, ORDINARY_TYPE, YEAR_FORM_FIELDS } from '../household/fields.ts';
import { filledValues, isHouseholdPath, type FormValue } from '../household/form-model.ts';
import { isMemberPath, memberInputOf } from '../household/member-model.ts';

/**
 * The new-household form's model, free of React so it can be tested: the form's values (shaped like the
 * request, so the server's field paths name the form's fields), the request body, and which paths the form
 * shows.
 */
export interface CreateValues {
  householdNo?: string;
  regionCode?: string;
  year?: number;
  facts?: Record<string, FormValue>;
  members?: Record<string, FormValue>[];
  [key: string]: unknown;
}

/**
 * A new form: an ordinary household (type 00 一般农户, no status — the procedures identify or monitor it) with
 * one row for the head, who every household has.
 */
export function emptyValues(regionCode: string | undefined, year: number): CreateValues {
  return { regionCode, year, facts: { householdType: ORDINARY_TYPE }, members: [{ relation: '01' }] };
}

export function createBody(values: CreateValues): HouseholdCreate {
  return {
    ...filledValues(
      HOUSEHOLD_FORM_FIELDS.filter((f) => !f.setBy),
      values,
    ),
    householdNo: values.householdNo?.trim() ?? '',
    regionCode: values.regionCode ?? '',
    year: values.year ?? 0,
    facts: filledValues(
      YEAR_FORM_FIELDS.filter((f) => !f.setBy),
      values.facts,
    ),
    members: (values.members ?? []).map(memberInputOf),
  };
}

const OWN = new Set(['householdNo', 'regionCode', 'year', 'members']);

/** Whether the form has a field for a path the server names (`members` is the roster as a whole). */
export function isCreatePath(field: string): boolean {
  if (OWN.has(field) || isHouseholdPath(field)) return true;
  const row = /^members\.\d+\./.exec(field);
  return row !== null && isMemberPath(field, row[0]);
}
