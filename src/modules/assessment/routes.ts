import { requireActor, type App } from '../../app/context.ts';
import { sendDownload } from '../../app/uploads.ts';
import { retryTransaction } from '../../db/retry.ts';
import { today } from '../registry/commands/shared.ts';
import { idParam } from '../registry/schemas.ts';
import { recordAssessment } from './commands/record-assessment.ts';
import { MAX_EVIDENCE_BYTES } from './evidence.ts';
import { GUARANTEES } from './guarantees.ts';
import { evidenceFile, getAssessment } from './queries.ts';
import { assessmentQuery, assessmentSchema, evidenceParams, manualAssessmentSchema } from './schemas.ts';
import { readAssessmentRequest } from './upload.ts';

const tags = ['assessment'];

/** The household assessment (income against the standard, 两不愁三保障 + water) and manual assessments. */
export async function assessmentRoutes(app: App) {
  app.get(
    '/api/v1/households/:id/assessment',
    {
      schema: {
        tags,
        summary: 'Income against the poverty line and 两不愁三保障 + water for a year / 户评估',
        params: idParam,
        querystring: assessmentQuery,
        response: { 200: assessmentSchema },
      },
    },
    async (request) => getAssessment(app.db, requireActor(request), request.params.id, request.query.year),
  );

  app.post(
    '/api/v1/households/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Assess one guarantee by hand, with evidence / 人工评定（须附证明材料）',
        description: [
          'A JSON body, or multipart/form-data with the same fields as text and the evidence file in the part "file".',
          `Fields: year (2013–2100), guarantee (${GUARANTEES.join(' | ')}), secure (true | false),`,
          'reason (text, ≤ 500), visitReference (≤ 200) with visitDate (YYYY-MM-DD, not in the future).',
          `Evidence is required: a file (PDF, JPEG, PNG, WebP or HEIC, ≤ ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB),`,
          'a visit reference with its date, or both. The household must have facts for the year.',
        ].join(' '),
        consumes: ['application/json', 'multipart/form-data'],
        params: idParam,
        response: { 201: manualAssessmentSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // Read the upload before the transaction: PGlite runs one transaction at a time.
      const { fields, file } = await readAssessmentRequest(request);
      const saved = await retryTransaction(app.db, (tx) =>
        recordAssessment(tx, actor, request.params.id, fields, file, today(app.clock()), { at: app.clock() }),
      );
      return reply.status(201).send(saved);
    },
  );

  app.get(
    '/api/v1/households/:id/assessments/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Download an evidence file / 下载证明材料',
        params: evidenceParams,
      },
    },
    async (request, reply) => {
      const file = await evidenceFile(
        app.db,
        requireActor(request),
        request.params.id,
        request.params.evidenceId,
      );
      return sendDownload(reply, file);
    },
  );
}
