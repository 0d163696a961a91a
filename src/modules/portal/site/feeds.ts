import { Readable } from 'node:stream';
import { Feed } from 'feed';
import { SitemapStream, streamToPromise } from 'sitemap';
import type { ListItem, SitemapEntry } from './content.ts';
import { escapeHtml } from './html.ts';
import { itemHref } from './pages/lists.ts';
import { articlePath, columnPath, noticePath, sitePath } from './paths.ts';
import { prefixOf } from '../../regions/region-code.ts';
import type { Site, SiteColumn } from './queries.ts';

/**
 * The machine-readable views of the sites: an RSS 2.0 feed per column (its 20 newest items) and one sitemap
 * of every published page of every site. Both need absolute URLs, made from the address the request came to.
 */

/** The RSS of a column. */
export function columnFeed(origin: string, site: Site, column: SiteColumn, items: ListItem[]): string {
  const link = origin + columnPath(site, column.slug);
  const feed = new Feed({
    id: link,
    title: escapeHtml(`${site.name} - ${column.name}`),
    link,
    language: 'zh-CN',
    generator: false,
    ...(items[0] ? { updated: items[0].at } : {}),
    copyright: escapeHtml(site.footer.sponsor ?? site.name),
    feedLinks: { rss: `${link}rss.xml` },
  });
  for (const item of items) {
    const url = origin + itemHref(site, item);
    // Feed readers render titles and descriptions as HTML: the text goes in escaped.
    feed.addItem({
      title: escapeHtml(item.title),
      id: url,
      link: url,
      date: item.at,
      description: escapeHtml(item.summary),
    });
  }
  return feed.rss2();
}

/** The sitemap: each site's home and columns, then its articles and notices. */
export async function sitemapXml(origin: string, sites: Site[], entries: SitemapEntry[]): Promise<string> {
  const urls: { url: string; lastmod?: string }[] = [];
  for (const site of sites) {
    urls.push({ url: sitePath(site) });
    for (const c of site.columns) urls.push({ url: columnPath(site, c.slug) });
  }
  for (const entry of entries) {
    const site = { shortCode: prefixOf(entry.regionCode) };
    const url = entry.serial === null ? articlePath(site, entry.id!) : noticePath(site, entry.serial);
    urls.push({ url, lastmod: entry.at.toISOString() });
  }
  const stream = new SitemapStream({ hostname: origin });
  return (await streamToPromise(Readable.from(urls).pipe(stream))).toString();
}
