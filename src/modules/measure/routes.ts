import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { fieldError } from '../../app/errors.ts';
import { latestYearOf } from '../registry/queries.ts';
import { normaliseCode } from '../regions/region-code.ts';
import type { Actor } from '../auth/actor.ts';
import { readStats, readYears } from './stats.ts';

const breakdown = z.object({ code: z.string(), households: z.number(), persons: z.number() });
const statsSchema = z.object({
  region: z.string(),
  year: z.number(),
  households: z.number(),
  persons: z.number(),
  byStatus: z.array(breakdown),
  byCause: z.array(breakdown),
  byType: z.array(breakdown),
  children: z.array(breakdown.extend({ name: z.string() })),
});
const yearsSchema = z.object({
  region: z.string(),
  years: z.array(
    z.object({ year: z.number(), households: z.number(), persons: z.number(), byStatus: z.array(breakdown) }),
  ),
});
const regionQuery = z.string().describe('region code, 2–12 digits; default: your first grant');

/** The region asked for, padded to 12 digits, or the actor's first grant when none was given. */
function regionOf(actor: Actor, asked: string | undefined): string {
  const region = asked === undefined ? actor.grants[0]?.regionCode : normaliseCode(asked);
  if (!region)
    throw fieldError('region', 'INVALID_REGION', { zh: '行政区划代码无效', en: 'Invalid region code' });
  return region;
}

export async function measureRoutes(app: App) {
  app.get(
    '/api/v1/stats',
    {
      schema: {
        tags: ['statistics'],
        summary:
          'Households and persons of a region and year, by status, cause and type, and per child region / 统计',
        querystring: z
          .object({
            region: regionQuery,
            year: z.coerce
              .number()
              .int()
              .min(2013)
              .max(2100)
              .optional()
              .describe('default: the latest year with data'),
          })
          .partial({ region: true }),
        response: { 200: statsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const region = regionOf(actor, request.query.region);
      const year = request.query.year ?? (await latestYearOf(app.db, region)) ?? 0;
      return readStats(app.db, actor, region, year);
    },
  );

  app.get(
    '/api/v1/stats/years',
    {
      schema: {
        tags: ['statistics'],
        summary:
          'Households and persons of a region by status for every year with data, in one read / 历年统计',
        querystring: z.object({ region: regionQuery.optional() }),
        response: { 200: yearsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const region = regionOf(actor, request.query.region);
      return { region, years: await readYears(app.db, actor, region) };
    },
  );
}
