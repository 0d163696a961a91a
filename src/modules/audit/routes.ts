import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { fieldError } from '../../app/errors.ts';
import { pageQuery, totalSchema } from '../../app/paging.ts';
import { requireRegion } from '../access/require-access.ts';
import { normaliseCode } from '../regions/region-code.ts';
import { listAudit } from './reader.ts';

const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  source: z.string(),
  regionCode: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

export async function auditRoutes(app: App) {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail within your regions, newest first / 审计日志',
        querystring: z.object({
          region: z.string().optional(),
          entity: z.string().max(40).optional(),
          entityId: z.string().max(40).optional(),
          action: z.string().max(60).optional(),
          before: z.coerce.number().int().positive().optional(),
          page: pageQuery,
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({ items: z.array(auditRow), nextCursor: z.number().nullable(), total: totalSchema }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const region = request.query.region === undefined ? undefined : normaliseCode(request.query.region);
      if (request.query.region !== undefined && !region) {
        throw fieldError('region', 'INVALID_REGION', { zh: '行政区划代码无效', en: 'Invalid region code' });
      }
      if (region) requireRegion(actor, 'region.read', region);
      return listAudit(app.db, actor, { ...request.query, region });
    },
  );
}
