import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { canConfigure } from '../auth/policies.ts';
import { today } from '../registry/commands/shared.ts';
import { yearSchema } from '../registry/schemas.ts';
import {
  procedureSettingsSchema,
  readProcedures,
  setProcedures,
  type StoredProcedures,
} from './procedures.ts';
import { readWorkingYear, setWorkingYear, type WorkingYear } from './working-year.ts';

const tags = ['settings'];
const workingYearSchema = z.object({
  year: z.number().describe('工作年度 / the working year'),
  source: z
    .enum(['setting', 'latest', 'today'])
    .describe(
      'set deliberately, or (not set yet) the latest year with households in the registry, or this year / 来源',
    ),
  canChange: z.boolean().describe('whether the caller may change it / 当前用户可否修改'),
});
const workingYearBody = z.object({ year: yearSchema });
const proceduresSchema = procedureSettingsSchema.extend({
  source: z.enum(['setting', 'default']).describe('saved, or the built-in defaults / 来源'),
  canChange: z.boolean().describe('whether the caller may change it / 当前用户可否修改'),
});
const PROCEDURES_RULE =
  'defaults apply everywhere; a province of west.provinces takes west.incidenceThreshold; provinces.<2 digits> overrides any rule for that province. Days are calendar days; stageLimitDays is case type → stage → days, with * for any. / 默认规则、西部省份贫困发生率标准、分省规则（自然日）。';

/** The deployment's settings: read by every logged-in user, changed by country-wide system administrators. */
export async function settingsRoutes(app: App) {
  const procedures = (actor: Parameters<typeof canConfigure>[0], stored: StoredProcedures) => ({
    ...stored.settings,
    source: stored.source,
    canChange: canConfigure(actor),
  });
  const answer = (actor: Parameters<typeof canConfigure>[0], working: WorkingYear) => ({
    ...working,
    canChange: canConfigure(actor),
  });

  app.get(
    '/api/v1/settings/working-year',
    {
      schema: {
        tags,
        summary: 'The working year: the default year of new records, imports and the console / 工作年度',
        response: { 200: workingYearSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return answer(actor, await readWorkingYear(app.db, app.clock()));
    },
  );

  app.put(
    '/api/v1/settings/working-year',
    {
      schema: {
        tags,
        summary: 'Set the working year (country-wide system administrators; audited) / 设置工作年度',
        body: workingYearBody,
        response: { 200: workingYearSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = app.clock();
      const working = await app.db.transaction((tx) =>
        setWorkingYear(tx, actor, request.body.year, today(now)),
      );
      return answer(actor, working);
    },
  );

  app.get(
    '/api/v1/settings/procedures',
    {
      schema: {
        tags,
        summary:
          'The rules of the procedures: notice days, exit thresholds, deadlines, per province / 程序规则',
        description: PROCEDURES_RULE,
        response: { 200: proceduresSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return procedures(actor, await readProcedures(app.db));
    },
  );

  app.put(
    '/api/v1/settings/procedures',
    {
      schema: {
        tags,
        summary:
          'Set the rules of the procedures (country-wide system administrators; audited) / 设置程序规则',
        description: PROCEDURES_RULE,
        body: procedureSettingsSchema,
        response: { 200: proceduresSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const stored = await app.db.transaction((tx) => setProcedures(tx, actor, request.body));
      return procedures(actor, stored);
    },
  );
}
