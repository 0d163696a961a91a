import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Security headers on every answer, by helmet (nosniff, Referrer-Policy no-referrer, X-Frame-Options DENY,
 * Cross-Origin-Opener/Resource-Policy same-origin, no X-Powered-By, …) with two Content-Security-Policies:
 *
 * - the API (`/api/…`) answers JSON and files, never a page, so nothing may load or run from it at all;
 * - pages — the console at `/console/` and Swagger UI at `/docs` — load only their own scripts (both are built files
 *   with no inline script), and inline styles, which Ant Design's CSS-in-JS and Swagger UI write at run time;
 *   images may be data: and blob: URLs (icons, the evidence preview). Nobody may frame either (clickjacking).
 *
 * HSTS goes out only when the server is told it runs behind HTTPS (secure cookies): over plain HTTP on a county
 * LAN browsers ignore it, and a stray includeSubDomains could break other sites on the same domain.
 */
const API_CSP = { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } };

const PAGE_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

function policies(https: boolean): { api: Middleware; page: Middleware } {
  const common: HelmetOptions = {
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  };
  return {
    api: helmet({ ...common, contentSecurityPolicy: API_CSP }),
    page: helmet({ ...common, contentSecurityPolicy: PAGE_CSP }),
  };
}

const isApi = (url: string | undefined) => /^\/api(\/|$|\?)/.test(url ?? '');

/**
 * Returns the function that sets the headers of one answer. The server calls it first thing in onRequest,
 * and from its framework-error handler, which answers a malformed URL before any hook runs.
 */
export function securityHeaders(https: boolean): (request: FastifyRequest, reply: FastifyReply) => void {
  const { api, page } = policies(https);
  return (request, reply) => {
    const apply = isApi(request.raw.url) ? api : page;
    apply(request.raw, reply.raw, (error) => {
      // helmet reports a bad configuration here, which would be ours: fail loudly.
      if (error) throw error instanceof Error ? error : new Error('helmet failed');
    });
  };
}
