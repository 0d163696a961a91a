import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { regionAndYear, regionOf, regionQuery, regionYearQuery } from './region-year.ts';
import { readStats, readYears } from './stats.ts';

const breakdown = z.object({ code: z.string(), households: z.number(), persons: z.number() });
const statsSchema = z.object({
  region: z.string(),
  year: z.number(),
  households: z.number(),
  persons: z.number(),
  cancelledHouseholds: z.number().describe('status 04 注销: not in households nor in any breakdown'),
  cancelledPersons: z.number(),
  byStatus: z.array(breakdown),
  byCause: z.array(breakdown),
  byType: z.array(breakdown),
  byMonitoring: z
    .array(
      z.object({
        type: z.string().describe('monitoring_type: 1 脱贫不稳定户, 2 边缘易致贫户, 3 突发严重困难户'),
        state: z.string().describe('monitoring_state: 1 监测中, 2 风险已消除'),
        households: z.number(),
        persons: z.number(),
      }),
    )
    .describe('monitored households by type and state, whatever their status (cancelled ones left out)'),
  children: z.array(breakdown.extend({ name: z.string() })),
});
const yearsSchema = z.object({
  region: z.string(),
  years: z.array(
    z.object({ year: z.number(), households: z.number(), persons: z.number(), byStatus: z.array(breakdown) }),
  ),
});
export async function measureRoutes(app: App) {
  app.get(
    '/api/v1/stats',
    {
      schema: {
        tags: ['statistics'],
        summary:
          'Registered households and persons (every status but 04 cancelled) of a region and year, by status, cause and type, and per child region; the cancelled counted apart; the monitored households by type and state / 统计',
        querystring: regionYearQuery,
        response: { 200: statsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { region, year } = await regionAndYear(app.db, actor, request.query, app.clock());
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
