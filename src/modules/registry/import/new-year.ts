import { DomainError } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { canWriteRegistry } from '../../auth/policies.ts';

/**
 * An import into a year in which the importer's regions (the subtrees they may write) have no households yet,
 * while they have households in other years: a wrong year typed or defaulted would start a second registry
 * beside the real one, and every list opened on "the latest year" would jump to it. The console asks before
 * sending, the API wants `confirmNewYear=true`, the command line warns. A region with no households at all
 * is not asked: its first import has no other year to be confused with.
 */
export interface NewYear {
  year: number;
  /** The latest year with households in the importer's regions. */
  latestYear: number;
}

export async function newYearOf(q: Queryable, actor: Actor, year: number): Promise<NewYear | undefined> {
  const regions = actor.grants.filter((g) => canWriteRegistry(actor, g.regionCode)).map((g) => g.regionCode);
  if (regions.length === 0) return undefined;
  // The statistics, as "latest year" reads them (region_figures: a region above the county as the sum of its
  // counties): one index range per region, no registry scan.
  const [row] = await q.query<{ latest: number | null; present: boolean | null }>(
    `SELECT max(s.year) AS latest, bool_or(s.year = $2) AS present
     FROM unnest($1::text[]) AS r (code) CROSS JOIN LATERAL region_figures(r.code) s
     WHERE s.dimension = 'total' AND s.households > 0`,
    [regions, year],
  );
  if (!row || row.latest === null || row.present) return undefined;
  return { year, latestYear: row.latest };
}

export function newYearMessage({ year, latestYear }: NewYear) {
  return {
    zh: `您的区划在${year}年度还没有户数据（已有数据的最近年度为${latestYear}年）。导入将开始一个新的年度，请确认年度无误`,
    en: `Your regions have no households in ${year} yet (the latest year with data is ${latestYear}). The import would start a new year: check that the year is right`,
  };
}

/** 409 IMPORT_NEW_YEAR: the console recognises the code, asks, and sends again with confirmNewYear=true. */
export function newYearError(found: NewYear): DomainError {
  return new DomainError('conflict', 'IMPORT_NEW_YEAR', newYearMessage(found), {
    field: 'year',
    year: found.year,
    latestYear: found.latestYear,
  });
}
