import { requireActor, type App } from '../../app/context.ts';
import { invalidFields } from '../../app/errors.ts';
import { retryTransaction } from '../../db/retry.ts';
import { requireAccess, requireHouseholdRegion } from '../access/require-access.ts';
import { createMeasure, updateMeasure } from './commands.ts';
import { listLate } from './late.ts';
import { listMeasures } from './queries.ts';
import {
  createMeasureBody,
  lateQuery,
  lateSchema,
  listMeasuresQuery,
  measureIdParam,
  measureListSchema,
  measureSchema,
  updateMeasureBody,
} from './schemas.ts';

const tags = ['assistance'];

/** 帮扶措施 (issue 13 §4) and the households late with them (the one-month rule). */
export async function assistanceRoutes(app: App) {
  app.get(
    '/api/v1/assistance',
    {
      schema: {
        tags,
        summary: 'Assistance measures of a household or of a region / 帮扶措施列表',
        description:
          'householdId (404 outside your scope) or region (a subtree); year narrows. A paired cadre lists those of their households.',
        querystring: listMeasuresQuery,
        response: { 200: measureListSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const query = request.query;
      if (query.householdId === undefined && query.region === undefined)
        throw invalidFields([
          {
            field: 'region',
            code: 'REQUIRED',
            message: { zh: '请指定户或行政区划', en: 'Give a household or a region' },
          },
        ]);
      if (query.householdId !== undefined)
        await requireAccess(app.db, actor, 'household.read', [query.householdId]);
      if (query.region !== undefined) requireHouseholdRegion(actor, query.region);
      return listMeasures(app.db, actor, query);
    },
  );

  app.post(
    '/api/v1/assistance',
    {
      schema: {
        tags,
        summary: 'Record an assistance measure of a household / 登记帮扶措施',
        description:
          'development defaults by category (industry, employment, micro_credit, welfare_job, other_education). 422 DATE_NOT_A_DAY, START_TOO_FAR (more than a year ahead), END_BEFORE_START, YEAR_IN_FUTURE.',
        body: createMeasureBody,
        response: { 201: measureSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const measure = await retryTransaction(app.db, (tx) =>
        createMeasure(tx, actor, request.body, app.clock()),
      );
      return reply.code(201).send(measure);
    },
  );

  app.patch(
    '/api/v1/assistance/:id',
    {
      schema: {
        tags,
        summary: 'Change an assistance measure / 修改帮扶措施',
        description: '409 VERSION_CONFLICT on a stale version; the same date rules as recording.',
        params: measureIdParam,
        body: updateMeasureBody,
        response: { 200: measureSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return retryTransaction(app.db, (tx) =>
        updateMeasure(tx, actor, request.params.id, request.body, app.clock()),
      );
    },
  );

  app.get(
    '/api/v1/assistance/late',
    {
      schema: {
        tags,
        summary:
          'Households whose assistance did not start in time, not yet resolved / 帮扶措施未按时落实的户',
        querystring: lateQuery,
        response: { 200: lateSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireHouseholdRegion(actor, request.query.region);
      return listLate(app.db, actor, request.query);
    },
  );
}
