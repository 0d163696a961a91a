import type { App } from '../../app/context.ts';
import { checkRateLimit, PUBLIC_LIMITS } from '../../app/rate-limit.ts';
import { retryTransaction } from '../../db/retry.ts';
import { today } from '../registry/commands/shared.ts';
import { listPublicNotices, publicNotice, publicView } from './notice-queries.ts';
import {
  noticeListResponse,
  publicListQuery,
  publicNoticeSchema,
  publicObjectionBody,
  publicObjectionReceipt,
  serialParam,
} from './notice-schemas.ts';
import { raisePublicObjection } from './objections.ts';
import { verifyHumanCheck } from '../portal/human-check.ts';

const tags = ['public'];

/**
 * The portal's notices (no login): those in their period or ended within a year, names and village only, and
 * objections from the public during a notice's period. The objector's name and phone are kept for staff and
 * never echoed.
 */
export async function publicNoticeRoutes(app: App) {
  const day = () => today(app.clock());

  app.get(
    '/api/public/notices',
    {
      schema: {
        tags,
        summary: 'Notices in their period or ended within a year / 公示公告（公开）',
        querystring: publicListQuery,
        response: { 200: noticeListResponse },
      },
    },
    async (request) => listPublicNotices(app.db, request.query, day()),
  );

  app.get(
    '/api/public/notices/:serial',
    {
      schema: {
        tags,
        summary: 'One notice with its text / 公示详情（公开）',
        params: serialParam,
        response: { 200: publicNoticeSchema },
      },
    },
    async (request) => publicView(await publicNotice(app.db, request.params.serial, day())),
  );

  app.post(
    '/api/public/notices/:serial/objections',
    {
      schema: {
        tags,
        summary: 'Object to a notice during its period / 提出异议（公开）',
        description: [
          'content ≤ 2000 characters; name and phone optional and private (never shown on a notice or echoed).',
          'humanToken and humanAnswer: the question of GET /api/public/human-check (422 HUMAN_CHECK_FAILED).',
          "422 NOTICE_CLOSED outside the notice's period; 429 RATE_LIMITED after",
          `${PUBLIC_LIMITS.objection.limit} an hour from one address to one notice.`,
        ].join(' '),
        params: serialParam,
        body: publicObjectionBody,
        response: { 201: publicObjectionReceipt },
      },
    },
    async (request, reply) => {
      const { serial } = request.params;
      checkRateLimit(app, 'objection', request, reply, serial);
      const date = day();
      const notice = await publicNotice(app.db, serial, date);
      const { humanToken, humanAnswer, ...objection } = request.body;
      await verifyHumanCheck(app.db, app.config, { token: humanToken, answer: humanAnswer }, app.clock());
      const receipt = await retryTransaction(app.db, (tx) =>
        raisePublicObjection(tx, request.id, notice, objection, date),
      );
      return reply.status(201).send({
        ...receipt,
        message: {
          zh: '异议已收到，将由发布单位核实答复',
          en: 'Your objection was received; the issuing body will look into it and answer',
        },
      });
    },
  );
}
