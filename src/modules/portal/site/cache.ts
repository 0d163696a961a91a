import { etagOf } from './send.ts';

/**
 * Rendered pages kept for a few seconds in this process, by path and display preferences, so a crowd on one
 * notice costs one render (and one round of queries) every few seconds rather than one per request. A publish
 * or a withdrawal in this process clears it at once (clearRenderedPages); another process of the deployment
 * catches up within the TTL.
 */
export interface RenderedPage {
  html: string;
  status: number;
  etag: string;
}

export const PAGE_TTL_MS = 5_000;
const MAX_PAGES = 1_000;

const pages = new Map<string, { page: RenderedPage; until: number }>();

export function clearRenderedPages(): void {
  pages.clear();
}

/**
 * The cached page of `key`, or renders and keeps it. Time here is the machine's, not the server's clock
 * (tests fix that one): the TTL is about load, not about dates.
 */
export async function renderCached(
  key: string,
  render: () => Promise<{ html: string; status: number }>,
): Promise<RenderedPage> {
  const now = Date.now();
  const hit = pages.get(key);
  if (hit && hit.until > now) return hit.page;
  const { html, status } = await render();
  const page = { html, status, etag: etagOf(html) };
  if (pages.size >= MAX_PAGES) {
    for (const [k, v] of pages) if (v.until <= now) pages.delete(k);
    // Still full of live pages (a crawl): start over rather than grow without bound.
    if (pages.size >= MAX_PAGES) pages.clear();
  }
  pages.set(key, { page, until: now + PAGE_TTL_MS });
  return page;
}
