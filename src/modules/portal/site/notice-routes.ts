import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../app/context.ts';
import { DomainError } from '../../../app/errors.ts';
import { httpStatus } from '../../../app/http-errors.ts';
import { checkRateLimit } from '../../../app/rate-limit.ts';
import { retryTransaction } from '../../../db/retry.ts';
import { publicNotice, type PublicNotice } from '../../cases/notice-queries.ts';
import { publicObjectionBody } from '../../cases/notice-schemas.ts';
import { raisePublicObjection } from '../../cases/objections.ts';
import { today } from '../../registry/commands/shared.ts';
import { subtreeRange } from '../../regions/region-code.ts';
import { verifyHumanCheck } from '../human-check.ts';
import { renderPage } from './layout.ts';
import { noticeBody, objectionForm, objectionReceiptBody, type ObjectionTyped } from './pages/notice.ts';
import { columnPath, noticePath } from './paths.ts';
import { readPrefs, type Prefs } from './prefs.ts';
import { siteByShortCode, type Site } from './queries.ts';
import { hidden, noSuchSite, notFoundPage, sendPersonalPage, withSite, type Rendered } from './respond.ts';

type NoticeRequest = FastifyRequest<{ Params: { site: string; serial: string } }>;

/** The site's notice by serial: in its public window and in the site's region, else undefined (404). */
type SiteNotice = PublicNotice & { caseId: number };

async function siteNotice(app: App, site: Site, serial: string): Promise<SiteNotice | undefined> {
  if (!/^[\w-]{1,40}$/.test(serial)) return undefined;
  const notice = await publicNotice(app.db, serial, today(app.clock())).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind === 'not_found') return undefined;
    throw error;
  });
  const [lo, hi] = subtreeRange(site.regionCode);
  return notice && notice.regionCode >= lo && notice.regionCode <= hi ? notice : undefined;
}

/** The form's text fields as typed (a repeated or missing field reads as empty). */
function typedOf(body: unknown): ObjectionTyped {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof fields[key] === 'string' ? fields[key] : '');
  return { content: text('content'), name: text('name'), phone: text('phone') };
}

/** What the form says about a field the contract refused, in words a reader understands. */
const FIELD_MESSAGES: Record<string, string> = {
  content: '请填写异议内容，不超过 2000 字',
  name: '姓名不超过 50 字',
  phone: '联系电话只能包含数字、空格、括号和横线，5 到 20 位',
  humanAnswer: '请回答验证问题',
  humanToken: '验证信息无效，请重新回答验证问题',
};

/** The public objection, checked by the same contract as the JSON API (empty optional fields dropped). */
function parseObjection(typed: ObjectionTyped, body: unknown) {
  const fields = (body ?? {}) as Record<string, unknown>;
  const human = (key: string) =>
    typeof fields[key] === 'string' && fields[key] !== '' ? fields[key] : undefined;
  return publicObjectionBody.safeParse({
    content: typed.content,
    ...(typed.name.trim() ? { name: typed.name } : {}),
    ...(typed.phone.trim() ? { phone: typed.phone } : {}),
    humanToken: human('humanToken'),
    humanAnswer: human('humanAnswer'),
  });
}

/**
 * `/s/{site}/notices/{serial}`: a procedure's notice as posted, and during its period the objection form, which
 * posts (urlencoded, no script) to `…/objection`: the same rate limit, human check and command as
 * `POST /api/public/notices/{serial}/objections`, answered with a receipt page — or the form again with the
 * reason and the typed text.
 */
export function noticeRoutes(app: App) {
  const page = (
    site: Site,
    prefs: Prefs,
    notice: PublicNotice,
    form: string | null,
    status = 200,
  ): Rendered => {
    const column = site.columns.find((c) => c.kind === 'notices');
    const html = renderPage({
      site,
      prefs,
      title: notice.title,
      breadcrumb: column ? [{ label: column.name, href: columnPath(site, column.slug) }] : [],
      body: noticeBody(site, notice, form),
      status,
      ...(column ? { activeColumn: column.slug } : {}),
      canonical: noticePath(site, notice.serial),
    });
    return { html, status };
  };

  app.get(
    '/s/:site/notices/:serial',
    hidden,
    withSite(app, async (site, prefs, request: NoticeRequest) => {
      const notice = await siteNotice(app, site, request.params.serial);
      if (!notice) return notFoundPage(site, prefs);
      return page(site, prefs, notice, notice.open ? objectionForm(site, notice.serial) : null);
    }),
  );

  app.post(
    '/s/:site/notices/:serial/objection',
    hidden,
    async (request: NoticeRequest, reply: FastifyReply) => {
      const site = await siteByShortCode(app.db, request.params.site);
      // The way back from the preferences is the notice, not this address (which only takes a POST).
      const prefs = { ...readPrefs(request), path: site ? noticePath(site, request.params.serial) : '/' };
      if (!site) return sendPersonalPage(app, reply, noSuchSite(prefs));
      const notice = await siteNotice(app, site, request.params.serial);
      if (!notice) return sendPersonalPage(app, reply, notFoundPage(site, prefs));
      const typed = typedOf(request.body);
      const refuse = (errors: string[], status: number) =>
        sendPersonalPage(
          app,
          reply,
          page(site, prefs, notice, objectionForm(site, notice.serial, typed, errors), status),
        );
      try {
        checkRateLimit(app, 'objection', request, reply, notice.serial);
        const parsed = parseObjection(typed, request.body);
        if (!parsed.success) {
          const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
          return refuse(
            fields.map((f) => FIELD_MESSAGES[f] ?? '请检查填写的内容'),
            400,
          );
        }
        const { humanToken, humanAnswer, ...objection } = parsed.data;
        await verifyHumanCheck(app.db, app.config, { token: humanToken, answer: humanAnswer }, app.clock());
        const date = today(app.clock());
        const receipt = await retryTransaction(app.db, (tx) =>
          raisePublicObjection(tx, request.id, notice, objection, date),
        );
        const body = objectionReceiptBody(site, notice, receipt.receivedOn);
        const html = renderPage({
          site,
          prefs,
          title: '异议已收到',
          breadcrumb: [{ label: '异议已收到' }],
          body,
        });
        return sendPersonalPage(app, reply, { html, status: 200 });
      } catch (error) {
        if (error instanceof DomainError) return refuse([error.messages.zh], httpStatus(error.kind));
        throw error;
      }
    },
  );
}
