import { describe, expect, it } from 'vitest';
import {
  HOUSEHOLD_FIELDS,
  MEMBER_FIELDS as SERVER_MEMBER_FIELDS,
  REQUIRED_MEMBER_FIELDS,
  REQUIRED_ORDINARY_YEAR_FIELDS,
  YEAR_FIELDS,
} from '../../src/modules/registry/fields.ts';
import {
  HOUSEHOLD_FORM_FIELDS,
  MEMBER_FIELDS,
  MEMBER_FORM_FIELDS,
  MEMBER_MAIN_KEYS,
  REQUIRED_YEAR_KEYS,
  YEAR_FORM_FIELDS,
  type FormField,
} from '../src/pages/household/fields.ts';

/** The console's field lists must follow the server's (keys, kinds, code lists, personal data). */
const shape = (fields: readonly { key: string; kind: string; list?: string; personal?: unknown }[]) =>
  fields.map((f) => ({ key: f.key, kind: f.kind, list: f.list ?? null, personal: Boolean(f.personal) }));

describe('console field lists', () => {
  it('household and yearly fields agree with src/modules/registry/fields.ts', () => {
    expect(shape(HOUSEHOLD_FORM_FIELDS)).toEqual(shape(HOUSEHOLD_FIELDS));
    expect(shape(YEAR_FORM_FIELDS)).toEqual(shape(YEAR_FIELDS));
  });

  it('member fields agree, plus sex (which the server derives from the ID number)', () => {
    const web: readonly FormField[] = MEMBER_FIELDS.filter((f) => f.key !== 'sex');
    expect(shape(web)).toEqual(shape(SERVER_MEMBER_FIELDS));
  });

  it('asks for what the server requires of a new household and member', () => {
    // The console registers ordinary households only (the standing comes from the procedures).
    expect([...REQUIRED_YEAR_KEYS]).toEqual([...REQUIRED_ORDINARY_YEAR_FIELDS]);
    expect([...MEMBER_MAIN_KEYS]).toEqual([...REQUIRED_MEMBER_FIELDS]);
    expect(shape(MEMBER_FORM_FIELDS)).toEqual(shape(SERVER_MEMBER_FIELDS));
  });
});
