import { requireActor, type App } from '../../app/context.ts';
import { today } from '../registry/commands/shared.ts';
import { setStandard } from './commands/set-standard.ts';
import { lineOf, listStandards } from './queries.ts';
import {
  provinceParams,
  standardBody,
  standardLineSchema,
  standardsListSchema,
  standardsQuery,
  yearParam,
} from './schemas.ts';

const tags = ['standards'];

/** Poverty standards: read by every logged-in user, set by the administrators policies.ts names. */
export async function standardsRoutes(app: App) {
  app.get(
    '/api/v1/standards',
    {
      schema: {
        tags,
        summary: 'Poverty lines per year and province, with history / 贫困标准',
        querystring: standardsQuery,
        response: { 200: standardsListSchema },
      },
    },
    async (request) => {
      requireActor(request);
      return listStandards(app.db, request.query);
    },
  );

  app.put(
    '/api/v1/standards/:year',
    {
      schema: {
        tags,
        summary: 'Set the national poverty line of a year (a new version) / 设置国家贫困线',
        params: yearParam,
        body: standardBody,
        response: { 200: standardLineSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await app.db.transaction((tx) =>
        setStandard(
          tx,
          actor,
          { ...request.body, year: request.params.year, province: null },
          today(app.clock()),
        ),
      );
      return lineOf(row);
    },
  );

  app.put(
    '/api/v1/standards/:year/provinces/:province',
    {
      schema: {
        tags,
        summary: "Set a province's own poverty line of a year (a new version) / 设置省定贫困线",
        params: provinceParams,
        body: standardBody,
        response: { 200: standardLineSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { year, province } = request.params;
      const row = await app.db.transaction((tx) =>
        setStandard(tx, actor, { ...request.body, year, province }, today(app.clock())),
      );
      return lineOf(row);
    },
  );
}
