import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { inspectSite } from './inspection.ts';

const messageSchema = z.object({ zh: z.string(), en: z.string() });

const inspectionQuery = z.object({ siteId: z.coerce.number().int().positive() }).strict();

const findingSchema = z.object({
  kind: z.enum([
    'stale_column',
    'empty_column',
    'broken_link',
    'no_publish_time',
    'image_alt',
    'overdue_complaint',
  ]),
  severity: z.enum(['error', 'warning']),
  message: messageSchema,
  columnId: z.number().int().optional(),
  articleId: z.number().int().optional(),
  complaintId: z.number().int().optional(),
  link: z
    .string()
    .describe('where to fix it: a console path relative to the region base, e.g. portal/articles/12'),
});

const inspectionSchema = z.object({
  siteId: z.number().int(),
  siteName: z.string(),
  checkedAt: z.string(),
  findings: z.array(findingSchema),
});

/** The self-inspection of a site (网站自查): a read, computed when asked, for those who read the site. */
export async function inspectionRoutes(app: App) {
  app.get(
    '/api/v1/portal/inspection',
    {
      schema: {
        tags: ['portal'],
        summary: 'Self-inspection of a site: stale or empty columns, broken links, … / 网站自查',
        querystring: inspectionQuery,
        response: { 200: inspectionSchema },
      },
    },
    async (request) => inspectSite(app.db, requireActor(request), request.query.siteId, app.clock()),
  );
}
