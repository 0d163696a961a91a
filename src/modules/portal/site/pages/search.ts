import { escapeHtml as e } from '../html.ts';
import { sitePath } from '../paths.ts';
import { PAGE_SIZE, type ListPage } from '../content.ts';
import type { Site } from '../queries.ts';
import { itemList, pager } from './lists.ts';

/** The search page: the form again with what was typed, then the results (or why there are none). */
export function searchBody(site: Site, q: string, list: ListPage, page: number): string {
  const action = sitePath(site, 'search');
  const form = `<form class="plain" action="${action}" method="get" role="search">
<label for="search-q">搜索本站（多个词用空格分开）</label><input id="search-q" name="q" type="search" value="${e(q)}" maxlength="100">
<button type="submit">搜索</button></form>`;
  if (q.trim() === '') return `<h1>站内搜索</h1>${form}`;
  const summary = `<p>找到 ${list.total} 条与“${e(q)}”有关的信息。</p>`;
  const href = (p: number) => `${action}?${new URLSearchParams({ q, page: String(p) }).toString()}`;
  return `<h1>站内搜索</h1>${form}${summary}${itemList(site, list.items, true)}${pager(href, page, list.total, PAGE_SIZE)}`;
}
