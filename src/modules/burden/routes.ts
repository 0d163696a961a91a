import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { fieldError } from '../../app/errors.ts';
import { requireRegion } from '../access/require-access.ts';
import { today } from '../registry/commands/shared.ts';
import { normaliseCode } from '../regions/region-code.ts';
import { burdenRows } from './queries.ts';
import { weekOf } from './record.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const burdenQuery = z.object({
  region: z
    .string()
    .regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/)
    .optional()
    .describe('region code (2–12 digits); default: your first grant'),
  from: day.optional().describe('first day (its week counts whole); default: 12 weeks before to'),
  to: day.optional().describe('last day; default: today'),
  by: z.enum(['cadre', 'village', 'me']).default('cadre'),
});
const burdenRow = z.object({
  week: z.string(),
  key: z.string(),
  name: z.string(),
  typed: z.number(),
  prefilled: z.number(),
  writes: z.number(),
});

const WEEKS = 12;
const chinaNoon = (d: string) => new Date(`${d}T12:00:00+08:00`);

/** 减轻基层负担: what the writes cost the people who typed them, per week. */
export async function burdenRoutes(app: App) {
  app.get(
    '/api/v1/burden',
    {
      schema: {
        tags: ['casework'],
        summary: 'Fields typed and pre-filled per week, per cadre or village / 基层负担',
        description:
          'Sums of the burden log per week (Monday, China time): by=cadre per user, by=village per region of the ' +
          "writes, by=me the caller's own. Scoped to the region's subtree the caller reads the registry in (not by=me).",
        querystring: burdenQuery,
        response: { 200: z.object({ items: z.array(burdenRow) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const q = request.query;
      const to = q.to ?? today(app.clock());
      const from = q.from ?? weekOf(new Date(chinaNoon(to).getTime() - (WEEKS - 1) * 7 * 86400_000));
      if (from > to)
        throw fieldError('from', 'DATE_INVALID', { zh: '开始日期晚于截止日期', en: 'from is after to' });
      const region =
        q.region === undefined ? (actor.grants[0]?.regionCode ?? '') : (normaliseCode(q.region) ?? '');
      if (q.by !== 'me') requireRegion(actor, 'region.read', region);
      const items = await burdenRows(app.db, actor, {
        region,
        fromWeek: weekOf(chinaNoon(from)),
        to,
        by: q.by,
      });
      return { items };
    },
  );
}
