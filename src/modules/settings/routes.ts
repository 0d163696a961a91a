import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { canConfigure } from '../auth/policies.ts';
import { today } from '../registry/commands/shared.ts';
import { yearSchema } from '../registry/schemas.ts';
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

/** The deployment's settings: read by every logged-in user, changed by country-wide system administrators. */
export async function settingsRoutes(app: App) {
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
}
