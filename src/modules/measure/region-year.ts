import { z } from 'zod';
import { fieldError } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { requireRegion } from '../access/require-access.ts';
import type { Actor } from '../auth/actor.ts';
import { latestYearOf } from '../registry/queries.ts';
import { queryYearSchema } from '../registry/schemas.ts';
import { normaliseCode } from '../regions/region-code.ts';

/**
 * The region and year every statistics and measures route works on: the region asked for (padded to 12
 * digits; 404 outside the caller's subtrees) or the caller's first grant, and the year asked for or the latest with data (the year of `now`
 * when there is none yet).
 */
export const regionQuery = z.string().describe('region code, 2–12 digits; default: your first grant');
export const yearQuery = queryYearSchema.describe('default: the latest year with data');
export const regionYearQuery = z.object({ region: regionQuery.optional(), year: yearQuery.optional() });

export function regionOf(actor: Actor, asked: string | undefined): string {
  const region = asked === undefined ? actor.grants[0]?.regionCode : normaliseCode(asked);
  if (!region)
    throw fieldError('region', 'INVALID_REGION', { zh: '行政区划代码无效', en: 'Invalid region code' });
  // A region outside the caller's subtrees is not there for them, whatever the route reads of it.
  requireRegion(actor, 'region.read', region);
  return region;
}

export async function regionAndYear(
  q: Queryable,
  actor: Actor,
  asked: { region?: string | undefined; year?: number | undefined },
  now: Date,
): Promise<{ region: string; year: number }> {
  const region = regionOf(actor, asked.region);
  return { region, year: asked.year ?? (await latestYearOf(q, region)) ?? now.getFullYear() };
}
