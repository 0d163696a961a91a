import { DomainError, invalidFields, type FieldIssue } from '../../app/errors.ts';
import { isCalendarDate } from './dates.ts';
import { ORDINARY_TYPE, YEAR_FIELDS, type StandingProcedure } from './fields.ts';
import { PROCEDURE_NAMES } from './standing-guard.ts';
import type { StandingChange } from './standing.ts';
import { checkFields, type Values } from './validate.ts';

/** The checks of applyStanding (standing.ts): a batch's own shape, then each year row against its decision. */

const pickKeys = (values: Values, keys: readonly string[]): Values =>
  Object.fromEntries(keys.map((k) => [k, values[k] ?? null]));

/** The changes' own shape: codes of their lists, the inputs each procedure needs, one change per year row. */
export function checkChanges(changes: readonly StandingChange[], today: string): void {
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  changes.forEach((c, i) => {
    const at = `changes.${i}.`;
    const need = (field: string, ok: boolean, zh: string, en: string) => {
      if (!ok) issues.push({ field: at + field, code: 'REQUIRED', message: { zh, en } });
    };
    checkFields(
      YEAR_FIELDS,
      pickKeys({ ...c }, ['householdType', 'mainCause', 'secondaryCauses', 'monitoringType', 'riskTypes']),
      at,
      issues,
    );
    need(
      'date',
      isCalendarDate(c.date) && c.date <= today,
      '批准日期无效',
      'The approval date is not a date up to today',
    );
    if (c.procedure === 'identification')
      need(
        'householdType',
        c.householdType !== undefined,
        '识别须给出户类型',
        'Identification needs the household type',
      );
    if (c.householdType === ORDINARY_TYPE)
      need('householdType', false, '贫困户的户类型不能为一般农户', 'A poor household is not of type 00');
    if (c.procedure === 'monitoring')
      need(
        'monitoringType',
        c.monitoringType !== undefined && (c.riskTypes?.length ?? 0) > 0,
        '纳入监测须给出监测对象类型和风险类型',
        'Monitoring needs the monitoring type and the risk types',
      );
    // One row per household in each statement: two decisions about one household are two calls.
    need(
      'householdId',
      !seen.has(c.householdId),
      '同一户在一批中只能有一项决定',
      'One decision per household in a batch',
    );
    seen.add(c.householdId);
  });
  if (issues.length) throw invalidFields(issues);
}

/** What the year row must already hold for the decision to leave it whole (the table's checks, in words). */
export function checkRow(c: StandingChange, row: Values): void {
  if (c.procedure === 'identification' && c.mainCause === undefined && row.mainCause == null)
    throw invalidFields([
      {
        field: 'mainCause',
        code: 'REQUIRED',
        message: { zh: '识别须给出主要致贫原因', en: 'Identification needs the main poverty cause' },
      },
    ]);
  if (c.procedure === 'risk_elimination' && row.monitoringState !== '1')
    throw new DomainError(
      'rule',
      'NOT_MONITORED',
      {
        zh: `该户 ${c.year} 年度不在监测中，无风险可消除`,
        en: `The household is not under monitoring in ${c.year}: there is no risk to eliminate`,
      },
      { householdId: c.householdId, year: c.year },
    );
  // Each decision starts from the standing its procedure is for, so no row ends half poor (a status without
  // a cause): identification of a household never identified, exit of a poor one, return of an exited one.
  const from = FROM_STATUS[c.procedure];
  const status = (row.status as string | null | undefined) ?? null;
  if (from && !from.includes(status))
    throw new DomainError(
      'rule',
      'WRONG_STANDING',
      {
        zh: `该户 ${c.year} 年度的户状态（${status ?? '无'}）不能办理${PROCEDURE_NAMES[c.procedure].zh}`,
        en: `The household's status in ${c.year} (${status ?? 'none'}) does not allow ${PROCEDURE_NAMES[c.procedure].en}`,
      },
      { householdId: c.householdId, year: c.year, status },
    );
}

/** The statuses each procedure starts from (monitoring: any but cancelled). */
const FROM_STATUS: Readonly<Record<StandingProcedure, readonly (string | null)[] | undefined>> = {
  identification: [null],
  return: ['02'],
  exit: ['01', '03'],
  monitoring: [null, '01', '02', '03'],
  risk_elimination: undefined,
};
