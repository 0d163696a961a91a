import { chinaDateTime } from '../dates.ts';
import { escapeHtml as e } from '../html.ts';
import { sitePath } from '../paths.ts';
import type { Site } from '../queries.ts';

/** The body of a page that is not there (404), in the site's frame. */
export function notFoundBody(site: Site): string {
  return `<h1>页面不存在</h1>
<p>您访问的页面不存在或尚未发布。请检查地址，或返回<a href="${sitePath(site)}">${e(site.name)}首页</a>，也可使用站内搜索。</p>`;
}

/** The body of a withdrawn article (410): that it was withdrawn, and when. */
export function withdrawnBody(site: Site, withdrawnAt: Date | null): string {
  const when = withdrawnAt ? `于 ${chinaDateTime(withdrawnAt)} ` : '';
  // No title: an article is often withdrawn because something in it should not have been public.
  return `<h1>该信息已撤销</h1>
<p>您访问的信息已${when}撤销发布，不再公开。</p>
<p>返回<a href="${sitePath(site)}">${e(site.name)}首页</a>。</p>`;
}

/** `/` when no site has been set up yet. */
export const NOT_SET_UP_BODY =
  '<p>门户网站尚未设置。工作人员请登录<a href="/console/">管理入口</a>，在“门户网站”中新建站点。</p>';

/** `/s/{code}/…` for a code with no site. */
export const NO_SUCH_SITE_BODY = '<p>没有这个网站。请返回<a href="/">门户首页</a>。</p>';
