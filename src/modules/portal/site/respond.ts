import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../app/context.ts';
import { renderCached } from './cache.ts';
import { withHumanCheck } from './human-check-html.ts';
import { renderBarePage, renderPage } from './layout.ts';
import { NO_SUCH_SITE_BODY, notFoundBody } from './pages/errors.ts';
import { prefsCookieValue, readPrefs, type Prefs } from './prefs.ts';
import { siteByShortCode, type Site } from './queries.ts';
import { PAGE_MAX_AGE, sendPage } from './send.ts';

/** What a page's render returns: its HTML and status (200, 404, 410). */
export interface Rendered {
  html: string;
  status: number;
}

export type SiteRequest = FastifyRequest<{ Params: { site: string } }>;

/** Routes of the public site are no part of the API's contract: kept out of openapi.json. */
export const hidden = { schema: { hide: true } };

/**
 * Serves a page through the page cache (key: the preferences and the request's path and query) with ETag and
 * cache headers. A page with a form carrying the human check gets this reader's question and goes out
 * no-store (the rendering is still shared).
 */
export async function cachedPage(
  app: App,
  request: FastifyRequest,
  reply: FastifyReply,
  render: (prefs: Prefs) => Promise<Rendered>,
): Promise<FastifyReply> {
  const prefs = readPrefs(request);
  const page = await renderCached(`${prefsCookieValue(prefs)}|${request.url}`, () => render(prefs));
  const personal = withHumanCheck(page.html, app.config, app.clock());
  if (personal !== undefined) return sendPage(reply, personal, { maxAge: 0, status: page.status });
  return sendPage(reply, page.html, { maxAge: PAGE_MAX_AGE, status: page.status, etag: page.etag });
}

/** A page made for one reader (a form sent back with its errors, a receipt): never cached, the check filled. */
export function sendPersonalPage(app: App, reply: FastifyReply, page: Rendered): FastifyReply {
  const html = withHumanCheck(page.html, app.config, app.clock()) ?? page.html;
  return sendPage(reply, html, { maxAge: 0, status: page.status });
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

export const noSuchSite = (prefs: Prefs): Rendered => ({
  html: renderBarePage({ title: '页面不存在', body: NO_SUCH_SITE_BODY, prefs }),
  status: 404,
});

/** A handler of `/s/{site}/…`: resolves the site and renders with it (cached), or the 404 of an unknown site. */
export function withSite<R extends SiteRequest>(
  app: App,
  render: (site: Site, prefs: Prefs, request: R) => Promise<Rendered>,
) {
  return async (request: R, reply: FastifyReply) =>
    cachedPage(app, request, reply, async (prefs) => {
      const site = await siteByShortCode(app.db, request.params.site);
      return site ? render(site, prefs, request) : noSuchSite(prefs);
    });
}

/** `?page=N` as a page number: junk and out-of-range values read as the first page. */
export function pageNumber(raw: unknown): number {
  return typeof raw === 'string' && /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : 1;
}

/** A query parameter as one string (a repeated one counts as absent). */
export const queryText = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

/** The scheme and host the request came to, for the absolute links of feeds and the sitemap. */
export function originOf(request: FastifyRequest): string {
  const host = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(request.host)
    ? request.host
    : 'localhost';
  return `${request.protocol}://${host}`;
}
