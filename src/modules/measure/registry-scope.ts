import { ruleViolation } from '../../app/errors.ts';
import { requireRegion } from '../access/require-access.ts';
import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { COUNTRY, subtreeRange } from '../regions/region-code.ts';
import { resolveStandard, type ResolvedStandard } from '../standards/resolve.ts';

/**
 * What the measures over the registry share: the region's subtree, the year, and the poverty standard in
 * force there. A region inside one province has one standard; the whole country mixes provincial lines, so
 * measures are asked per province or below.
 */
export interface RegistryScope {
  region: string;
  year: number;
  range: [string, string];
  standard: ResolvedStandard;
}

/**
 * Households counted by the measures: the registered ones (every status but 04 注销), as /stats and /incidence
 * count them (docs/glossary.md). Each weighs its size, so one without members weighs nothing; one whose
 * per-capita income is unknown (NULL, or no members to divide by) is left out of the income measures and
 * counted apart as unknownIncome.
 */
export const MEASURED_HOUSEHOLDS = `hy.year = $1 AND hy.region_code BETWEEN $2 AND $3 AND hy.status <> '04'`;

export async function registryScope(
  q: Queryable,
  actor: Actor,
  region: string,
  year: number,
): Promise<RegistryScope> {
  if (region === COUNTRY) {
    throw ruleViolation('REGION_TOO_WIDE', {
      zh: '各省贫困线不同，请选择一个省或其下的区划',
      en: 'Provinces have their own lines: choose a province or a region within one',
    });
  }
  requireRegion(actor, 'region.read', region);
  return { region, year, range: subtreeRange(region), standard: await resolveStandard(q, region, year) };
}
