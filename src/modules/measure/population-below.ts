import { DomainError, type FieldIssue, type Message } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { CANCELLED_STATUS } from './summaries.ts';

/**
 * A rural population smaller than the persons the registry holds for the same region and year is most likely
 * a typing error (a digit dropped) — or a real figure from another source. Either way a person must say so:
 * the PUT answers 422 POPULATION_BELOW_REGISTERED and the import reports the row, unless the request is
 * confirmed (`confirm: true`, `?confirm=true`). Registered persons are those of the incidence table
 * (summaries.ts): the maintained statistics of every status but 04 注销, so the check costs an index lookup.
 */
export const POPULATION_BELOW_REGISTERED = 'POPULATION_BELOW_REGISTERED';

export interface FigureToCheck {
  /** The entry's position in the request, for the issue's field (`entries.N.population`). */
  index: number;
  regionCode: string;
  year: number;
  population: number;
}

const persons = (n: number) => `${n} ${n === 1 ? 'person' : 'persons'}`;

function belowMessage(population: number, registered: number, year: number): Message {
  return {
    zh: `农村人口 ${population} 人少于该区划 ${year} 年登记在册的 ${registered} 人，请确认后再保存`,
    en: `The rural population, ${persons(population)}, is smaller than the ${persons(registered)} registered in this region in ${year}; confirm to save it`,
  };
}

/** The figures below their region's registered persons, each as an issue naming both numbers. */
export async function populationBelowRegistered(
  q: Queryable,
  figures: readonly FigureToCheck[],
): Promise<FieldIssue[]> {
  if (figures.length === 0) return [];
  const rows = await q.query<{ regionCode: string; year: number; persons: number }>(
    // region_figures: a city, province or the country is read as the sum of its counties (no row of its own).
    `SELECT f.code AS "regionCode", f.year, (sum(s.persons) FILTER (WHERE s.key <> $3))::int AS persons
     FROM unnest($1::text[], $2::smallint[]) AS f (code, year)
     CROSS JOIN LATERAL region_figures(f.code) s
     WHERE s.dimension = 'status' AND s.year = f.year
     GROUP BY f.code, f.year`,
    [figures.map((f) => f.regionCode), figures.map((f) => f.year), CANCELLED_STATUS],
  );
  const registered = new Map(rows.map((r) => [`${r.regionCode}/${r.year}`, r.persons ?? 0]));
  return figures.flatMap((f) => {
    const count = registered.get(`${f.regionCode}/${f.year}`) ?? 0;
    if (f.population >= count) return [];
    return [
      {
        field: `entries.${f.index}.population`,
        code: POPULATION_BELOW_REGISTERED,
        message: belowMessage(f.population, count, f.year),
      },
    ];
  });
}

/** The 422 of an unconfirmed request: one figure's own message, or how many regions need confirming. */
export function belowRegisteredError(issues: FieldIssue[]): DomainError {
  const message: Message =
    issues.length === 1
      ? issues[0]!.message
      : {
          zh: `${issues.length} 个区划的农村人口少于登记在册的人数，请确认后再保存`,
          en: `The rural population of ${issues.length} regions is smaller than the persons registered there; confirm to save them`,
        };
  return new DomainError('rule', POPULATION_BELOW_REGISTERED, message, { field: issues[0]?.field }, issues);
}
