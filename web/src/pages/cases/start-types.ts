import type { CaseType } from './api.ts';

/** The household's standing as the household page reads it (facts of the year). */
export interface Standing {
  householdType: string | null | undefined;
  status: string | null | undefined;
  /** 1 监测中 (under monitoring), 2 风险已消除; absent before the registry records monitoring. */
  monitoringState?: string | null | undefined;
}

export type HouseholdCaseType = Extract<
  CaseType,
  'identification' | 'exit' | 'return' | 'monitoring' | 'risk_elimination'
>;

/**
 * The procedures a household may start, by its standing: identification for an ordinary household (type 00)
 * without a status, exit for a poor or returned household (01/03), return for an exited one (02), monitoring
 * for an ordinary or exited household not under monitoring, risk elimination for one under monitoring; none
 * of a type the household already has open (the server refuses a second one with CASE_EXISTS anyway).
 */
export function startableTypes(standing: Standing, openTypes: readonly string[]): HouseholdCaseType[] {
  const { householdType, status, monitoringState } = standing;
  const ordinary = householdType === '00' && !status;
  const monitored = monitoringState === '1';
  const types: HouseholdCaseType[] = [];
  if (ordinary) types.push('identification');
  if (status === '01' || status === '03') types.push('exit');
  if (status === '02') types.push('return');
  if ((ordinary || status === '02') && !monitored) types.push('monitoring');
  if (monitored) types.push('risk_elimination');
  return types.filter((type) => !openTypes.includes(type));
}
