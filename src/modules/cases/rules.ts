import type { Queryable } from '../../db/types.ts';
import { caseType, type CaseType } from './transitions.ts';
import { readProcedureSettings, rulesOfProvince } from '../settings/procedures.ts';

/**
 * The rules of the statutory procedures that a province may set for itself (PRODUCT.md: "make such rules
 * configurable per province"): how long a notice lasts, whether a household identified this year may exit
 * this year, the exit thresholds of villages and counties, and the deadlines of the timers. They live in the
 * `procedures` setting (settings/procedures.ts): defaults, the western provinces' incidence threshold, and
 * per-province overrides. Days are calendar days.
 */
export interface ProcedureRules {
  /** A notice ends no earlier than its posting date + these days (monitoring and risk elimination: `monitoring`). */
  noticeDays: { default: number; monitoring: number };
  /** Some provinces forbid a household identified this year from exiting the same year. */
  forbidExitInIdentificationYear: boolean;
  /** A village or county exits with a poverty incidence below this (0.02; 0.03 in the west). */
  incidenceThreshold: number;
  /** County exit: wrong-exit rate < wrongExit, missed-identification rate < missed, public approval ≥ approval. */
  countyThresholds: { wrongExit: number; missed: number; approval: number };
  /** A monitoring case is decided within these days of its lead. */
  monitoringClockDays: number;
  /** Assistance starts within these days of registration. */
  assistanceStartDays: number;
  /** Case type → stage → days a case may stay there; `*` stands for any type or stage not named. */
  stageLimitDays: Record<string, Record<string, number>>;
  /** The casework's rules (issue 13). */
  casework: CaseworkRules;
}

/** The rules of the people and casework a province may set (PRODUCT.md: work teams, attendance). */
export interface CaseworkRules {
  /** A work team has at least this many members (3). */
  teamMinMembers: number;
  /** A work team's term lasts at least these years (2). */
  teamMinTermYears: number;
  /** A resident cadre is in the village at least this share of the working days, per month and year (most: 0.5). */
  residentShareOfWorkingDays: number;
  /** Where a province counts days a year instead (220 in one province); null where it does not. */
  residentDaysPerYear: number | null;
  /** A paired household is visited at least every these days: "my households" says when the next is due. */
  visitIntervalDays: number;
  /** A problem is due these days after it is found, unless a due date is given. */
  problemDueDays: number;
  /** Days overdue before an open problem goes to the town's inbox, then to the county's. */
  escalationDays: { town: number; county: number };
}

/** The least number of days a notice of this case type stays up. */
export function noticeDaysFor(rules: ProcedureRules, type: CaseType): number {
  // Which period a type keeps is the transition table's (`noticePeriod`); how long it is, the province's.
  return rules.noticeDays[caseType(type).noticePeriod];
}

/** The days a case of this type may stay in this stage: the most specific entry of stageLimitDays wins. */
export function stageLimitFor(rules: ProcedureRules, caseType: string, stage: string): number | null {
  const limits = rules.stageLimitDays;
  return (
    limits[caseType]?.[stage] ?? limits[caseType]?.['*'] ?? limits['*']?.[stage] ?? limits['*']?.['*'] ?? null
  );
}

/** The province of a region code of any length: its first two digits. */
const provinceOf = (regionCode: string) => regionCode.slice(0, 2);

/** The rules in force for a region: its province's, overrides applied. */
export async function rulesFor(q: Queryable, regionCode: string): Promise<ProcedureRules> {
  return rulesOfProvince(await readProcedureSettings(q), provinceOf(regionCode));
}

/** The rules of every province of these regions in one read, keyed by province (two digits). */
export async function rulesForMany(
  q: Queryable,
  regionCodes: string[],
): Promise<Map<string, ProcedureRules>> {
  const settings = await readProcedureSettings(q);
  const provinces = new Set(regionCodes.map(provinceOf));
  return new Map([...provinces].map((p) => [p, rulesOfProvince(settings, p)]));
}
