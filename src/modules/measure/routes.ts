import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { fieldError } from '../../app/errors.ts';
import { latestYearOf } from '../registry/queries.ts';
import { normaliseCode } from '../regions/region-code.ts';
import { readStats } from './stats.ts';

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
            region: z.string().describe('region code, 2–12 digits; default: your first grant'),
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
      const region =
        request.query.region === undefined
          ? actor.grants[0]?.regionCode
          : normaliseCode(request.query.region);
      if (!region)
        throw fieldError('region', 'INVALID_REGION', { zh: '行政区划代码无效', en: 'Invalid region code' });
      const year = request.query.year ?? (await latestYearOf(app.db, region)) ?? 0;
      return readStats(app.db, actor, region, year);
    },
  );
}
