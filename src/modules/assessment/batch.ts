import type { Queryable } from '../../db/types.ts';
import { YEAR_SELECT, type YearRow } from '../registry/repo.ts';
import { STANDARD_SELECT, presentRow, type StandardRow } from '../standards/repo.ts';
import { resolvedOf, type ResolvedStandard } from '../standards/resolve.ts';
import { assessIncome, resolveGuarantee, verdictsOf, type GuaranteeResult, type Verdict } from './assess.ts';
import { deriveGuarantees, type MemberFacts } from './derive.ts';
import { GUARANTEES, factKey, type Guarantee } from './guarantees.ts';

/**
 * The household assessment of many (household, year) pairs in four statements whatever their number — the
 * years with their household, the lines in force per province and year, the members, the newest manual
 * assessment per guarantee — so a bulk approval checks each case's criteria without a query per household.
 * The household page (queries.ts getAssessment) reads through the same core, so the two cannot drift apart.
 * No access check here: the callers have asked the access layer already.
 */
export interface HouseholdAssessment {
  householdId: number;
  year: number;
  /** The village of that year (its province decides the line), not where the household lives now. */
  regionCode: string;
  perCapitaIncome: number | null;
  standard: { id: number; line: number; monitoringLine: number } | null;
  belowLine: boolean | null;
  withinMonitoringRange: boolean | null;
  guarantees: GuaranteeResult[];
  verdicts: Verdict[];
  identifiedYear: number | null;
  /** The household's status that year (null for an ordinary household with none). */
  status: string | null;
}

/** What the core computes: the assessment with the whole line in force, as the household page shows it. */
export interface CoreAssessment extends Omit<HouseholdAssessment, 'standard'> {
  standard: ResolvedStandard | null;
}

export interface AssessmentKey {
  householdId: number;
  year: number;
}

export const assessmentKey = (k: AssessmentKey) => `${k.householdId}/${k.year}`;

type PairRow = YearRow & {
  housingRating: string | null;
  safeWater: boolean | null;
  identifiedYear: number | null;
};
type StandardFor = StandardRow & { forProvince: string; forYear: number };
type MemberRow = MemberFacts & { householdId: number };
interface ManualRow {
  householdId: number;
  year: number;
  guarantee: Guarantee;
  secure: boolean;
  reason: string;
}

const provinceYear = (province: string, year: number) => `${province}/${year}`;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

async function pairsOf(q: Queryable, ids: number[], years: number[]): Promise<PairRow[]> {
  return q.query<PairRow>(
    `SELECT ${YEAR_SELECT}, h.housing_rating AS "housingRating", h.safe_water AS "safeWater",
            h.identified_year AS "identifiedYear"
     FROM unnest($1::bigint[], $2::int[]) AS k(household_id, year)
     JOIN household_years y ON y.household_id = k.household_id AND y.year = k.year
     JOIN households h ON h.id = y.household_id`,
    [ids, years],
  );
}

/** The line in force per (province, year): poverty_standard_id (migration 0009) is its one definition. */
async function standardsOf(q: Queryable, pairs: readonly PairRow[]): Promise<Map<string, ResolvedStandard>> {
  const wanted = new Map(pairs.map((p) => [provinceYear(p.regionCode.slice(0, 2), p.year), p]));
  const provinces = [...wanted.values()].map((p) => p.regionCode.slice(0, 2));
  const years = [...wanted.values()].map((p) => p.year);
  const rows = await q.query<StandardFor>(
    `SELECT p.province AS "forProvince", p.year AS "forYear", ${STANDARD_SELECT}
     FROM unnest($1::text[], $2::int[]) AS p(province, year)
     JOIN poverty_standards s ON s.id = poverty_standard_id(p.province, p.year)`,
    [provinces, years],
  );
  return new Map(
    rows.map((r) => [provinceYear(r.forProvince, r.forYear), resolvedOf(presentRow(r), r.forProvince)]),
  );
}

