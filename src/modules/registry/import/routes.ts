import { z } from 'zod';
import { requireActor, type App } from '../../../app/context.ts';
import { saveUpload, uploadedFile } from '../../../app/uploads.ts';
import { recordAudit } from '../../audit/audit.ts';
import { DomainError, fieldError, notFound } from '../../../app/errors.ts';
import { requireSomeWrite } from '../../access/require-access.ts';
import { enqueue, getJob } from '../../jobs/queue.ts';
import { kickRunners } from '../../jobs/runner.ts';
import { today } from '../commands/shared.ts';
import { DATE_LABELS, refuseFields, yearIssue } from '../dates.ts';
import { sendTable } from '../export/http.ts';
import { writeTemplate } from '../export/template.ts';
import { IMPORT_JOB } from './job.ts';
import { formatOf, type FileFormat } from './readers.ts';
import { queryYearSchema } from '../schemas.ts';
import { errorReportFacts, runOfJob, writeErrorReport } from './report.ts';
import { readWorkingYear } from '../../settings/working-year.ts';
import { newYearError, newYearOf } from './new-year.ts';

const tags = ['import / export'];
const FORMATS: readonly FileFormat[] = ['xlsx', 'csv'];

/** Uploads run as jobs (see job.ts); the template and the bad-row reports are streamed downloads. */
export async function importRoutes(app: App) {
  app.post(
    '/api/v1/imports',
    {
      schema: {
        tags,
        summary: 'Upload a CSV or XLSX file to import; it runs as a job / 上传导入文件（后台任务）',
        description:
          'multipart/form-data with one file field (.csv or .xlsx, format in docs/import-format.md). Answers 202 with the job id; follow it at GET /api/v1/jobs/{id}, whose result is the import summary.',
        consumes: ['multipart/form-data'],
        querystring: z.object({
          year: queryYearSchema
            .optional()
            .describe('the year of the facts in the file; default: the working year (工作年度)'),
          confirmNewYear: z
            .enum(['true', 'false'])
            .optional()
            .describe(
              'true to import into a year in which your regions have no households yet while they have some in other years; without it such an import answers 409 IMPORT_NEW_YEAR / 确认导入新年度',
            ),
        }),
        response: { 202: z.object({ jobId: z.number(), year: z.number() }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const region = requireSomeWrite(actor);
      const now = app.clock();
      // The facts of a year not yet begun are no facts: refused before the file is read or queued.
      const year = request.query.year ?? (await readWorkingYear(app.db, now)).year;
      const future = yearIssue(year, 'year', DATE_LABELS.year, today(now));
      if (future) throw refuseFields([future]);
      if (request.query.confirmNewYear !== 'true') {
        const fresh = await newYearOf(app.db, actor, year);
        if (fresh) throw newYearError(fresh);
      }
      const file = await uploadedFile(request);
      if (!file) throw fieldError('file', 'REQUIRED', { zh: '请上传文件', en: 'A file is required' });
      const format = formatOf(file.filename);
      // The job removes the file when it is done with it.
      const { path } = await saveUpload(app.config.dataDir, file.file, format);
      // The day of the upload is the import's "today", however long the job waits in the queue.
      const payload = {
        path,
        fileName: file.filename,
        format,
        year,
        today: today(now),
      };
      const jobId = await enqueue(app.db, IMPORT_JOB, payload, { ...actor, source: 'import' }, region);
      kickRunners();
      return reply.status(202).send({ jobId, year });
    },
  );

  for (const format of FORMATS) {
    app.get(
      `/api/v1/imports/template.${format}`,
      { schema: { tags, summary: `The import template (${format.toUpperCase()}) / 导入模板` } },
      async (_request, reply) =>
        sendTable(reply, { format, name: `zhenfu-import-template.${format}`, sheet: '导入 import' }, (out) =>
          writeTemplate(out, format),
        ),
    );

    app.get(
      `/api/v1/imports/:jobId/errors.${format}`,
      {
        schema: {
          tags,
          summary: `The bad rows of an import job (${format.toUpperCase()}) / 导入错误报告`,
          params: z.object({ jobId: z.coerce.number().int().positive() }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const job = await getJob(app.db, actor, request.params.jobId);
        if (job.kind !== IMPORT_JOB) throw notFound('import', request.params.jobId);
        if (job.status !== 'done') {
          throw new DomainError(
            'conflict',
            'JOB_NOT_DONE',
            {
              zh: '导入尚未完成（或已失败，见任务的错误信息）',
              en: 'The import has not finished (or it failed: see the job error)',
            },
            { status: job.status },
          );
        }
        const runId = await runOfJob(app.db, job.id);
        if (runId === undefined) throw notFound('import', job.id);
        // The bad rows carry what was typed for real people: the download is audited before it starts, in
        // the region of the job (the uploader's grant).
        const { errorRows, regionCode } = await errorReportFacts(app.db, runId);
        await recordAudit(app.db, actor, {
          action: 'import.errors_download',
          entity: 'import',
          entityId: job.id,
          regionCode,
          after: { runId, format, errorRows },
        });
        return sendTable(
          reply,
          { format, name: `zhenfu-import-${job.id}-errors.${format}`, sheet: '错误 errors' },
          (out) => writeErrorReport(app.db, runId, out),
        );
      },
    );
  }
}
