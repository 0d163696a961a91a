import type { FastifyRequest } from 'fastify';
import type { App } from '../../../app/context.ts';
import { neighbours, publicArticle } from './content.ts';
import { renderPage } from './layout.ts';
import { articleBody, type PublishedArticle } from './pages/article.ts';
import { disclosureBody } from './pages/disclosure.ts';
import { withdrawnBody } from './pages/errors.ts';
import { articlePath, columnPath } from './paths.ts';
import { hidden, notFoundPage, withSite } from './respond.ts';

type ArticleRequest = FastifyRequest<{
  Params: { site: string; id: string };
  Querystring: Record<string, unknown>;
}>;

/**
 * `/s/{site}/a/{id}`: an article or a disclosure of the site, published (200), withdrawn (410, saying so and
 * when), anything else or another site's (404). `?print=1` is the print view.
 */
export function articleRoutes(app: App) {
  app.get(
    '/s/:site/a/:id',
    hidden,
    withSite(app, async (site, prefs, request: ArticleRequest) => {
      const id = /^[1-9]\d{0,14}$/.test(request.params.id) ? Number(request.params.id) : undefined;
      const found = id === undefined ? undefined : await publicArticle(app.db, site.id, id);
      const column = site.columns.find((c) => c.id === found?.columnId);
      if (!found || !column) return notFoundPage(site, prefs);
      const breadcrumb = [{ label: column.name, href: columnPath(site, column.slug) }];
      if (found.state === 'withdrawn' || found.publishedAt === null) {
        const body = withdrawnBody(site, found.withdrawnAt);
        const html = renderPage({
          site,
          prefs,
          title: '该信息已撤销',
          breadcrumb,
          body,
          status: 410,
          activeColumn: column.slug,
        });
        return { html, status: 410 };
      }
      const a: PublishedArticle = { ...found, publishedAt: found.publishedAt };
      const around = await neighbours(app.db, a);
      const body =
        a.kind === 'disclosure'
          ? disclosureBody(site, a, prefs, app.clock(), around)
          : articleBody(site, a, prefs, around);
      const html = renderPage({
        site,
        prefs,
        title: a.title,
        breadcrumb,
        body,
        activeColumn: column.slug,
        canonical: articlePath(site, a.id),
        print: request.query.print === '1',
      });
      return { html, status: 200 };
    }),
  );
}
