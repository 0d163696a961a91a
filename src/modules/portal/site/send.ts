import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/**
 * Sends a rendered page with the headers that let browsers and proxies carry a crowd: a strong ETag of the
 * HTML (304 with no body when the browser already has it), `cache-control: public, max-age=N` (or no-store
 * for a page made for one reader, like a receipt), and `Vary: Cookie` because the display preferences cookie
 * changes the HTML.
 */
export interface SendOptions {
  /** Seconds a page may be reused; 0 means never stored (receipts, forms with typed text). */
  maxAge: number;
  status?: number;
  /** Precomputed by the page cache, to hash a page once per render rather than per request. */
  etag?: string;
}

export const PAGE_MAX_AGE = 60;

export function etagOf(html: string): string {
  return `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

export function sendPage(reply: FastifyReply, html: string, options: SendOptions): FastifyReply {
  const status = options.status ?? 200;
  reply.header('content-type', 'text/html; charset=utf-8').header('vary', 'Cookie');
  if (options.maxAge <= 0) return reply.status(status).header('cache-control', 'no-store').send(html);
  const etag = options.etag ?? etagOf(html);
  reply.header('cache-control', `public, max-age=${options.maxAge}`).header('etag', etag);
  if (status === 200 && matches(reply.request.headers['if-none-match'], etag)) {
    return reply.status(304).send();
  }
  return reply.status(status).send(html);
}
