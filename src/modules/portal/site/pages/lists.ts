import { chinaDate } from '../dates.ts';
import { escapeHtml as e } from '../html.ts';
import { articlePath, noticePath } from '../paths.ts';
import type { ListItem } from '../content.ts';
import type { Site } from '../queries.ts';

/** The link of a list item: an article's page, or a notice's page for a procedure's notice. */
export const itemHref = (site: Site, item: ListItem) =>
  item.serial === null ? articlePath(site, item.id) : noticePath(site, item.serial);

/** A list of titles with their dates, optionally with the first words of each article. */
export function itemList(site: Site, items: ListItem[], withSummary = false): string {
  if (items.length === 0) return '<p class="empty">暂无内容</p>';
  const rows = items.map((item) => {
    const summary = withSummary && item.summary ? `<p class="summary">${e(item.summary)}…</p>` : '';
    const day = chinaDate(item.at);
    return `<li><div><a href="${e(itemHref(site, item))}">${e(item.title)}</a>${summary}</div><time datetime="${day}">${day}</time></li>`;
  });
  return `<ul class="list">${rows.join('')}</ul>`;
}

/** 上一页 / 第 n / m 页 / 下一页 — plain links, page numbers in the query. */
export function pager(href: (page: number) => string, page: number, total: number, pageSize: number): string {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return '';
  const previous = page > 1 ? `<a href="${e(href(page - 1))}" rel="prev">上一页</a>` : '<span>上一页</span>';
  const next = page < pages ? `<a href="${e(href(page + 1))}" rel="next">下一页</a>` : '<span>下一页</span>';
  return `<nav class="pager" aria-label="分页">${previous}<span>第 ${page} / ${pages} 页（共 ${total} 条）</span>${next}</nav>`;
}
