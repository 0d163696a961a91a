import type { NoticeSummary } from '../../../cases/notices.ts';
import { escapeHtml as e } from '../html.ts';
import { columnPath, noticePath, sitePath } from '../paths.ts';
import type { ListItem } from '../content.ts';
import type { Site, SiteLink } from '../queries.ts';
import { itemList } from './lists.ts';

export interface HomeContent {
  latest: Map<number, ListItem[]>;
  /** Notices of the site's region still in their period. */
  running: NoticeSummary[];
  others: SiteLink[];
}

function runningNotices(site: Site, notices: NoticeSummary[]): string {
  if (notices.length === 0) return '';
  const rows = notices.map(
    (n) =>
      `<li><a href="${e(noticePath(site, n.serial))}">${e(n.title)}</a><span>公示期至 <time datetime="${n.endsOn}">${n.endsOn}</time></span></li>`,
  );
  return `<section class="panel running" aria-labelledby="running-h"><h2 id="running-h">正在公示</h2><ul class="list">${rows.join('')}</ul></section>`;
}

function otherSites(others: SiteLink[]): string {
  if (others.length === 0) return '';
  const links = others.map((s) => `<li><a href="${sitePath(s)}">${e(s.name)}</a></li>`);
  return `<section class="sites" aria-labelledby="sites-h"><h2 id="sites-h">县乡网站</h2><ul>${links.join('')}</ul></section>`;
}

/** The home page's body: the running notices, the newest of each column, links to the county's other sites. */
export function homeBody(site: Site, content: HomeContent): string {
  const panels = site.columns.map((c) => {
    const items = content.latest.get(c.id) ?? [];
    return `<section class="panel" aria-labelledby="col-${c.id}"><h2 id="col-${c.id}">${e(c.name)}<a href="${columnPath(site, c.slug)}">更多<span class="visually-hidden">${e(c.name)}</span></a></h2>${itemList(site, items)}</section>`;
  });
  return `<h1 class="visually-hidden">${e(site.name)}</h1>
${runningNotices(site, content.running)}
<div class="grid">${panels.join('\n')}</div>
${otherSites(content.others)}`;
}
