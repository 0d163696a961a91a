import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../app/context.ts';
import { today } from '../../registry/commands/shared.ts';
import { publishedReplies } from '../complaints/public.ts';
import { columnPage, searchArticles, searchWords, sitemapEntries } from './content.ts';
import { columnFeed, sitemapXml } from './feeds.ts';
import { renderPage } from './layout.ts';
import { columnBody } from './pages/column.ts';
import { searchBody } from './pages/search.ts';
import { columnPath } from './paths.ts';
import { allSites, siteByShortCode } from './queries.ts';
import { hidden, notFoundPage, originOf, pageNumber, queryText, withSite } from './respond.ts';
import { PAGE_MAX_AGE } from './send.ts';

type ColumnRequest = FastifyRequest<{
  Params: { site: string; slug: string };
  Querystring: Record<string, unknown>;
}>;
type SearchRequest = FastifyRequest<{ Params: { site: string }; Querystring: Record<string, unknown> }>;

/** XML answers (RSS, sitemap) are small and cheap: cached by browsers and proxies, not in the page cache. */
function sendXml(reply: FastifyReply, type: string, xml: string) {
  return reply
    .header('content-type', `${type}; charset=utf-8`)
    .header('cache-control', `public, max-age=${PAGE_MAX_AGE}`)
    .send(xml);
}

/** Column lists, search, the RSS of each column and the sitemap of every site. */
export function listRoutes(app: App) {
  const day = () => today(app.clock());

  app.get(
    '/s/:site/c/:slug/',
    hidden,
    withSite(app, async (site, prefs, request: ColumnRequest) => {
      const column = site.columns.find((c) => c.slug === request.params.slug);
      if (!column) return notFoundPage(site, prefs);
      const page = pageNumber(request.query.page);
      const [list, replies] = await Promise.all([
        columnPage(app.db, site, column, day(), page),
        column.kind === 'complaints' ? publishedReplies(app.db, site.regionCode, page) : null,
      ]);
      if (page > 1 && list.items.length === 0 && !replies?.items.length) return notFoundPage(site, prefs);
      const html = renderPage({
        site,
        prefs,
        title: column.name,
        breadcrumb: [{ label: column.name }],
        body: columnBody(site, column, list, page, replies),
        activeColumn: column.slug,
        canonical: columnPath(site, column.slug, page),
      });
      return { html, status: 200 };
    }),
  );

  app.get('/s/:site/c/:slug', hidden, async (request: ColumnRequest, reply) =>
    reply.redirect(
      `/s/${encodeURIComponent(request.params.site)}/c/${encodeURIComponent(request.params.slug)}/`,
      301,
    ),
  );

  app.get(
    '/s/:site/search',
    hidden,
    withSite(app, async (site, prefs, request: SearchRequest) => {
      const q = queryText(request.query.q).slice(0, 100);
      const page = pageNumber(request.query.page);
      const list = await searchArticles(app.db, site.id, searchWords(q), page);
      const html = renderPage({
        site,
        prefs,
        title: q ? `搜索：${q}` : '站内搜索',
        breadcrumb: [{ label: '站内搜索' }],
        body: searchBody(site, q, list, page),
      });
      return { html, status: 200 };
    }),
  );

  app.get('/s/:site/c/:slug/rss.xml', hidden, async (request: ColumnRequest, reply) => {
    const site = await siteByShortCode(app.db, request.params.site);
    const column = site?.columns.find((c) => c.slug === request.params.slug);
    if (!site || !column) return reply.callNotFound();
    const list = await columnPage(app.db, site, column, day(), 1);
    return sendXml(reply, 'application/rss+xml', columnFeed(originOf(request), site, column, list.items));
  });

  app.get('/sitemap.xml', hidden, async (request, reply) => {
    const [sites, entries] = await Promise.all([allSites(app.db), sitemapEntries(app.db, day())]);
    return sendXml(reply, 'application/xml', await sitemapXml(originOf(request), sites, entries));
  });
}
