import { DomainError } from '../../app/errors.ts';
import type { App } from '../../app/context.ts';
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

const tags = ['public'];

/** Objections one address may send to one notice in an hour. */
export const OBJECTIONS_PER_HOUR = 5;
const HOUR_MS = 3_600_000;

/**
 * A sliding hour of attempts per address and notice, kept in this process: enough to stop a script flooding
 * a notice from one address (each process of a deployment counts its own). Entries older than the hour are
 * dropped as they are met, and all stale ones when the table grows.
 */
export function rateLimiter(limit = OBJECTIONS_PER_HOUR, windowMs = HOUR_MS) {
  const seen = new Map<string, number[]>();
  return (key: string, now: number): boolean => {
    const recent = (seen.get(key) ?? []).filter((t) => now - t < windowMs);
    if (seen.size > 10_000)
      for (const [k, times] of seen) if (times.every((t) => now - t >= windowMs)) seen.delete(k);
    if (recent.length >= limit) {
      seen.set(key, recent);
      return false;
    }
    recent.push(now);
    seen.set(key, recent);
    return true;
  };
}

const rateLimited = () =>
  new DomainError('locked', 'RATE_LIMITED', {
    zh: `同一来源每小时对同一公示最多提交 ${OBJECTIONS_PER_HOUR} 条异议，请稍后再试或拨打监督举报电话 12317`,
    en: `At most ${OBJECTIONS_PER_HOUR} objections an hour to one notice from one address; try later or call the supervision line 12317`,
  });

/**
 * The portal's notices (no login): those in their period or ended within a year, names and village only, and
 * objections from the public during a notice's period. The objector's name and phone are kept for staff and
 * never echoed.
 */
export async function publicNoticeRoutes(app: App) {
  const day = () => today(app.clock());
  const allow = rateLimiter();

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
          `422 NOTICE_CLOSED outside the notice's period; 429 RATE_LIMITED after ${OBJECTIONS_PER_HOUR} an hour`,
          'from one address to one notice.',
        ].join(' '),
        params: serialParam,
        body: publicObjectionBody,
        response: { 201: publicObjectionReceipt },
      },
    },
    async (request, reply) => {
      const { serial } = request.params;
      if (!allow(`${request.ip}|${serial}`, app.clock().getTime())) throw rateLimited();
      const date = day();
      const notice = await publicNotice(app.db, serial, date);
      const receipt = await retryTransaction(app.db, (tx) =>
        raisePublicObjection(tx, request.id, notice, request.body, date),
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
