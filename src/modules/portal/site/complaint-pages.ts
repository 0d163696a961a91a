import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../app/context.ts';
import { DomainError } from '../../../app/errors.ts';
import { httpStatus } from '../../../app/http-errors.ts';
import { checkRateLimit } from '../../../app/rate-limit.ts';
import type { Queryable } from '../../../db/types.ts';
import { subtreeRange } from '../../regions/region-code.ts';
import { readComplaintForm } from '../complaints/form-input.ts';
import { receiveComplaint, lookUpComplaint } from '../complaints/public-routes.ts';
import { issueChallenge } from '../human-check.ts';
import { complaintFormBody, receiptBody, trackBody, type RegionOption } from './complaint-forms.ts';
import { renderPage, type Crumb } from './layout.ts';
import { columnPath } from './paths.ts';
import { readPrefs } from './prefs.ts';
import { queryText } from './respond.ts';
import { siteByShortCode, type Site } from './queries.ts';
import { sendPage } from './send.ts';

export { publishedReplies } from '../complaints/public.ts';

/**
 * The portal's complaint pages (监督举报), in the site's frame: the form (`/s/{site}/complaints/new`), its
 * POST (`/s/{site}/complaints`, multipart, a receipt page back), and tracking (`/s/{site}/complaints/track`).
 * Each page is for one reader (a fresh question, a query code), so none is cached. A refusal shows the form
 * again with the message and what was typed.
 */
const hidden = { schema: { hide: true } };
const MAX_REGIONS = 2000;

/** The regions a site's complaints may concern: its own and those below it, in code order. */
async function siteRegions(q: Queryable, site: Site): Promise<RegionOption[]> {
  const [lo, hi] = subtreeRange(site.regionCode);
  return q.query<RegionOption>(
    `SELECT code, name, level FROM regions WHERE code BETWEEN $1 AND $2 AND level >= 3 ORDER BY code LIMIT ${MAX_REGIONS}`,
    [lo, hi],
  );
}

function crumbs(site: Site, label: string): Crumb[] {
  const column = site.columns.find((c) => c.kind === 'complaints');
  return [...(column ? [{ label: column.name, href: columnPath(site, column.slug) }] : []), { label }];
}

const messageOf = (error: unknown) => (error instanceof DomainError ? error.messages.zh : undefined);

export async function complaintPageRoutes(app: App) {
  type SiteRequest = FastifyRequest<{
    Params: { site: string };
    Querystring: Record<string, string | undefined>;
  }>;

  /** Renders a page of the site (no-store), or passes an unknown site to the site's own 404. */
  const page =
    (
      render: (
        site: Site,
        request: SiteRequest,
        reply: FastifyReply,
      ) => Promise<{ title: string; body: string; status?: number }>,
    ) =>
    async (request: SiteRequest, reply: FastifyReply) => {
      const site = await siteByShortCode(app.db, request.params.site);
      if (!site) return reply.callNotFound();
      const { title, body, status = 200 } = await render(site, request, reply);
      const html = renderPage({
        site,
        prefs: readPrefs(request),
        title,
        breadcrumb: crumbs(site, title),
        body,
        status,
      });
      return sendPage(reply, html, { maxAge: 0, status });
    };

  const form = async (site: Site, fields?: Record<string, unknown>, error?: string) =>
    complaintFormBody(site, {
      regions: await siteRegions(app.db, site),
      challenge: issueChallenge(app.config, app.clock()),
      ...(fields ? { fields } : {}),
      ...(error ? { error } : {}),
    });

  app.get(
    '/s/:site/complaints/new',
    hidden,
    page(async (site) => ({ title: '我要举报', body: await form(site) })),
  );

  app.post(
    '/s/:site/complaints',
    hidden,
    page(async (site, request, reply) => {
      let fields: Record<string, unknown> = {};
      try {
        checkRateLimit(app, 'complaint', request, reply);
        const sent = await readComplaintForm(request);
        fields = sent.fields;
        const receipt = await receiveComplaint(app, request, sent, site.id);
        return { title: '举报已受理', body: receiptBody(site, receipt), status: 201 };
      } catch (error) {
        const message = messageOf(error);
        if (!message || !(error instanceof DomainError)) throw error;
        return { title: '我要举报', body: await form(site, fields, message), status: httpStatus(error.kind) };
      }
    }),
  );

  app.get(
    '/s/:site/complaints/track',
    hidden,
    page(async (site, request, reply) => {
      // A repeated parameter (`?no=a&no=b`) arrives as an array, whatever the type says: one value or none.
      const no = queryText(request.query.no);
      const code = queryText(request.query.code) || undefined;
      if (!no) return { title: '举报查询', body: trackBody(site, {}) };
      try {
        const result = await lookUpComplaint(app, request, reply, no, code);
        return { title: '举报查询', body: trackBody(site, { no, result }) };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const notFound = error.kind === 'not_found';
        const message = notFound ? '没有找到该举报：请核对受理编号和查询码' : error.messages.zh;
        return {
          title: '举报查询',
          body: trackBody(site, { no, error: message }),
          status: httpStatus(error.kind),
        };
      }
    }),
  );
}
