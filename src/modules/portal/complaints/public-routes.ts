import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../app/context.ts';
import { checkRateLimit, PUBLIC_LIMITS } from '../../../app/rate-limit.ts';
import { retryTransaction } from '../../../db/retry.ts';
import { today } from '../../registry/commands/shared.ts';
import { verifyHumanCheck } from '../human-check.ts';
import { parseComplaint, readComplaintForm, type ComplaintForm } from './form-input.ts';
import { trackComplaint } from './public.ts';
import { receiptSchema, trackingParam, trackingQuery, trackSchema } from './schemas.ts';
import { submitComplaint, type Receipt } from './submit.ts';

const tags = ['public'];

/**
 * Takes a complaint from the public (the JSON API and the portal's form share it), its fields and files
 * already read (readComplaintForm) after the address's limit: the contract, then the human check (which
 * spends its token), then one transaction.
 */
export async function receiveComplaint(
  app: App,
  request: FastifyRequest,
  form: ComplaintForm,
  siteId: number | null,
): Promise<Receipt> {
  const input = parseComplaint(form.fields);
  const now = app.clock();
  await verifyHumanCheck(app.db, app.config, { token: input.humanToken, answer: input.humanAnswer }, now);
  return retryTransaction(app.db, (tx) =>
    submitComplaint(tx, request.id, input, form.files, today(now), siteId),
  );
}

/** A complaint looked up by its number and code; counted against the address's limit, right or wrong. */
export async function lookUpComplaint(
  app: App,
  request: FastifyRequest,
  reply: FastifyReply,
  trackingNo: string,
  code: string | undefined,
) {
  checkRateLimit(app, 'complaintLookup', request, reply);
  return trackComplaint(app.db, trackingNo, code);
}

/** 监督举报 in the public API: submit (anonymous allowed) and track with the query code. */
export async function publicComplaintRoutes(app: App) {
  app.post(
    '/api/public/complaints',
    {
      schema: {
        tags,
        summary: 'Submit a complaint (no login) / 提交监督举报（公开）',
        description: [
          'JSON, or multipart/form-data with up to 3 files named attachments (PDF, JPEG or PNG',
          'by their bytes, 5 MB each). Fields: title (≤ 100), content (≤ 5000), regionCode (12 digits: a county,',
          'town or village), contact? (private), anonymous?, consentPublish?, humanToken and humanAnswer (GET',
          '/api/public/human-check; 422 HUMAN_CHECK_FAILED). The query code is shown only in this answer.',
          `429 RATE_LIMITED after ${PUBLIC_LIMITS.complaint.limit} an hour from one address.`,
        ].join(' '),
        consumes: ['application/json', 'multipart/form-data'],
        response: { 201: receiptSchema },
      },
    },
    async (request, reply) => {
      checkRateLimit(app, 'complaint', request, reply);
      const form = await readComplaintForm(request);
      return reply.status(201).send(await receiveComplaint(app, request, form, null));
    },
  );

  app.get(
    '/api/public/complaints/:trackingNo',
    {
      schema: {
        tags,
        summary: 'Track a complaint with its query code / 查询举报办理情况（公开）',
        description: `404 for an unknown number and for a wrong code alike. 429 RATE_LIMITED after ${PUBLIC_LIMITS.complaintLookup.limit} look-ups in 10 minutes from one address.`,
        params: trackingParam,
        querystring: trackingQuery,
        response: { 200: trackSchema },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return lookUpComplaint(app, request, reply, request.params.trackingNo, request.query.code);
    },
  );
}
