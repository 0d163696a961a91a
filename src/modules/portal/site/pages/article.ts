import { sanitizeArticleHtml } from '../../sanitize.ts';
import type { PublicArticle, Neighbour } from '../content.ts';
import { chinaDateTime } from '../dates.ts';
import { escapeHtml as e } from '../html.ts';
import { fontSizeControls } from '../layout.ts';
import { articlePath } from '../paths.ts';
import type { Prefs } from '../prefs.ts';
import type { Site } from '../queries.ts';

export type PublishedArticle = PublicArticle & { publishedAt: Date };

/**
 * The article page as the seed page has it: title, `发布时间：YYYY-MM-DD HH:mm:ss` (China time), 来源, the
 * controls (字号 大 中 小, 打印), the body — sanitised again here, whatever the database holds — and the byline.
 */
export function articleHeader(site: Site, a: PublishedArticle, prefs: Prefs, extra = ''): string {
  const source = a.source ? `<span>来源：${e(a.source)}</span>` : '';
  const print = `<a class="print" href="${articlePath(site, a.id)}?print=1" data-print>打印</a>`;
  return `<h1>${e(a.title)}</h1>
<div class="meta"><span>发布时间：<time datetime="${a.publishedAt.toISOString()}">${chinaDateTime(a.publishedAt)}</time></span>${source}${extra}${fontSizeControls(prefs)}${print}</div>`;
}

/** The body, then `after` (a disclosure's table), then the byline. */
export function articleContent(a: PublicArticle, after = ''): string {
  const byline = [a.organisation, a.author ? `作者：${a.author}` : null].filter((x): x is string => !!x);
  const bylineHtml = byline.length ? `<p class="byline">${byline.map(e).join('　')}</p>` : '';
  return `<div class="body">${sanitizeArticleHtml(a.bodyHtml)}</div>${after}${bylineHtml}`;
}

/** 上一篇 / 下一篇 in the column. */
export function neighbourLinks(
  site: Site,
  around: { previous: Neighbour | null; next: Neighbour | null },
): string {
  const line = (label: string, n: Neighbour | null) =>
    `<p>${label}：${n ? `<a href="${articlePath(site, n.id)}">${e(n.title)}</a>` : '没有了'}</p>`;
  return `<nav class="prev-next" aria-label="上一篇和下一篇">${line('上一篇', around.previous)}${line('下一篇', around.next)}</nav>`;
}

export function articleBody(
  site: Site,
  a: PublishedArticle,
  prefs: Prefs,
  around: { previous: Neighbour | null; next: Neighbour | null },
): string {
  return `<article>${articleHeader(site, a, prefs)}${articleContent(a)}</article>${neighbourLinks(site, around)}`;
}
