import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { getJob } from './queue.ts';
import { JobRunner } from './runner.ts';

const messageSchema = z.object({ zh: z.string(), en: z.string() });

export const jobSchema = z.object({
  id: z.number(),
  kind: z.string().describe('e.g. registry.import'),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z
    .object({ done: z.number(), total: z.number() })
    .describe('for an import: households done / households in the file (total is 0 while the file is read)'),
  result: z.unknown().describe('what the job produced: for an import, its summary'),
  error: z.object({ code: z.string(), message: messageSchema }).nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

/** GET /api/v1/jobs/:id, and the runner of this process: started when the server is ready, stopped on close. */
export async function jobRoutes(app: App) {
  const runner = new JobRunner(app.db, app.config, app.log, app.clock);
  app.addHook('onReady', async () => runner.start());
  app.addHook('onClose', async () => runner.stop());

  app.get(
    '/api/v1/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'A background job: status, progress, result / 后台任务状态',
        description: 'Visible to the user who started the job and to the administrators of its region.',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: jobSchema },
      },
    },
    async (request) => getJob(app.db, requireActor(request), request.params.id),
  );
}
