import type { FieldIssue, Message } from '../../app/errors.ts';
import { codeLabel, isCode } from './codes.ts';
import { collect, isCalendarDate, yearIssue } from './dates.ts';
import {
  HEAD_RELATION,
  HOUSEHOLD_FIELDS,
  MEMBER_FIELDS,
  ORDINARY_TYPE,
  REQUIRED_MEMBER_FIELDS,
  REQUIRED_ORDINARY_YEAR_FIELDS,
  REQUIRED_YEAR_FIELDS,
  YEAR_FIELDS,
  type FieldSpec,
} from './fields.ts';
import { parseIdNumber } from './id-number.ts';

/**
 * Domain validation shared by the API and the import: every problem is collected (never just the first), each
 * naming its field in the caller's terms (`members.2.idNumber` for the API, a column for the import).
 */
export type Values = Record<string, unknown>;

function issue(issues: FieldIssue[], field: string, code: string, message: Message): void {
  issues.push({ field, code, message });
}

/**
 * A mainland phone number: a mobile (1 and 10 digits) or a landline (area code 0 and 2–3 digits, a local
 * number of 7–8 digits, an optional extension), with or without the hyphens. Anything else in a phone field
 * is a typing slip or a value in the wrong column, and a clerk who cannot call the household finds out late.
 */
const MOBILE = /^1\d{10}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
export function isPhoneNumber(value: string): boolean {
  return MOBILE.test(value) || LANDLINE.test(value);
}

