import type { PublishedReply } from '../../complaints/schemas.ts';
import { escapeHtml as e } from '../html.ts';
import { columnPath, sitePath } from '../paths.ts';
import { PAGE_SIZE, type ListPage } from '../content.ts';
import type { Site, SiteColumn } from '../queries.ts';
import { itemList, pager } from './lists.ts';

/** The replies to complaints published with consent (already scrubbed when published), text as paragraphs. */
export interface RepliesPage {
  items: PublishedReply[];
  total: number;
}

/** What a column of kind `complaints` offers besides its articles: the form, tracking and the public replies. */
function complaintsPart(site: Site, replies: RepliesPage): string {
  const links = `<p class="notice-box"><a href="${sitePath(site, 'complaints/new')}">我要举报</a> <a href="${sitePath(site, 'complaints/track')}">查询办理结果</a></p>`;
  if (replies.items.length === 0) return links;
  const items = replies.items.map((r) => {
    const dates = `受理日期：${e(r.receivedOn)}${r.repliedOn ? `\u3000答复日期：${e(r.repliedOn)}` : ''}`;
    const text = r.publicReply
      .split(/\n+/)
      .filter((line) => line.trim() !== '')
      .map((line) => `<p>${e(line)}</p>`)
      .join('');
    return `<li><h3>${e(r.title || '群众来信')}</h3><p class="summary">${dates}</p><div class="body">${text}</div></li>`;
  });
  return `${links}<section aria-labelledby="replies-h"><h2 id="replies-h">公开答复</h2><ul class="replies">${items.join('')}</ul></section>`;
}

/**
 * A column's list, 20 to a page, with the pager and its RSS feed; the complaints column also has the public
 * replies (their page follows the same page number).
 */
export function columnBody(
  site: Site,
  column: SiteColumn,
  list: ListPage,
  page: number,
  replies: RepliesPage | null,
): string {
  const extra = replies ? complaintsPart(site, replies) : '';
  const total = Math.max(list.total, replies?.total ?? 0);
  const rss = `${columnPath(site, column.slug)}rss.xml`;
  const articles = replies && list.items.length === 0 ? '' : itemList(site, list.items, true);
  return `<h1>${e(column.name)}</h1>
${extra}
${articles}
${pager((p) => columnPath(site, column.slug, p), page, total, PAGE_SIZE)}
<p class="feed"><a href="${rss}">RSS 订阅</a></p>`;
}
