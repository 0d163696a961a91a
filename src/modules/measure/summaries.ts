import { notFound } from '../../app/errors.ts';
import { requireRegion } from '../access/require-access.ts';
import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { COUNTRY } from '../regions/region-code.ts';

/**
 * The standard summary of a region and year — households, persons, poor, exited, rural population, poverty
 * incidence and the main causes — for the region itself and each of its child regions. Everything comes from
 * the maintained statistics (region_figures: a county's rows, or the sum of its counties' for a region above)
 * and the entered population (rural_population) by key, so a read costs the same whatever the size of the
 * registry.
 *
 * Who counts: the registered households are those not cancelled (status 04 注销); the poor are those not
 * exited (01 未脱贫) or returned to poverty (03 返贫); exited is status 02. Incidence = poor persons ÷ rural
 * population, where the population is the entered figure of that region and year or, when there is none, the
 * registry's own count of persons (populationSource says which). These are the definitions of
 * docs/glossary.md ("Figures"), shared with /stats and the measures.
 */
export const POOR_STATUSES = ['01', '03'] as const;
export const EXITED_STATUS = '02';
export const CANCELLED_STATUS = '04';

export type PopulationSource = 'entered' | 'registry';

export interface RegionSummary {
  code: string;
  name: string;
  households: number;
  persons: number;
  poorHouseholds: number;
  poorPersons: number;
  exitedHouseholds: number;
  exitedPersons: number;
  population: number;
  populationSource: PopulationSource;
  /** Poor persons ÷ population; null when the population is 0. */
  incidence: number | null;
  /** Registered households by main poverty cause (code → households); sums to households. */
  causes: Record<string, number>;
}

export interface SummaryTable {
  region: RegionSummary;
  year: number;
  children: RegionSummary[];
}

interface Row {
  code: string;
  name: string;
  own: boolean;
  households: number;
  persons: number;
  poorHouseholds: number;
  poorPersons: number;
  exitedHouseholds: number;
  exitedPersons: number;
  entered: number | null;
  causes: Record<string, number> | null;
}

const COUNTRY_NAME = '全国';

export async function readSummaryTable(
  q: Queryable,
  actor: Actor,
  region: string,
  year: number,
): Promise<SummaryTable> {
  requireRegion(actor, 'region.read', region);
  const rows = await summaryRows(q, region, year, true);
  const own = rows.find((r) => r.own);
  if (!own) throw notFound('region', region);
  return { region: summary(own), year, children: rows.filter((r) => !r.own).map(summary) };
}

/**
 * The poverty incidence of one region (12-digit code) and year, as the summary table defines it: poor persons
 * ÷ rural population; null when the population is 0 or the region is unknown. No access check: for the
 * procedures (village and county exit), whose caller has asked the access layer about the case already.
 */
export async function regionIncidence(
  q: Queryable,
  regionCode: string,
  year: number,
): Promise<number | null> {
  const own = (await summaryRows(q, regionCode, year, false)).find((r) => r.own);
  return own ? summary(own).incidence : null;
}

async function summaryRows(
  q: Queryable,
  region: string,
  year: number,
  withChildren: boolean,
): Promise<Row[]> {
  // The country has no row in regions and its children are the provinces, which have no parent.
  const children = !withChildren
    ? 'false'
    : region === COUNTRY
      ? 'level = 1 AND $1::text IS NOT NULL'
      : 'parent_code = $1';
  return q.query<Row>(
    `WITH r AS (
       SELECT code, name, true AS own FROM regions WHERE code = $1
       UNION ALL SELECT $1, '${COUNTRY_NAME}', true WHERE $1 = '${COUNTRY}'
       UNION ALL SELECT code, name, false FROM regions WHERE ${children})
     SELECT r.code, r.name, r.own,
            coalesce(st.households, 0)::int AS households, coalesce(st.persons, 0)::int AS persons,
            coalesce(st.poor_h, 0)::int AS "poorHouseholds", coalesce(st.poor_p, 0)::int AS "poorPersons",
            coalesce(st.exited_h, 0)::int AS "exitedHouseholds", coalesce(st.exited_p, 0)::int AS "exitedPersons",
            p.population AS entered, ca.causes
     FROM r
     -- LATERAL: each region's statistics rows by index, whatever the planner guesses of r.
     CROSS JOIN LATERAL (
       SELECT sum(s.households) FILTER (WHERE s.key <> $3) AS households,
              sum(s.persons) FILTER (WHERE s.key <> $3) AS persons,
              sum(s.households) FILTER (WHERE s.key = ANY($4::text[])) AS poor_h,
              sum(s.persons) FILTER (WHERE s.key = ANY($4::text[])) AS poor_p,
              sum(s.households) FILTER (WHERE s.key = $5) AS exited_h,
              sum(s.persons) FILTER (WHERE s.key = $5) AS exited_p
       FROM region_figures(r.code) s WHERE s.year = $2 AND s.dimension = 'status') st
     CROSS JOIN LATERAL (
       SELECT jsonb_object_agg(s.key, s.households) AS causes FROM region_figures(r.code) s
       WHERE s.year = $2 AND s.dimension = 'cause' AND s.households <> 0) ca
     LEFT JOIN rural_population p ON p.region_code = r.code AND p.year = $2
     ORDER BY r.own DESC, r.code`,
    [region, year, CANCELLED_STATUS, POOR_STATUSES, EXITED_STATUS],
  );
}

function summary(row: Row): RegionSummary {
  const entered = row.entered !== null;
  const population = entered ? row.entered! : row.persons;
  return {
    code: row.code,
    name: row.name,
    households: row.households,
    persons: row.persons,
    poorHouseholds: row.poorHouseholds,
    poorPersons: row.poorPersons,
    exitedHouseholds: row.exitedHouseholds,
    exitedPersons: row.exitedPersons,
    population,
    populationSource: entered ? 'entered' : 'registry',
    incidence: population > 0 ? row.poorPersons / population : null,
    causes: row.causes ?? {},
  };
}
