import { requireActor, type App } from '../../app/context.ts';
import { retryTransaction } from '../../db/retry.ts';
import { requireAccess, requireRegion } from '../access/require-access.ts';
import { createProject, setBeneficiaries, updateProject } from './commands.ts';
import { addDisbursement } from './disbursements.ts';
import { makeDisclosure } from './disclosure.ts';
import { listProjects, projectById } from './queries.ts';
import {
  beneficiariesBody,
  createProjectBody,
  disbursementBody,
  disclosureBody,
  disclosureResultSchema,
  listProjectsQuery,
  projectIdParam,
  projectListSchema,
  projectSchema,
  updateProjectBody,
} from './schemas.ts';

const tags = ['projects'];

/** 项目资金 (issue 13 §5): projects, their beneficiaries and disbursements, and the fund disclosure. */
export async function projectRoutes(app: App) {
  app.get(
    '/api/v1/projects',
    {
      schema: {
        tags,
        summary: 'Projects of a region (kept there or in its villages) / 项目列表',
        querystring: listProjectsQuery,
        response: { 200: projectListSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRegion(actor, 'region.read', request.query.region);
      return listProjects(app.db, actor, request.query);
    },
  );

  app.post(
    '/api/v1/projects',
    {
      schema: {
        tags,
        summary: 'Create a project / 新建项目',
        description:
          'regionCode: the county or town keeping it (manageProjects); villages in that region (422 VILLAGE_OUTSIDE).',
        body: createProjectBody,
        response: { 201: projectSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await retryTransaction(app.db, (tx) =>
        createProject(tx, actor, request.body, app.clock()),
      );
      return reply.code(201).send(project);
    },
  );

  app.get(
    '/api/v1/projects/:id',
    {
      schema: {
        tags,
        summary: 'One project with its disbursements and beneficiaries / 项目详情',
        params: projectIdParam,
        response: { 200: projectSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await requireAccess(app.db, actor, 'project.read', [request.params.id]);
      return projectById(app.db, actor, request.params.id);
    },
  );

  app.patch(
    '/api/v1/projects/:id',
    {
      schema: {
        tags,
        summary: 'Change a project or move its state / 修改项目',
        description:
          'state: planned → in_progress → completed → accepted, planned or in_progress → cancelled (422 WRONG_STATE); an accepted or cancelled project no longer changes (422 PROJECT_CLOSED); a fund below what was paid out of it 422 FUND_BELOW_DISBURSED. 409 on a stale version.',
        params: projectIdParam,
        body: updateProjectBody,
        response: { 200: projectSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return retryTransaction(app.db, (tx) =>
        updateProject(tx, actor, request.params.id, request.body, app.clock()),
      );
    },
  );

  app.put(
    '/api/v1/projects/:id/beneficiaries',
    {
      schema: {
        tags,
        summary: 'Set the households benefiting / 设置受益户',
        description:
          'The whole list. Each household readable by you (404) and in one of the project’s villages (422 HOUSEHOLD_OUTSIDE_VILLAGES).',
        params: projectIdParam,
        body: beneficiariesBody,
        response: { 200: projectSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return retryTransaction(app.db, (tx) =>
        setBeneficiaries(tx, actor, request.params.id, request.body, app.clock()),
      );
    },
  );

  app.post(
    '/api/v1/projects/:id/disbursements',
    {
      schema: {
        tags,
        summary: 'Record a payment out of a project / 登记资金拨付',
        description:
          'The sum paid out of a source may not exceed its fund: 422 FUND_EXCEEDED with source, fund, disbursed, amount, available. 422 VOUCHER_EXISTS, DATE_IN_FUTURE.',
        params: projectIdParam,
        body: disbursementBody,
        response: { 201: projectSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await retryTransaction(app.db, (tx) =>
        addDisbursement(tx, actor, request.params.id, request.body, app.clock()),
      );
      return reply.code(201).send(project);
    },
  );

  app.post(
    '/api/v1/projects/:id/disclosure',
    {
      schema: {
        tags,
        summary:
          'Make the project’s fund disclosure on the portal, submitted for review / 生成资金项目公告公示',
        description:
          'On the portal site of the project’s region or the nearest above, in its disclosures column, filled from the project and submitted for an editor to publish. The project’s keeper may (project.write). 409 DISCLOSURE_EXISTS with articleId; 422 NO_SITE, NO_DISCLOSURE_COLUMN, NO_FUNDS.',
        params: projectIdParam,
        body: disclosureBody,
        response: { 201: disclosureResultSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const made = await retryTransaction(app.db, (tx) =>
        makeDisclosure(tx, actor, request.params.id, request.body, app.clock()),
      );
      return reply.code(201).send(made);
    },
  );
}
