import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { retryTransaction } from '../../db/retry.ts';
import { normaliseCode } from '../regions/region-code.ts';
import { readWorkingYear } from '../settings/working-year.ts';
import { codeTable, CODE_LISTS } from './codes.ts';
import { addMember } from './commands/add-member.ts';
import { createHousehold } from './commands/create-household.ts';
import { recordMemberEvent } from './commands/record-member-event.ts';
import { today } from './commands/shared.ts';
import { updateHousehold } from './commands/update-household.ts';
import { updateMember } from './commands/update-member.ts';
import { pageQuery } from '../../app/paging.ts';
import { getHousehold, householdHistory, listHouseholds } from './queries.ts';
import {
  addMemberBody,
  createHouseholdBody,
  historySchema,
  householdListQuery,
  householdListSchema,
  householdSchema,
  idParam,
  memberEventBody,
  queryYearSchema,
  updateHouseholdBody,
  updateMemberBody,
  type CreateHouseholdInput,
  type UpdateHouseholdInput,
  type UpdateMemberInput,
} from './schemas.ts';

const tags = ['registry'];
const created = z.object({ id: z.number() });
const yearQuery = z.object({ year: queryYearSchema.optional() });
const codeEntry = z.object({ code: z.string(), zh: z.string(), en: z.string() });

/**
 * Routes stay thin: parse (zod), open the transaction, call the command, present the result. A write that
 * loses a deadlock or a serialisation race runs again (retryTransaction): the commands keep no state outside it.
 */
export async function registryRoutes(app: App) {
  app.get(
    '/api/v1/codes',
    {
      schema: {
        tags,
        summary: 'Code tables with zh/en labels / 代码表',
        response: { 200: z.record(z.enum(CODE_LISTS), z.array(codeEntry)) },
      },
    },
    async () => codeTable(),
  );

  app.get(
    '/api/v1/households',
    {
      schema: {
        tags,
        summary: 'List households of a region and year / 户列表',
        querystring: householdListQuery,
        response: { 200: householdListSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const region = request.query.region ? normaliseCode(request.query.region) : actor.grants[0]?.regionCode;
      return listHouseholds(app.db, actor, region ?? '', request.query);
    },
  );

  app.post(
    '/api/v1/households',
    {
      schema: {
        tags,
        summary: 'Register a household with its members / 建档',
        body: createHouseholdBody,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = app.clock();
      // Without a year, the facts are of the working year (工作年度), the year the deployment works on.
      const asked = (request.body as { year?: number }).year;
      const id = await retryTransaction(app.db, async (tx) => {
        const year = asked ?? (await readWorkingYear(tx, now)).year;
        return createHousehold(tx, actor, { ...(request.body as CreateHouseholdInput), year }, today(now), {
          meter: { at: now, supplied: asked === undefined ? 1 : 0 },
        });
      });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/v1/households/:id',
    {
      schema: {
        tags,
        summary: 'A household with its members and yearly facts / 户详情',
        description:
          'Roles without personal data in the region (system administrators, town officials, inspectors) see ID ' +
          'numbers as their first 6 and last 4 characters, phones, bank accounts and certificate numbers masked, ' +
          "and each member's age instead of the birth date, which would rebuild the masked ID number.",
        params: idParam,
        querystring: yearQuery,
        response: { 200: householdSchema },
      },
    },
    async (request) =>
      getHousehold(app.db, requireActor(request), request.params.id, {
        year: request.query.year,
        today: today(app.clock()),
      }),
  );

  app.patch(
    '/api/v1/households/:id',
    {
      schema: {
        tags,
        summary: 'Change a household or its facts of a year (version required) / 修改户信息',
        params: idParam,
        body: updateHouseholdBody,
        response: { 200: householdSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const body = request.body as UpdateHouseholdInput;
      await retryTransaction(app.db, (tx) =>
        updateHousehold(tx, actor, request.params.id, body, today(app.clock()), { at: app.clock() }),
      );
      return getHousehold(app.db, actor, request.params.id, { year: body.year, today: today(app.clock()) });
    },
  );

  app.get(
    '/api/v1/households/:id/history',
    {
      schema: {
        tags,
        summary: 'Field-level change history / 变更记录',
        params: idParam,
        querystring: z.object({
          before: z.coerce.number().int().positive().optional(),
          page: pageQuery,
          limit: z.coerce.number().int().min(1).max(200).default(50),
          match: z
            .string()
            .min(4)
            .max(40)
            .optional()
            .describe(
              'an ID number, phone or bank account: only the changes from or to it (roles that see personal data) / 按证件号码、电话或账号查找变更',
            ),
        }),
        response: { 200: historySchema },
      },
    },
    async (request) => householdHistory(app.db, requireActor(request), request.params.id, request.query),
  );

  app.post(
    '/api/v1/households/:id/members',
    {
      schema: {
        tags,
        summary: 'A person joins the household (birth, marriage, moving in) / 增加成员',
        params: idParam,
        body: addMemberBody,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await retryTransaction(app.db, (tx) =>
        addMember(tx, actor, request.params.id, request.body, today(app.clock()), { at: app.clock() }),
      );
      return reply.status(201).send({ id });
    },
  );

  app.patch(
    '/api/v1/members/:id',
    {
      schema: {
        tags,
        summary: 'Change a member (version required) / 修改成员',
        params: idParam,
        body: updateMemberBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await retryTransaction(app.db, (tx) =>
        updateMember(tx, actor, request.params.id, request.body as UpdateMemberInput, today(app.clock()), {
          at: app.clock(),
        }),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/members/:id/events',
    {
      schema: {
        tags,
        summary: 'A member leaves (death, marriage out, moving) or moves to another household / 成员变动',
        params: idParam,
        body: memberEventBody,
        response: { 200: z.object({ newMemberId: z.number().nullable() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return retryTransaction(app.db, (tx) =>
        recordMemberEvent(tx, actor, request.params.id, request.body, today(app.clock()), {
          at: app.clock(),
        }),
      );
    },
  );
}