async function membersOf(q: Queryable, ids: number[]): Promise<Map<string, MemberRow[]>> {
  const rows = await q.query<MemberRow>(
    `SELECT m.household_id AS "householdId", m.name, m.birth_date AS "birthDate", m.active,
            m.left_on AS "leftOn", m.student_status AS "studentStatus", m.education,
            m.medical_insurance AS "medicalInsurance"
     FROM members m WHERE m.household_id = ANY($1::bigint[]) ORDER BY m.household_id, m.id`,
    [ids],
  );
  return groupBy(rows, (m) => String(m.householdId));
}

/** The newest manual assessment of each guarantee: a later one overrides an earlier one. */
async function manualOf(q: Queryable, ids: number[], years: number[]): Promise<Map<string, ManualRow[]>> {
  const rows = await q.query<ManualRow>(
    `SELECT DISTINCT ON (a.household_id, a.year, a.guarantee)
            a.household_id AS "householdId", a.year, a.guarantee, a.secure, a.reason
     FROM unnest($1::bigint[], $2::int[]) AS k(household_id, year)
     JOIN guarantee_assessments a ON a.household_id = k.household_id AND a.year = k.year
     ORDER BY a.household_id, a.year, a.guarantee, a.id DESC`,
    [ids, years],
  );
  return groupBy(rows, assessmentKey);
}

function assemble(
  pair: PairRow,
  standard: ResolvedStandard | undefined,
  members: readonly MemberFacts[],
  manual: readonly ManualRow[],
): CoreAssessment {
  const derived = deriveGuarantees({ household: pair, members, year: pair.year });
  const guarantees = GUARANTEES.map((g) =>
    resolveGuarantee(
      g,
      derived[g],
      manual.find((a) => a.guarantee === g),
      (pair[factKey(g)] as boolean | null | undefined) ?? null,
    ),
  );
  return {
    householdId: pair.householdId,
    year: pair.year,
    regionCode: pair.regionCode,
    perCapitaIncome: pair.perCapitaIncome,
    standard: standard ?? null,
    ...assessIncome(pair.perCapitaIncome, standard),
    guarantees,
    verdicts: verdictsOf(pair.perCapitaIncome, standard, guarantees),
    identifiedYear: pair.identifiedYear,
    status: (pair.status as string | null | undefined) ?? null,
  };
}

/** The core both readers share, keyed `${householdId}/${year}`; a pair whose year is not recorded is absent. */
export async function assessCore(
  q: Queryable,
  keys: readonly AssessmentKey[],
): Promise<Map<string, CoreAssessment>> {
  const unique = [...new Map(keys.map((k) => [assessmentKey(k), k])).values()];
  const out = new Map<string, CoreAssessment>();
  if (unique.length === 0) return out;
  const ids = unique.map((k) => k.householdId);
  const years = unique.map((k) => k.year);
  const pairs = await pairsOf(q, ids, years);
  if (pairs.length === 0) return out;
  const found = [...new Set(pairs.map((p) => p.householdId))];
  const standards = await standardsOf(q, pairs);
  const members = await membersOf(q, found);
  const manual = await manualOf(q, ids, years);
  for (const pair of pairs) {
    const standard = standards.get(provinceYear(pair.regionCode.slice(0, 2), pair.year));
    const key = assessmentKey(pair);
    out.set(
      key,
      assemble(pair, standard, members.get(String(pair.householdId)) ?? [], manual.get(key) ?? []),
    );
  }
  return out;
}

/**
 * The assessment of many (household, year) pairs in a fixed number of statements (no per-household query),
 * keyed `${householdId}/${year}`; a pair whose year is not recorded is absent. No access check: the caller has
 * asked the access layer already. Callers chunk very large sets (a few thousand pairs a call).
 */
export async function assessHouseholds(
  q: Queryable,
  keys: readonly AssessmentKey[],
): Promise<Map<string, HouseholdAssessment>> {
  const core = await assessCore(q, keys);
  const out = new Map<string, HouseholdAssessment>();
  for (const [key, { standard, ...rest }] of core) {
    out.set(key, {
      ...rest,
      standard: standard && {
        id: standard.standardId,
        line: standard.line,
        monitoringLine: standard.monitoringLine,
      },
    });
  }
  return out;
}