function checkValue(spec: FieldSpec, value: unknown, field: string, issues: FieldIssue[]): void {
  const label = { zh: spec.zh, en: spec.en };
  switch (spec.kind) {
    case 'text':
      if (typeof value !== 'string' || value.length > (spec.max ?? 100)) {
        issue(issues, field, 'TEXT', {
          zh: `${label.zh}应为不超过${spec.max}字的文本`,
          en: `${label.en} must be text of at most ${spec.max} characters`,
        });
      } else if (spec.format === 'phone' && !isPhoneNumber(value)) {
        issue(issues, field, 'PHONE', {
          zh: `${label.zh}应为手机号码（1开头的11位数字）或固定电话（区号0xx(x)-7至8位号码，可带分机号）`,
          en: `${label.en} must be a mobile number (11 digits starting with 1) or a landline (area code 0xx(x)-7 to 8 digits, optional extension)`,
        });
      }
      return;
    case 'code':
      if (typeof value !== 'string' || !spec.list || !isCode(spec.list, value)) {
        issue(issues, field, 'UNKNOWN_CODE', {
          zh: `${label.zh}代码无效：${String(value)}`,
          en: `Unknown ${label.en} code: ${String(value)}`,
        });
      }
      return;
    case 'codes':
      if (
        !Array.isArray(value) ||
        !value.every((v) => typeof v === 'string' && spec.list && isCode(spec.list, v))
      ) {
        issue(issues, field, 'UNKNOWN_CODE', {
          zh: `${label.zh}含无效代码`,
          en: `${label.en} contains an unknown code`,
        });
      }
      return;
    case 'integer':
    case 'decimal':
    case 'money': {
      const ok =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (spec.kind !== 'integer' || Number.isInteger(value)) &&
        value >= (spec.min ?? -Infinity) &&
        value <= (spec.max ?? Infinity);
      if (!ok) {
        issue(issues, field, 'NUMBER', {
          zh: `${label.zh}应为${spec.min ?? ''}到${spec.max ?? ''}之间的${spec.kind === 'integer' ? '整数' : '数字'}`,
          en: `${label.en} must be a ${spec.kind === 'integer' ? 'whole number' : 'number'} from ${spec.min} to ${spec.max}`,
        });
      }
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean')
        issue(issues, field, 'BOOLEAN', { zh: `${label.zh}应为是或否`, en: `${label.en} must be yes or no` });
      return;
    case 'date':
      if (typeof value !== 'string' || !isCalendarDate(value))
        issue(issues, field, 'DATE', {
          zh: `${label.zh}应为有效日期（年-月-日，如 2021-03-15）`,
          en: `${label.en} must be a real date written YYYY-MM-DD`,
        });
      return;
  }
}

/** Checks the fields present in `values` (absent or null fields are skipped: they are optional or cleared). */
export function checkFields(
  specs: readonly FieldSpec[],
  values: Values,
  prefix: string,
  issues: FieldIssue[],
): void {
  for (const spec of specs) {
    const value = values[spec.key];
    if (value === undefined || value === null) continue;
    checkValue(spec, value, prefix + spec.key, issues);
  }
}

function requireFields(
  keys: readonly string[],
  values: Values,
  prefix: string,
  specs: readonly FieldSpec[],
  issues: FieldIssue[],
): void {
  for (const key of keys) {
    const value = values[key];
    if (value === undefined || value === null || value === '') {
      const spec = specs.find((s) => s.key === key);
      issue(issues, prefix + key, 'REQUIRED', {
        zh: `${spec?.zh ?? key}不能为空`,
        en: `${spec?.en ?? key} is required`,
      });
    }
  }
}

export interface PersonFromId {
  idNumber: string;
  sex: '1' | '2';
  birthDate: string;
}

/**
 * Validates a member: required fields, field values, the ID number and, when a sex is given, that it agrees with
 * the ID. Returns the facts the ID carries (normalised ID, sex, birth date), or undefined when the ID is bad.
 * `partial` is for updates, where absent fields keep their values.
 */
export function validateMember(
  values: Values,
  prefix: string,
  today: string,
  issues: FieldIssue[],
  partial = false,
): PersonFromId | undefined {
  if (!partial) requireFields(REQUIRED_MEMBER_FIELDS, values, prefix, MEMBER_FIELDS, issues);
  checkFields(MEMBER_FIELDS, values, prefix, issues);
  if (typeof values.idNumber !== 'string' || values.idNumber === '') return undefined;
  const parsed = parseIdNumber(values.idNumber, today);
  if (!parsed.ok) {
    issue(issues, `${prefix}idNumber`, parsed.error, parsed.message);
    return undefined;
  }
  if (values.sex !== undefined && values.sex !== null && values.sex !== parsed.sex) {
    issue(issues, `${prefix}sex`, 'SEX_CONTRADICTS_ID', {
      zh: `性别与证件号码不符（证件号码表明为${codeLabel('sex', parsed.sex, 'zh')}）`,
      en: `Sex contradicts the ID number (which says ${codeLabel('sex', parsed.sex, 'en')})`,
    });
  }
  return { idNumber: parsed.idNumber, sex: parsed.sex, birthDate: parsed.birthDate };
}

/**
 * Validates yearly facts; `partial` for updates of a year that exists. An ordinary household (type 00) needs
 * neither a status nor a main cause; a monitored one has both a monitoring type and a state (the database's
 * CHECK says the same, this says it in words).
 */
export function validateFacts(values: Values, prefix: string, issues: FieldIssue[], partial = false): void {
  if (!partial) {
    const required =
      values.householdType === ORDINARY_TYPE ? REQUIRED_ORDINARY_YEAR_FIELDS : REQUIRED_YEAR_FIELDS;
    requireFields(required, values, prefix, YEAR_FIELDS, issues);
    const given = (key: string) => values[key] !== undefined && values[key] !== null;
    if (given('monitoringType') !== given('monitoringState'))
      requireFields(
        [given('monitoringType') ? 'monitoringState' : 'monitoringType'],
        {},
        prefix,
        YEAR_FIELDS,
        issues,
      );
  }
  checkFields(YEAR_FIELDS, values, prefix, issues);
}

const identifiedSpec = HOUSEHOLD_FIELDS.find((s) => s.key === 'identifiedYear')!;
const IDENTIFIED_YEAR = { zh: identifiedSpec.zh, en: identifiedSpec.en };

/** Household fields; a year of identification after today's year is not yet a fact. */
export function validateHouseholdFields(
  values: Values,
  prefix: string,
  issues: FieldIssue[],
  today: string,
): void {
  const before = issues.length;
  checkFields(HOUSEHOLD_FIELDS, values, prefix, issues);
  const identified = values.identifiedYear;
  const field = `${prefix}identifiedYear`;
  // A malformed year was named above already; only a well-formed one is checked against the calendar.
  if (typeof identified !== 'number' || issues.slice(before).some((i) => i.field === field)) return;
  collect(issues, yearIssue(identified, field, IDENTIFIED_YEAR, today));
}

/** Exactly one head, and no ID number twice within one household. */
export function checkRoster(members: readonly Values[], field: string, issues: FieldIssue[]): void {
  const heads = members.filter((m) => m.relation === HEAD_RELATION).length;
  if (heads !== 1) {
    issue(issues, field, heads === 0 ? 'NO_HEAD' : 'TWO_HEADS', {
      zh: heads === 0 ? '户内必须有一名户主' : `户内只能有一名户主（现有${heads}名）`,
      en:
        heads === 0
          ? 'A household needs exactly one head'
          : `A household has exactly one head (found ${heads})`,
    });
  }
  const seen = new Set<string>();
  members.forEach((m, i) => {
    const id = typeof m.idNumber === 'string' ? m.idNumber.trim().toUpperCase() : '';
    if (id && seen.has(id)) {
      issue(issues, `${field}.${i}.idNumber`, 'DUPLICATE_IN_HOUSEHOLD', {
        zh: '同一证件号码在户内出现两次',
        en: 'The same ID number appears twice in the household',
      });
    }
    seen.add(id);
  });
}
