import type { FastifyReply } from 'fastify';
import { requireActor, type App } from '../../app/context.ts';
import { retryTransaction } from '../../db/retry.ts';
import { today } from '../registry/commands/shared.ts';
import { idParam } from '../registry/schemas.ts';
import { listNotices, staffNotice } from './notice-queries.ts';
import { renderNoticeHtml, type PrintableNotice } from './notice-html.ts';
import { renderNoticePdf } from './notice-pdf.ts';
import { fontSpecs, sendPdf } from '../../app/pdf.ts';
import {
  answerBody,
  noticeListResponse,
  objectionSchema,
  serialParam,
  staffListQuery,
  staffNoticeSchema,
  staffObjectionBody,
} from './notice-schemas.ts';
import { answerObjection } from './objection-answer.ts';
import { raiseStaffObjection } from './objections.ts';

const tags = ['notices'];

/** The printable page may style itself; it still loads and runs nothing. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

export function sendHtml(reply: FastifyReply, notice: PrintableNotice) {
  return reply
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .send(renderNoticeHtml(notice));
}

export function sendNoticePdf(reply: FastifyReply, notice: PrintableNotice, requestId: string) {
  return sendPdf(
    reply,
    () => renderNoticePdf(notice, fontSpecs()),
    {
      name: `${notice.serial}.pdf`,
      meanwhile: { zh: '可先打印网页版', en: 'the HTML page prints meanwhile' },
    },
    requestId,
  );
}

/** Staff's notices (scoped to their regions) and the objections they record and answer. */
export async function noticeRoutes(app: App) {
  const day = () => today(app.clock());

  app.get(
    '/api/v1/notices',
    {
      schema: {
        tags,
        summary: 'Notices of cases in your regions, newest first / 公示公告列表',
        querystring: staffListQuery,
        response: { 200: noticeListResponse },
      },
    },
    async (request) => listNotices(app.db, requireActor(request), request.query, day()),
  );

  app.get(
    '/api/v1/notices/:serial',
    {
      schema: {
        tags,
        summary: 'One notice with its text / 公示详情',
        params: serialParam,
        response: { 200: staffNoticeSchema },
      },
    },
    async (request) => staffNotice(app.db, requireActor(request), request.params.serial, day()),
  );

  app.get(
    '/api/v1/notices/:serial.html',
    {
      schema: { tags, summary: 'The notice as a printable page / 公示打印页（HTML）', params: serialParam },
    },
    async (request, reply) =>
      sendHtml(reply, await staffNotice(app.db, requireActor(request), request.params.serial, day())),
  );

  app.get(
    '/api/v1/notices/:serial.pdf',
    {
      schema: {
        tags,
        summary: 'The notice as PDF (503 without a CJK font) / 公示 PDF',
        params: serialParam,
      },
    },
    async (request, reply) => {
      const notice = await staffNotice(app.db, requireActor(request), request.params.serial, day());
      return sendNoticePdf(reply, notice, request.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/objections',
    {
      schema: {
        tags,
        summary: 'Record an objection to the case’s running notice / 登记异议',
        description:
          '422 NO_NOTICE when no notice runs; the date (default today) not in the future nor before the notice (422 DATE_INVALID).',
        params: idParam,
        body: staffObjectionBody,
        response: { 201: objectionSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await retryTransaction(app.db, (tx) =>
        raiseStaffObjection(tx, actor, request.params.id, request.body, day()),
      );
      return reply.status(201).send(saved);
    },
  );

  app.post(
    '/api/v1/objections/:id/answer',
    {
      schema: {
        tags,
        summary: 'Answer an objection on record / 答复异议',
        description: [
          'By the role that ends the notice’s level (village: village_cadre, town: town_official, county and',
          'announcement: county_admin). upheld: the notice ends and the case goes back to verification;',
          'dismissed: the notice may end. 409 on a stale version, 422 OBJECTION_ANSWERED, DATE_INVALID.',
        ].join(' '),
        params: idParam,
        body: answerBody,
        response: { 200: objectionSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return retryTransaction(app.db, (tx) =>
        answerObjection(tx, actor, request.params.id, request.body, day()),
      );
    },
  );
}
