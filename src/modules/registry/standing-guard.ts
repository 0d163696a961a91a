import { fieldRules, type DomainError, type FieldIssue, type Message } from '../../app/errors.ts';
import {
  HOUSEHOLD_FIELDS,
  ORDINARY_TYPE,
  STANDING_FIELDS,
  YEAR_FIELDS,
  type StandingProcedure,
} from './fields.ts';
import type { Values } from './validate.ts';

/**
 * A household's standing is read-only outside the procedures (fields.ts, STANDING_FIELDS): an edit, a new
 * household or a new year's facts that would change it is refused with 422 STATUS_BY_PROCEDURE, each field
 * named with the procedure to use. Giving the value the household already has is no change, so a form may
 * send its fields back as they were.
 */
export const PROCEDURE_NAMES: Readonly<Record<StandingProcedure, Message>> = {
  identification: { zh: '贫困户识别程序', en: 'the identification procedure' },
  return: { zh: '返贫程序', en: 'the return-to-poverty procedure' },
  exit: { zh: '贫困户退出程序', en: 'the exit procedure' },
  monitoring: { zh: '监测对象识别程序', en: 'the monitoring procedure' },
  risk_elimination: { zh: '风险消除程序', en: 'the risk-elimination procedure' },
};

/** The standing of a household that was never identified nor monitored: what a new household is given. */
export const ORDINARY_STANDING: Readonly<Values> = { householdType: ORDINARY_TYPE };

const YEAR_STANDING = YEAR_FIELDS.filter((s) => s.key in STANDING_FIELDS);

/** The standing facts of a year row (with its household type), to carry over to a new year of the household. */
export function yearStandingOf(row: Values): Values {
  const out: Values = { householdType: row.householdType };
  for (const s of YEAR_STANDING) out[s.key] = row[s.key] ?? (s.kind === 'codes' ? [] : null);
  return out;
}

/** null, undefined and an empty list all mean "none". */
function normalised(value: unknown): string {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return 'null';
  return JSON.stringify(value);
}

function issueOf(field: string, label: Message, procedures: readonly StandingProcedure[]): FieldIssue {
  const zh = procedures.map((p) => PROCEDURE_NAMES[p].zh).join('、');
  const en = procedures.map((p) => PROCEDURE_NAMES[p].en).join(' or ');
  return {
    field,
    code: 'STATUS_BY_PROCEDURE',
    message: {
      zh: `${label.zh}只能通过${zh}变更`,
      en: `${label.en} changes only through ${en}`,
    },
  };
}

const TYPE_LABEL = { zh: '户类型（一般农户与贫困户之间）', en: 'household type (to or from ordinary)' };

/**
 * The issues of `input` against the standing a household has (`current`): each standing field given with
 * another value, and a household type moved to or from 00. Keys absent from `input` are not changes.
 */
export function standingChanges(current: Values, input: Values, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, procedures] of Object.entries(STANDING_FIELDS)) {
    if (input[key] === undefined || normalised(input[key]) === normalised(current[key])) continue;
    issues.push(issueOf(prefix + key, labelOf(key), procedures));
  }
  const type = input.householdType;
  if (
    type !== undefined &&
    type !== null &&
    (type === ORDINARY_TYPE) !== (current.householdType === ORDINARY_TYPE)
  )
    issues.push(issueOf(`${prefix}householdType`, TYPE_LABEL, ['identification']));
  return issues;
}

export function refuseStanding(issues: FieldIssue[]): DomainError {
  return fieldRules('STATUS_BY_PROCEDURE', issues);
}

const LABELS: ReadonlyMap<string, Message> = new Map(
  [...HOUSEHOLD_FIELDS, ...YEAR_FIELDS].map((s) => [s.key, { zh: s.zh, en: s.en }]),
);
const labelOf = (key: string): Message => LABELS.get(key) ?? { zh: key, en: key };
