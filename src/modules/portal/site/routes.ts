import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../app/context.ts';
import { listPublicNotices } from '../../cases/notice-queries.ts';
import { today } from '../../registry/commands/shared.ts';
import { assetByName } from './assets.ts';
import { renderCached } from './cache.ts';
import { latestByColumn } from './content.ts';
import { renderBarePage, renderPage } from './layout.ts';
import { NOT_SET_UP_BODY, NO_SUCH_SITE_BODY, notFoundBody } from './pages/errors.ts';
import { homeBody } from './pages/home.ts';
import { sitePath } from './paths.ts';
import {
  localPath,
  parsePrefsCookie,
  prefsCookieValue,
  PREFS_COOKIE,
  readPrefs,
  type Prefs,
} from './prefs.ts';
import { primarySite, siblingSites, siteByShortCode, type Site } from './queries.ts';
import { PAGE_MAX_AGE, sendPage } from './send.ts';

/** What a page's render returns: its HTML and status (200, 404, 410). */
export interface Rendered {
  html: string;
  status: number;
}

const hidden = { schema: { hide: true } };
const ONE_YEAR = 31_536_000;
const LATEST_PER_COLUMN = 6;

/**
 * Serves a page through the page cache (key: preferences and the request's path and query) with ETag and
 * cache headers.
 */
async function cachedPage(
  request: FastifyRequest,
  reply: FastifyReply,
  render: (prefs: Prefs) => Promise<Rendered>,
): Promise<FastifyReply> {
  const prefs = readPrefs(request);
  const page = await renderCached(`${prefsCookieValue(prefs)}|${request.url}`, () => render(prefs));
  return sendPage(reply, page.html, { maxAge: PAGE_MAX_AGE, status: page.status, etag: page.etag });
}

/** The site's 404 page, in its frame. */
export function notFoundPage(site: Site, prefs: Prefs): Rendered {
  const html = renderPage({
    site,
    prefs,
    title: '页面不存在',
    breadcrumb: [{ label: '页面不存在' }],
    body: notFoundBody(site),
    status: 404,
  });
  return { html, status: 404 };
}

const noSuchSite = (prefs: Prefs): Rendered => ({
  html: renderBarePage({ title: '页面不存在', body: NO_SUCH_SITE_BODY, prefs }),
  status: 404,
});

/**
 * The public site (server-rendered HTML, no login): `/` (the primary site's home), `/s/{site}/…` every site's
 * pages, `/prefs` (display preferences), `/portal/assets/*`. Each page is plain HTML that reads and submits
 * without JavaScript.
 */
export async function portalSiteRoutes(app: App) {
  const day = () => today(app.clock());

  /** Resolves `/s/{site}/…` and renders with the site, or the 404 of an unknown site. */
  const withSite =
    (render: (site: Site, prefs: Prefs, request: FastifyRequest) => Promise<Rendered>) =>
    async (request: FastifyRequest<{ Params: { site: string } }>, reply: FastifyReply) =>
      cachedPage(request, reply, async (prefs) => {
        const site = await siteByShortCode(app.db, request.params.site);
        return site ? render(site, prefs, request) : noSuchSite(prefs);
      });

  async function home(site: Site, prefs: Prefs): Promise<Rendered> {
    const date = day();
    const [latest, notices, others] = await Promise.all([
      latestByColumn(app.db, site, date, LATEST_PER_COLUMN),
      listPublicNotices(app.db, { regionCode: site.regionCode, limit: 50 }, date),
      siblingSites(app.db, site),
    ]);
    const running = notices.items.filter((n) => n.endedOn === null && n.endsOn >= date);
    const body = homeBody(site, { latest, running, others });
    return {
      html: renderPage({ site, prefs, title: '首页', breadcrumb: [], body, canonical: sitePath(site) }),
      status: 200,
    };
  }

  app.get('/', hidden, async (request, reply) =>
    cachedPage(request, reply, async (prefs) => {
      const site = await primarySite(app.db);
      if (site) return home(site, prefs);
      return {
        html: renderBarePage({ title: '门户网站尚未设置', body: NOT_SET_UP_BODY, prefs }),
        status: 200,
      };
    }),
  );

  app.get('/s/:site', hidden, async (request: FastifyRequest<{ Params: { site: string } }>, reply) =>
    reply.redirect(`/s/${encodeURIComponent(request.params.site)}/`, 301),
  );
  app.get('/s/:site/', hidden, withSite(home));

  app.get(
    '/prefs',
    hidden,
    async (request: FastifyRequest<{ Querystring: Record<string, string | undefined> }>, reply) => {
      const current = parsePrefsCookie(request.cookies[PREFS_COOKIE]);
      const { elder, size, back } = request.query;
      const next = {
        elder: elder === '1' ? true : elder === '0' ? false : current.elder,
        size: size === 's' || size === 'm' || size === 'l' ? size : current.size,
      };
      reply.setCookie(PREFS_COOKIE, prefsCookieValue(next), {
        path: '/',
        maxAge: ONE_YEAR,
        sameSite: 'lax',
        httpOnly: true,
        secure: app.config.secureCookies,
      });
      return reply
        .header('cache-control', 'no-store')
        .redirect(localPath(typeof back === 'string' ? back : undefined), 303);
    },
  );

  app.get(
    '/portal/assets/:file',
    hidden,
    async (request: FastifyRequest<{ Params: { file: string } }>, reply) => {
      const asset = assetByName(request.params.file);
      if (!asset) return reply.callNotFound();
      return reply
        .header('content-type', asset.type)
        .header('cache-control', `public, max-age=${ONE_YEAR}, immutable`)
        .send(asset.body);
    },
  );

  // Anything else under a site: that site's 404 page.
  app.get(
    '/s/:site/*',
    hidden,
    withSite(async (site, prefs) => notFoundPage(site, prefs)),
  );
}
