import type { App } from '../../src/app/context.ts';
import { xmlTexts } from './xml.ts';

/**
 * Every page of the public site a reader (or a search engine) can reach: from `/` and every address of the
 * sitemap, following the internal links of each page, once each. Not followed: the console, the display
 * preferences (a redirect), images, the assets and the API. Fails on a 5xx.
 */
export interface CrawledPage {
  url: string;
  status: number;
  body: string;
  type: string;
}

const SKIP = /^\/(console|prefs|media|portal\/assets|api|docs)(\/|\?|$)/;

const decode = (href: string) =>
  href
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

export async function crawlSite(app: App, limit = 2000): Promise<CrawledPage[]> {
  const sitemap = await app.inject({ method: 'GET', url: '/sitemap.xml' });
  const fromSitemap = (xmlTexts(sitemap.body).get('loc') ?? []).map((loc) => new URL(loc).pathname);
  const queue = ['/', ...fromSitemap];
  const seen = new Set(queue);
  const pages: CrawledPage[] = [
    {
      url: '/sitemap.xml',
      status: sitemap.statusCode,
      body: sitemap.body,
      type: String(sitemap.headers['content-type']),
    },
  ];
  while (queue.length > 0 && pages.length < limit) {
    const url = queue.shift()!;
    const res = await app.inject({ method: 'GET', url });
    if (res.statusCode >= 500) throw new Error(`${url} answered ${res.statusCode}`);
    const type = String(res.headers['content-type'] ?? '');
    pages.push({ url, status: res.statusCode, body: res.body, type });
    if (!type.includes('html')) continue;
    for (const [, raw] of res.body.matchAll(/href="([^"]+)"/g)) {
      const href = decode(raw!);
      if (!href.startsWith('/') || href.startsWith('//') || SKIP.test(href)) continue;
      const path = href.split('#')[0]!;
      if (!seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  return pages;
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const FOREIGN = new Set(['iframe', 'object', 'embed', 'style', 'base', 'frame', 'applet']);
const SITE_SCRIPT = /^\/portal\/assets\/site\.\w+\.js$/;

/**
 * Markup in a page that would run or load something that is not the site's own: a script other than the
 * site's asset, an event handler attribute, a javascript:/data:/vbscript: URL in a link, source or form, an
 * embedded frame or object. Reads tags and their attributes (an escaped `onerror=` inside an attribute's value
 * is text, not a handler). Returns what it found (empty when the page is clean).
 */
export function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  for (const [tag, rawName, attributes = ''] of html.matchAll(TAG)) {
    const name = rawName!.toLowerCase();
    const attrs = new Map<string, string>();
    for (const [, attr, a, b, c] of attributes.matchAll(ATTRIBUTE))
      attrs.set(attr!.toLowerCase(), decode(a ?? b ?? c ?? ''));
    const script = name === 'script' && !SITE_SCRIPT.test(attrs.get('src') ?? '');
    const handler = [...attrs.keys()].some((k) => k.startsWith('on'));
    const url = ['href', 'src', 'action', 'formaction'].some((k) =>
      /^\s*(javascript|data|vbscript):/i.test(attrs.get(k) ?? ''),
    );
    if (script || handler || url || FOREIGN.has(name)) found.push(tag);
  }
  return found;
}
