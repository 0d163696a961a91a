import { requireActor, type App } from '../../app/context.ts';
import { retryTransaction } from '../../db/retry.ts';
import { today } from '../registry/commands/shared.ts';
import { branchById, createBranch, listBranches, updateBranch } from './branches.ts';
import {
  addMemberBody,
  branchBody,
  branchList,
  branchPatch,
  branchSchema,
  codeParam,
  createdSchema,
  endBody,
  idParam,
  listQuery,
  memberParam,
  teamBody,
  teamList,
  teamPatch,
  teamSchema,
  unitBody,
  unitList,
  unitPatch,
  unitSchema,
  villageOrganisationSchema,
} from './schemas.ts';
import { addMember, createTeam, endMember, listTeams, teamDetail, updateTeam } from './teams.ts';
import { createUnit, listUnits, unitById, updateUnit } from './units.ts';
import { villageOrganisation } from './village.ts';

const tags = ['organisation'];

/** Units, Party branches, work teams and a village's organisation: unit./branch./team. permissions. */
export async function structureRoutes(app: App) {
  app.get(
    '/api/v1/units',
    {
      schema: {
        tags,
        summary: 'Assistance units / 帮扶单位',
        querystring: listQuery,
        response: { 200: unitList },
      },
    },
    async (request) => listUnits(app.db, requireActor(request), request.query),
  );
  app.post(
    '/api/v1/units',
    {
      schema: {
        tags,
        summary: 'Register a unit / 登记帮扶单位',
        description: '422 DUPLICATE_NAME.',
        body: unitBody,
        response: { 201: createdSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = app.clock();
      const id = await retryTransaction(app.db, (tx) => createUnit(tx, actor, request.body, now));
      return reply.code(201).send({ id });
    },
  );
  app.patch(
    '/api/v1/units/:id',
    {
      schema: {
        tags,
        summary: 'Change a unit / 修改帮扶单位',
        params: idParam,
        body: unitPatch,
        response: { 200: unitSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = app.clock();
      return retryTransaction(app.db, async (tx) => {
        await updateUnit(tx, actor, request.params.id, request.body, now);
        return unitById(tx, request.params.id);
      });
    },
  );

  app.get(
    '/api/v1/branches',
    {
      schema: {
        tags,
        summary: "Villages' Party branches / 村党支部",
        querystring: listQuery,
        response: { 200: branchList },
      },
    },
    async (request) => listBranches(app.db, requireActor(request), request.query),
  );
  app.post(
    '/api/v1/branches',
    {
      schema: {
        tags,
        summary: 'Register a Party branch / 登记村党支部',
        description: '422 DUPLICATE_NAME, 422 NOT_A_VILLAGE.',
        body: branchBody,
        response: { 201: createdSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = app.clock();
      const id = await retryTransaction(app.db, (tx) => createBranch(tx, actor, request.body, now));
      return reply.code(201).send({ id });
    },
  );
  app.patch(
    '/api/v1/branches/:id',
    {
      schema: {
        tags,
        summary: 'Change a Party branch / 修改村党支部',
        params: idParam,
        body: branchPatch,
        response: { 200: branchSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = app.clock();
      return retryTransaction(app.db, async (tx) => {
        await updateBranch(tx, actor, request.params.id, request.body, now);
        return branchById(tx, request.params.id);
      });
    },
  );

  app.get(
    '/api/v1/teams',
    {
      schema: {
        tags,
        summary: 'Work teams with their members / 驻村工作队',
        querystring: listQuery,
        response: { 200: teamList },
      },
    },
    async (request) => listTeams(app.db, requireActor(request), request.query),
  );
  app.get(
    '/api/v1/teams/:id',
    {
      schema: {
        tags,
        summary: 'One work team (phones masked without personal data) / 工作队详情',
        params: idParam,
        response: { 200: teamSchema },
      },
    },
    async (request) => teamDetail(app.db, requireActor(request), request.params.id),
  );
  app.post(
    '/api/v1/teams',
    {
      schema: {
        tags,
        summary: 'Send a work team to a village / 派驻工作队',
        description:
          "The province's rules: 422 TEAM_TOO_SMALL (teamMinMembers), 422 TEAM_TERM_TOO_SHORT (teamMinTermYears), 422 TEAM_ROLES (one leader, one first secretary).",
        body: teamBody,
        response: { 201: createdSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = app.clock();
      const id = await retryTransaction(app.db, (tx) => createTeam(tx, actor, request.body, today(now), now));
      return reply.code(201).send({ id });
    },
  );
  app.patch(
    '/api/v1/teams/:id',
    {
      schema: {
        tags,
        summary: "Change a team's sending unit or term / 修改工作队",
        params: idParam,
        body: teamPatch,
        response: { 200: teamSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = app.clock();
      return retryTransaction(app.db, async (tx) => {
        await updateTeam(tx, actor, request.params.id, request.body, today(now), now);
        return teamDetail(tx, actor, request.params.id);
      });
    },
  );
  app.post(
    '/api/v1/teams/:id/members',
    {
      schema: {
        tags,
        summary: 'A cadre joins the team / 增加队员',
        description: '422 ALREADY_MEMBER, 422 TEAM_ROLES (the role is taken).',
        params: idParam,
        body: addMemberBody,
        response: { 201: teamSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = app.clock();
      const team = await retryTransaction(app.db, async (tx) => {
        await addMember(tx, actor, request.params.id, request.body, today(now), now);
        return teamDetail(tx, actor, request.params.id);
      });
      return reply.code(201).send(team);
    },
  );
  app.post(
    '/api/v1/teams/:id/members/:memberId/end',
    {
      schema: {
        tags,
        summary: 'A member leaves the team / 队员离队',
        params: memberParam,
        body: endBody,
        response: { 200: teamSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = app.clock();
      const { id, memberId } = request.params;
      return retryTransaction(app.db, async (tx) => {
        await endMember(tx, actor, id, memberId, request.body.date, today(now), now);
        return teamDetail(tx, actor, id);
      });
    },
  );

  app.get(
    '/api/v1/villages/:code/organisation',
    {
      schema: {
        tags,
        summary: "A village's branch, teams, paired cadres and pairing counts / 村组织概况",
        params: codeParam,
        response: { 200: villageOrganisationSchema },
      },
    },
    async (request) => villageOrganisation(app.db, requireActor(request), request.params.code),
  );
}
