import type { App } from '../../../app/context.ts';
import { etagOf } from './send.ts';

/**
 * Rendered pages kept for a few seconds in this process, by path and display preferences, so a crowd on one
 * notice costs one render (and one round of queries) every few seconds rather than one per request. A publish
 * or a withdrawal in this process clears it at once (clearRenderedPages); another process of the deployment
 * catches up within the TTL. Requests that miss together share one render (a crowd arriving on a cold or just
 * expired page starts one round of queries, not one each).
 */
export interface RenderedPage {
  html: string;
  status: number;
  etag: string;
}

export const PAGE_TTL_MS = 5_000;
const MAX_PAGES = 1_000;

const pages = new Map<string, { page: RenderedPage; until: number }>();
/** Renders under way, shared by the requests that miss while they run. */
const rendering = new Map<string, Promise<RenderedPage>>();
/** Bumped by every clear: a render begun before a clear answers its requests but is not kept. */
let generation = 0;

export function clearRenderedPages(): void {
  pages.clear();
  rendering.clear();
  generation += 1;
}

/**
 * Clears the rendered pages after every staff write that went through (any non-GET under /api/v1): a publish,
 * a withdrawal, a site's footer, a notice posted by a step. Staff writes are rare next to public reads, so
 * clearing on all of them costs little and misses nothing. Added on the root instance before the modules are
 * registered, so every route's answers pass through it. Scheduled publishing runs as a job, not a request: the
 * TTL covers it.
 */
export function clearPagesOnStaffWrites(app: App): void {
  app.addHook('onResponse', async (request, reply) => {
    const write = request.method !== 'GET' && request.method !== 'HEAD';
    if (write && reply.statusCode < 400 && request.url.startsWith('/api/v1/')) clearRenderedPages();
  });
}

/**
 * The cached page of `key`, or renders and keeps it. Time here is the machine's, not the server's clock
 * (tests fix that one): the TTL is about load, not about dates.
 */
export async function renderCached(
  key: string,
  render: () => Promise<{ html: string; status: number }>,
): Promise<RenderedPage> {
  const hit = pages.get(key);
  if (hit && hit.until > Date.now()) return hit.page;
  const running = rendering.get(key);
  if (running) return running;
  const started = generation;
  const promise = render()
    .then(({ html, status }) => {
      const page = { html, status, etag: etagOf(html) };
      if (started === generation) keep(key, page);
      return page;
    })
    .finally(() => {
      if (rendering.get(key) === promise) rendering.delete(key);
    });
  rendering.set(key, promise);
  return promise;
}

function keep(key: string, page: RenderedPage): void {
  const now = Date.now();
  if (pages.size >= MAX_PAGES) {
    for (const [k, v] of pages) if (v.until <= now) pages.delete(k);
    // Still full of live pages (a crawl): start over rather than grow without bound.
    if (pages.size >= MAX_PAGES) pages.clear();
  }
  pages.set(key, { page, until: now + PAGE_TTL_MS });
}
