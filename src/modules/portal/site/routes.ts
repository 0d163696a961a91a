import formbody from '@fastify/formbody';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../../app/context.ts';
import { listPublicNotices } from '../../cases/notice-queries.ts';
import { today } from '../../registry/commands/shared.ts';
import { articleRoutes } from './article-routes.ts';
import { assetByName } from './assets.ts';
import { latestByColumn } from './content.ts';
import { renderBarePage, renderPage } from './layout.ts';
import { listRoutes } from './list-routes.ts';
import { noticeRoutes } from './notice-routes.ts';
import { NOT_SET_UP_BODY } from './pages/errors.ts';
import { homeBody } from './pages/home.ts';
import { sitePath } from './paths.ts';
import { localPath, parsePrefsCookie, prefsCookieValue, PREFS_COOKIE, type Prefs } from './prefs.ts';
import { primarySite, siblingSites, type Site } from './queries.ts';
import { cachedPage, hidden, notFoundPage, withSite, type Rendered, type SiteRequest } from './respond.ts';

const ONE_YEAR = 31_536_000;
const LATEST_PER_COLUMN = 6;
/** The running notices the home page lists at most. */
const RUNNING_NOTICES = 50;

type PrefsRequest = FastifyRequest<{ Querystring: Record<string, unknown> }>;

/**
 * The public site (server-rendered HTML, no login): `/` (the primary site's home), `/s/{site}/…` every site's
 * pages, `/prefs` (display preferences), `/portal/assets/*`, `/sitemap.xml`. Each page is plain HTML that
 * reads and submits without JavaScript.
 */
export async function portalSiteRoutes(app: App) {
  // Plain HTML forms post urlencoded; registered here, so only the site's own routes parse it.
  await app.register(formbody);
  const day = () => today(app.clock());

  async function home(site: Site, prefs: Prefs): Promise<Rendered> {
    const date = day();
    const [latest, notices, others] = await Promise.all([
      latestByColumn(app.db, site, date, LATEST_PER_COLUMN),
      listPublicNotices(app.db, { regionCode: site.regionCode, limit: RUNNING_NOTICES }, date),
      siblingSites(app.db, site),
    ]);
    const running = notices.items.filter((n) => n.endedOn === null && n.endsOn >= date);
    const body = homeBody(site, { latest, running, others });
    const html = renderPage({ site, prefs, title: '首页', breadcrumb: [], body, canonical: sitePath(site) });
    return { html, status: 200 };
  }

  app.get('/', hidden, async (request, reply) =>
    cachedPage(app, request, reply, async (prefs) => {
      const site = await primarySite(app.db);
      if (site) return home(site, prefs);
      return {
        html: renderBarePage({ title: '门户网站尚未设置', body: NOT_SET_UP_BODY, prefs }),
        status: 200,
      };
    }),
  );

  app.get('/s/:site', hidden, async (request: SiteRequest, reply) =>
    reply.redirect(`/s/${encodeURIComponent(request.params.site)}/`, 301),
  );
  app.get('/s/:site/', hidden, withSite(app, home));

  listRoutes(app);
  articleRoutes(app);
  noticeRoutes(app);

  app.get('/prefs', hidden, async (request: PrefsRequest, reply) => {
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
    const target = localPath(typeof back === 'string' ? back : undefined);
    return reply.header('cache-control', 'no-store').redirect(target, 303);
  });

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
    withSite(app, async (site, prefs) => notFoundPage(site, prefs)),
  );
}
