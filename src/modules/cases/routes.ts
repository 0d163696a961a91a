import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { DomainError } from '../../app/errors.ts';
import { sendDownload } from '../../app/uploads.ts';
import { retryTransaction } from '../../db/retry.ts';
import { readAssessmentRequest } from '../assessment/upload.ts';
import { openCriteriaProblems } from '../problems/auto.ts';
import { today } from '../registry/commands/shared.ts';
import { actOnCases } from './commands/act.ts';
import { createCase } from './commands/create-case.ts';
import { meterCase } from '../burden/record.ts';
import { caseEvidenceFile, saveCaseEvidence } from './evidence.ts';
import { countCases, getCase, listCases } from './queries.ts';
import {
  actionBody,
  caseIdParam,
  caseCountsResponse,
  caseListResponse,
  countsQuery,
  caseTypesResponse,
  caseViewSchema,
  createCaseBody,
  evidenceSchema,
  listQuery,
} from './schemas.ts';
import { caseTypes } from './transitions.ts';

const tags = ['cases'];

/**
 * The procedures' API: the transition tables, opening a case, lists and the case page, a step, the files steps
 * cite. Thin: parse, one transaction (run again when it loses a deadlock), the command, the case as it now is.
 */
export async function caseRoutes(app: App) {
  app.get(
    '/api/v1/case-types',
    {
      schema: {
        tags,
        summary: 'The procedures as transition tables / 各程序的步骤表',
        response: { 200: caseTypesResponse },
      },
    },
    async (request) => {
      requireActor(request);
      return caseTypes().map((d) => ({
        ...d,
        stages: [...d.stages],
        steps: d.steps.map((s) => ({ ...s, requires: [...s.requires], checks: [...s.checks] })),
      }));
    },
  );

  app.post(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'Open a case (application, proposal, lead, or a village/county exit) / 发起程序',
        body: createCaseBody,
        response: { 201: caseViewSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = today(app.clock());
      const id = await retryTransaction(app.db, async (tx) => {
        const opened = await createCase(tx, actor, request.body, now);
        await meterCase(tx, actor, opened, 'case.create', request.body, app.clock());
        return opened;
      });
      return reply.status(201).send(await getCase(app.db, actor, id));
    },
  );

  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'Cases in the caller’s regions, in keyset pages / 案件列表',
        querystring: listQuery,
        response: { 200: caseListResponse },
      },
    },
    async (request) => listCases(app.db, requireActor(request), request.query),
  );

  app.get(
    '/api/v1/cases/counts',
    {
      schema: {
        tags,
        summary: 'Open cases in the caller’s regions by type and stage, and the overdue / 在办案件数',
        querystring: countsQuery,
        response: { 200: caseCountsResponse },
      },
    },
    async (request) => countCases(app.db, requireActor(request), request.query.regionCode),
  );

  app.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary:
          'A case: stage, events, notices, objections, evidence, the steps the caller may take / 案件详情',
        params: caseIdParam,
        response: { 200: caseViewSchema },
      },
    },
    async (request) => getCase(app.db, requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/cases/:id/actions',
    {
      schema: {
        tags,
        summary: 'Take a step of the procedure (guarded; one transaction) / 办理步骤',
        params: caseIdParam,
        body: actionBody,
        response: { 200: caseViewSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = today(app.clock());
      const { id } = request.params;
      const body = request.body;
      await retryTransaction(app.db, async (tx) => {
        const [result] = await actOnCases(
          tx,
          actor,
          [id],
          { ...body, date: body.date ?? now, inputs: body.inputs ?? {} },
          now,
        );
        if (result?.error) throw result.error;
        await meterCase(tx, actor, id, `case.${body.action}`, body, app.clock());
      }).catch(async (error: unknown) => {
        // The refused step rolled back; its unmet criteria become problems in a transaction of their own.
        if (error instanceof DomainError)
          await openCriteriaProblems(app.db, actor, body.action, [{ id, error }], now);
        throw error;
      });
      return getCase(app.db, actor, id);
    },
  );

  app.post(
    '/api/v1/cases/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Upload a file a step relies on (PDF, JPEG, PNG, WebP, HEIC; ≤ 5 MB) / 上传程序材料',
        consumes: ['multipart/form-data'],
        params: caseIdParam,
        response: { 201: evidenceSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // Read the upload before the transaction: PGlite runs one transaction at a time.
      const { file } = await readAssessmentRequest(request);
      const saved = await retryTransaction(app.db, (tx) =>
        saveCaseEvidence(tx, actor, request.params.id, file),
      );
      return reply.status(201).send(saved);
    },
  );

  app.get(
    '/api/v1/cases/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Download a file of a case (audited) / 下载程序材料',
        params: caseIdParam.extend({ evidenceId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const file = await caseEvidenceFile(
        app.db,
        requireActor(request),
        request.params.id,
        request.params.evidenceId,
      );
      return sendDownload(reply, file);
    },
  );
}
