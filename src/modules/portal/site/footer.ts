import { escapeHtml as e } from './html.ts';
import type { Site } from './queries.ts';
import { sitePath } from './paths.ts';

/** A link a site's editors typed may be a web address or a path on this server, nothing else. */
function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /^https?:\/\/[^\s]+$/i.test(url) || /^\/(?!\/)[^\s\\]*$/.test(url) ? url : undefined;
}

/**
 * The footer a government site carries: sponsor and organiser, the site identifier, the ICP record (linking
 * to the registry where anyone can check it), the public-security record, contact, the supervision line and a
 * way to report an error on the site — the footer's own link, else the site's complaint form.
 */
export function renderFooter(site: Site): string {
  const f = site.footer;
  const line = (label: string, value: string | undefined) =>
    value ? `<span>${e(label)}：${e(value)}</span>` : '';
  const icp = f.icp ? `<span><a href="https://beian.miit.gov.cn/" rel="noopener">${e(f.icp)}</a></span>` : '';
  const errorReport = safeHref(f.errorReportUrl) ?? sitePath(site, 'complaints/new');
  return `<footer class="site-footer"><div class="wrap">
<p>${line('主办单位', f.sponsor)}${line('承办单位', f.organizer)}</p>
<p>${line('网站标识码', f.siteId)}${icp}${line('公安机关备案号', f.police)}</p>
<p>${line('联系方式', f.contact)}${line('监督举报电话', f.supervision)}<span><a href="${e(errorReport)}">找错</a></span></p>
</div></footer>`;
}
