import { z } from 'zod';
import { requireActor, type App } from '../../../app/context.ts';
import { fieldError } from '../../../app/errors.ts';
import { normaliseCode, prefixOf } from '../../regions/region-code.ts';
import { latestYearOf } from '../queries.ts';
import { householdListQuery } from '../schemas.ts';
import { isMaskedExport, normaliseFilter, writeExport } from './export.ts';
import { sendTable } from './http.ts';

const exportQuery = z.object({
  region: z
    .string()
    .regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/)
    .optional()
    .describe('region code (2–12 digits); default: your first grant'),
  year: z.coerce.number().int().min(2013).max(2100).optional().describe('default: the latest year with data'),
  status: z.string().max(20).optional().describe('户状态 code or label'),
  cause: z.string().max(20).optional().describe('主要致贫原因 code or label'),
  type: z.string().max(20).optional().describe('户类型 code or label'),
  // The list's own search parameter, so the export of a filter holds what the list shows.
  q: householdListQuery.shape.q,
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

/** GET /api/v1/exports: the registry of a region and year in the import format, streamed, masked by role. */
export async function exportRoutes(app: App) {
  app.get(
    '/api/v1/exports',
    {
      schema: {
        tags: ['import / export'],
        summary: 'Export households and members in the import format (CSV/XLSX) / 导出',
        description:
          'One row per active member; ID numbers, phones, bank accounts and certificate numbers are masked for roles ' +
          'that may not see them (the same masks as the household page; the format has no birth date column). The ' +
          'search q follows the household list: such roles may search by name or the last 4 characters only.',
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const query = request.query;
      const region = query.region === undefined ? actor.grants[0]?.regionCode : normaliseCode(query.region);
      if (!region)
        throw fieldError('region', 'INVALID_REGION', { zh: '行政区划代码无效', en: 'Invalid region code' });
      const year = query.year ?? (await latestYearOf(app.db, region)) ?? app.clock().getFullYear();
      // Refusals (out of scope, unknown code) before the first byte goes out.
      const filter = normaliseFilter(actor, {
        region,
        year,
        status: query.status,
        cause: query.cause,
        type: query.type,
        q: query.q,
      });
      const name = `zhenfu-${prefixOf(region) || 'all'}-${year}.${query.format}`;
      // The console says "personal data masked" from this header; the file says it in its first row.
      const masked = { 'x-zhenfu-masked': String(isMaskedExport(actor, filter)) };
      return sendTable(
        reply,
        { format: query.format, name, sheet: `${year}` },
        (out) => writeExport(app.db, actor, filter, out),
        masked,
      );
    },
  );
}
