import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { fieldError } from '../../app/errors.ts';
import { saveUpload, uploadedFile } from '../../app/uploads.ts';
import { forbidden } from '../access/require-access.ts';
import type { Actor } from '../auth/actor.ts';
import { canManageOrganisation } from '../auth/policies.ts';
import { downloadHeaders } from '../registry/export/writers.ts';
import { today } from '../registry/commands/shared.ts';
import { normaliseCode } from '../regions/region-code.ts';
import { exportOrganisation } from './export.ts';
import { importOrganisation } from './import.ts';
import { exportQuery } from './schemas.ts';

const tags = ['organisation'];

/** The import needs a grant that keeps the organisation somewhere (each row is then checked in its region). */
function requireOrganisationKeeper(actor: Actor): void {
  if (!actor.grants.some((g) => canManageOrganisation(actor, g.regionCode))) throw forbidden();
}

const issueSchema = z.object({
  sheet: z.string(),
  row: z.number().describe('the row as Excel numbers it / Excel 行号'),
  field: z.string().optional().describe('the column header / 列名'),
  code: z.string(),
  message: z.object({ zh: z.string(), en: z.string() }),
});

/** The organisation as a workbook: its export and its import (organisation/workbook.ts). */
export async function organisationTransferRoutes(app: App) {
  app.get(
    '/api/v1/organisation/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The organisation of a region as a workbook (XLSX) / 导出组织架构',
        description:
          'Sheets 单位, 党支部, 工作队, 干部, 结对 (open pairings), scoped like the lists; phones masked without ' +
          'personal data. 404 for a region outside yours. Audited.',
        querystring: exportQuery.required(),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const region = normaliseCode(request.query.region);
      if (!region)
        throw fieldError('region', 'INVALID_REGION', { zh: '行政区划代码无效', en: 'Invalid region code' });
      const now = app.clock();
      const file = await exportOrganisation(app.db, actor, region, today(now));
      return reply.headers(downloadHeaders('xlsx', `组织架构-${region}-${today(now)}.xlsx`)).send(file);
    },
  );

  app.post(
    '/api/v1/organisation/import',
    {
      schema: {
        tags,
        summary: 'Import the organisation workbook (XLSX) / 导入组织架构',
        description:
          "multipart/form-data with one .xlsx file in the export's layout. Rows are matched by natural key " +
          "(docs/ARCHITECTURE.md), each written in its own transaction by the organisation's commands; a refused " +
          'row is listed in errors and nothing of it is written. 422 ORG_IMPORT_NOT_XLSX, ORG_IMPORT_NO_SHEETS, ' +
          'ORG_IMPORT_MISSING_COLUMNS, ORG_IMPORT_TOO_MANY_ROWS, IMPORT_MASKED_EXPORT, 413 ORG_IMPORT_TOO_LARGE (20 MB): ' +
          'nothing written.',
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({
            created: z.number(),
            updated: z.number(),
            unchanged: z.number(),
            errors: z.array(issueSchema),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireOrganisationKeeper(actor);
      const file = await uploadedFile(request);
      if (!file) throw fieldError('file', 'REQUIRED', { zh: '请上传文件', en: 'A file is required' });
      const upload = await saveUpload(app.config.dataDir, file.file, 'xlsx');
      const now = app.clock();
      try {
        return await importOrganisation(app.db, actor, upload.path, { today: today(now), now });
      } finally {
        await upload.remove();
      }
    },
  );
}
