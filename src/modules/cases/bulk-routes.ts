import { requireActor, type App } from '../../app/context.ts';
import { today } from '../registry/commands/shared.ts';
import { startBulk } from './bulk-job.ts';
import { bulkBody, bulkResultSchema } from './schemas.ts';

/**
 * POST /api/v1/cases/bulk: one step on many cases, each guarded as a single action and answered on its own.
 * Up to 1,000 cases answer now (200, a result per case); more are queued (202 with the job's id).
 */
export async function bulkRoutes(app: App) {
  app.post(
    '/api/v1/cases/bulk',
    {
      schema: {
        tags: ['cases'],
        summary: 'One step on many cases (by ids or a filter), each guarded / 批量办理',
        description:
          'Cases by `caseIds` or a `filter` {regionCode, type, stage} within the caller’s regions. Each case is ' +
          'all-or-nothing and answers {id, ok, code, message}; a case outside the caller’s regions answers ' +
          'NOT_FOUND. More than 1,000 cases run as a job: 202 with `jobId`, followed at GET /api/v1/jobs/{id}, ' +
          'whose result counts the cases per refusal code and lists the refused ids.',
        body: bulkBody,
        response: { 200: bulkResultSchema, 202: bulkResultSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = app.clock();
      const outcome = await startBulk(app.db, actor, request.body, today(now), now);
      return reply.status(outcome.jobId === null ? 200 : 202).send(outcome);
    },
  );
}
