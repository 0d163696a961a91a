import { requireActor, type App } from '../../app/context.ts';
import { retryTransaction } from '../../db/retry.ts';
import { today } from '../registry/commands/shared.ts';
import { actOnProblem, createProblem } from './commands.ts';
import { listProblems, problemBoard, problemDetail } from './queries.ts';
import {
  actionBody,
  boardQuery,
  boardSchema,
  createBody,
  createdSchema,
  detailSchema,
  idParam,
  listQuery,
  listSchema,
} from './schemas.ts';
import './escalation.ts';

const tags = ['problems'];

/** 问题清单 (issue 13 §3): problem.read to read, problem.write (casework, or the paired cadre) to act. */
export async function problemRoutes(app: App) {
  app.post(
    '/api/v1/problems',
    {
      schema: {
        tags,
        summary: 'Record a problem of a household or a village / 登记问题',
        description:
          'householdId or villageCode (422 HOUSEHOLD_OR_VILLAGE); owner defaults to the household’s paired cadre, due to today + problemDueDays (422 DATE_INVALID before today), 422 UNKNOWN_OWNER.',
        body: createBody,
        response: { 201: createdSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = app.clock();
      const id = await retryTransaction(app.db, (tx) =>
        createProblem(tx, actor, request.body, today(now), now),
      );
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/v1/problems',
    {
      schema: {
        tags,
        summary:
          'Problems in your scope, unfinished first by due date; inbox=true: those handled at your level / 问题列表',
        querystring: listQuery,
        response: { 200: listSchema },
      },
    },
    async (request) => listProblems(app.db, requireActor(request), request.query),
  );

  app.get(
    '/api/v1/problems/board',
    {
      schema: {
        tags,
        summary:
          'Open, in progress, solved, confirmed and overdue problems of a region and its child regions / 问题看板',
        querystring: boardQuery,
        response: { 200: boardSchema },
      },
    },
    async (request) => problemBoard(app.db, requireActor(request), request.query.region),
  );

  app.get(
    '/api/v1/problems/:id',
    {
      schema: {
        tags,
        summary: 'One problem with its trail and the steps you may take / 问题详情',
        params: idParam,
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction((tx) => problemDetail(tx, actor, request.params.id));
    },
  );

  app.post(
    '/api/v1/problems/:id/actions',
    {
      schema: {
        tags,
        summary: 'Start, solve, confirm or reopen a problem / 办理问题',
        description:
          'start: open → in_progress; solve (evidence {documentNo, date} required, 422 EVIDENCE_REQUIRED): → solved; confirm: solved → confirmed, only a town or county official, not who solved it (403 SELF_CONFIRM); reopen (note = the reason, 422 REASON_REQUIRED): solved or confirmed → open, at its village with a new due date. 409 VERSION_CONFLICT, 422 WRONG_STATE, 422 DATE_INVALID (future, or before the last step).',
        params: idParam,
        body: actionBody,
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = app.clock();
      const { id } = request.params;
      return retryTransaction(app.db, async (tx) => {
        await actOnProblem(tx, actor, id, request.body, today(now), now);
        return problemDetail(tx, actor, id);
      });
    },
  );
}
