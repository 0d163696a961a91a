import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { fieldError } from '../../app/errors.ts';
import { sendTable } from '../registry/export/http.ts';
import { formatOf, readTable } from '../registry/import/readers.ts';
import { requireSomeWrite } from '../access/require-access.ts';
import { listPopulation, setPopulation } from './population.ts';
import { importPopulation } from './population-file.ts';
import { queryYearSchema } from '../registry/schemas.ts';
import { regionAndYear, regionYearQuery } from './region-year.ts';
import { readSummaryTable } from './summaries.ts';
import { writeSummarySheet } from './summary-sheet.ts';
import { saveUpload, uploadedFile } from '../../app/uploads.ts';

const tags = ['statistics'];

const summarySchema = z.object({
  code: z.string(),
  name: z.string(),
  households: z.number(),
  persons: z.number(),
  poorHouseholds: z.number(),
  poorPersons: z.number(),
  exitedHouseholds: z.number(),
  exitedPersons: z.number(),
  population: z.number(),
  populationSource: z.enum(['entered', 'registry']),
  incidence: z.number().nullable(),
  causes: z.record(z.string(), z.number()),
});

const populationEntry = z.object({
  regionCode: z.string().max(12),
  population: z.number().int().nullable().describe('null removes the entered figure'),
  note: z.string().max(200).nullish(),
});

const CONFIRM_RULE =
  'A figure smaller than the persons registered in its region and year needs confirming (confirm): without it the PUT answers 422 POPULATION_BELOW_REGISTERED naming both numbers, and the import reports the row with that code. / 农村人口少于该区划当年登记人数时须确认。';

const populationOutcome = z.object({
  created: z.number(),
  updated: z.number(),
  removed: z.number(),
  unchanged: z.number(),
});

/** Poverty incidence (贫困发生率), the standard summary table and the rural population behind them. */
export async function incidenceRoutes(app: App) {
  app.get(
    '/api/v1/incidence',
    {
      schema: {
        tags,
        summary:
          'Poverty incidence of a region and its child regions, with households, poor, exited and causes / 贫困发生率',
        description:
          'Poor = status 01 未脱贫 or 03 返贫. Incidence = poor persons ÷ rural population; the population is the entered figure or, when none, the registry count (populationSource).',
        querystring: regionYearQuery,
        response: {
          200: z.object({ year: z.number(), region: summarySchema, children: z.array(summarySchema) }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { region, year } = await regionAndYear(app.db, actor, request.query, app.clock());
      return readSummaryTable(app.db, actor, region, year);
    },
  );

  app.get(
    '/api/v1/incidence/table.xlsx',
    {
      schema: {
        tags,
        summary: 'The standard statistical table of a region and year by child region (XLSX) / 统计表',
        querystring: regionYearQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { region, year } = await regionAndYear(app.db, actor, request.query, app.clock());
      const table = await readSummaryTable(app.db, actor, region, year);
      return sendTable(
        reply,
        { format: 'xlsx', name: `统计表-${table.region.name}-${year}.xlsx`, sheet: `${year}` },
        (out) => writeSummarySheet(out, table),
      );
    },
  );

  app.get(
    '/api/v1/population',
    {
      schema: {
        tags,
        summary: 'Entered rural population figures of a region and its children / 农村人口',
        querystring: regionYearQuery,
        response: {
          200: z.object({
            entries: z.array(
              z.object({
                regionCode: z.string(),
                year: z.number(),
                population: z.number(),
                note: z.string().nullable(),
                source: z.enum(['import', 'entry']),
                updatedBy: z.string(),
                updatedAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { region, year } = await regionAndYear(app.db, actor, request.query, app.clock());
      return { entries: await listPopulation(app.db, actor, region, year) };
    },
  );

  app.put(
    '/api/v1/population/:year',
    {
      schema: {
        tags,
        summary: 'Enter or remove rural population figures of a year (all or nothing) / 录入农村人口',
        params: z.object({ year: queryYearSchema }),
        description: CONFIRM_RULE,
        body: z.object({
          entries: z.array(populationEntry).min(1).max(10_000),
          confirm: z.boolean().optional().describe('save figures below the registered persons / 确认保存'),
        }),
        response: { 200: populationOutcome },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireSomeWrite(actor);
      const { year } = request.params;
      const entries = request.body.entries.map((e) => ({ ...e, year }));
      const confirmed = request.body.confirm === true;
      return app.db.transaction((tx) => setPopulation(tx, actor, entries, 'entry', { confirmed }));
    },
  );

  app.post(
    '/api/v1/population/import',
    {
      schema: {
        tags,
        summary: 'Import rural population figures from CSV or XLSX / 导入农村人口',
        description:
          'multipart/form-data with one file field. Columns: 行政区划代码 region_code, 年度 year, 农村人口 rural_population, optional 备注 note. Bad rows are reported and not written; the good rows are written together. ' +
          CONFIRM_RULE,
        consumes: ['multipart/form-data'],
        querystring: z.object({
          confirm: z
            .enum(['true', 'false'])
            .optional()
            .describe('import figures below the registered persons / 确认导入'),
        }),
        response: {
          200: populationOutcome.extend({
            rejected: z.number(),
            errors: z.array(
              z.object({ row: z.number(), column: z.string(), code: z.string(), message: z.string() }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireSomeWrite(actor);
      const file = await uploadedFile(request);
      if (!file) throw fieldError('file', 'REQUIRED', { zh: '请上传文件', en: 'A file is required' });
      const format = formatOf(file.filename);
      const upload = await saveUpload(app.config.dataDir, file.file, format);
      try {
        return await importPopulation(app.db, actor, readTable(upload.path, format), {
          confirmed: request.query.confirm === 'true',
        });
      } finally {
        await upload.remove();
      }
    },
  );
}
