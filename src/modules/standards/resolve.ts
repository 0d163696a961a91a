import { DomainError } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { STANDARD_SELECT, presentRow, type StandardRow } from './repo.ts';
import { monitoringLine } from './rules.ts';

/** The standard that applies to a region and year, as the assessment and the registry use it. */
export interface ResolvedStandard {
  standardId: number;
  year: number;
  line: number;
  monitoringMultiplier: number;
  monitoringLine: number;
  source: 'national' | 'provincial';
  /** The province of the region (two digits), whichever line applies. */
  province: string;
}

export function resolvedOf(row: StandardRow, regionCode: string): ResolvedStandard {
  return {
    standardId: row.id,
    year: row.year,
    line: row.line,
    monitoringMultiplier: row.monitoringMultiplier,
    monitoringLine: monitoringLine(row.line, row.monitoringMultiplier),
    source: row.province === null ? 'national' : 'provincial',
    province: regionCode.slice(0, 2),
  };
}

/**
 * The SQL expression of the standard a household is identified under: the line in force for its region in
 * its year of identification, or in `fallbackYear` (this year) when that is not recorded. Bulk writers such as
 * the import use it as is, e.g. `standardIdSql('src.region', 'src.identified_year', '$7::int')`.
 */
export function standardIdSql(
  regionExpr: string,
  identifiedYearExpr: string,
  fallbackYearExpr: string,
): string {
  return `poverty_standard_id(${regionExpr}, coalesce(${identifiedYearExpr}, ${fallbackYearExpr}))`;
}

/** The standard for a region (any level: the province is its first two digits) and year, if one is configured. */
export async function findStandard(
  q: Queryable,
  regionCode: string,
  year: number,
): Promise<ResolvedStandard | undefined> {
  // poverty_standard_id (migration 0009) is the one definition of "provincial line wins, latest version".
  const rows = await q.query<StandardRow>(
    `SELECT ${STANDARD_SELECT} FROM poverty_standards s WHERE s.id = poverty_standard_id($1, $2)`,
    [regionCode, year],
  );
  return rows[0] && resolvedOf(presentRow(rows[0]), regionCode);
}

export function noStandard(year: number): DomainError {
  return new DomainError(
    'rule',
    'NO_POVERTY_LINE',
    {
      zh: `未配置 ${year} 年的贫困线，请管理员先在“贫困标准”中设置`,
      en: `No poverty line configured for ${year}; an administrator must set it under poverty standards first`,
    },
    { year },
  );
}

/** Like findStandard, but a year without a line is an error the caller can show. */
export async function resolveStandard(
  q: Queryable,
  regionCode: string,
  year: number,
): Promise<ResolvedStandard> {
  const found = await findStandard(q, regionCode, year);
  if (!found) throw noStandard(year);
  return found;
}

/**
 * Records on a household the standard it is identified under (see standardIdSql); null when no line is
 * configured for that year — registering a household never waits for configuration. The caller audits.
 */
export async function assignHouseholdStandard(
  tx: Queryable,
  householdId: number,
  today: string,
): Promise<number | null> {
  const rows = await tx.query<{ standardId: number | null }>(
    `UPDATE households SET standard_id = ${standardIdSql('region_code', 'identified_year', '$2::int')}
     WHERE id = $1 RETURNING standard_id AS "standardId"`,
    [householdId, Number(today.slice(0, 4))],
  );
  return rows[0]?.standardId ?? null;
}
