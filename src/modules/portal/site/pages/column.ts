import { escapeHtml as e } from '../html.ts';
import { columnPath, sitePath } from '../paths.ts';
import { PAGE_SIZE, type ListPage } from '../content.ts';
import type { Site, SiteColumn } from '../queries.ts';
import { itemList, pager } from './lists.ts';

/** What a column of kind `complaints` offers besides its list: the form and the tracking page. */
function complaintLinks(site: Site): string {
  return `<p class="notice-box"><a href="${sitePath(site, 'complaints/new')}">我要举报</a> <a href="${sitePath(site, 'complaints/track')}">查询办理结果</a></p>`;
}

/** A column's list, 20 to a page, with the pager and its RSS feed. */
export function columnBody(site: Site, column: SiteColumn, list: ListPage, page: number): string {
  const extra = column.kind === 'complaints' ? complaintLinks(site) : '';
  const rss = `${columnPath(site, column.slug)}rss.xml`;
  return `<h1>${e(column.name)}</h1>
${extra}
${itemList(site, list.items, true)}
${pager((p) => columnPath(site, column.slug, p), page, list.total, PAGE_SIZE)}
<p class="feed"><a href="${rss}">RSS 订阅</a></p>`;
}
