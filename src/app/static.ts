import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serves the built web console (web/dist, made by scripts/build-web.mjs with vite's base `/console/`) under
 * `/console/`; the public portal has `/`. Hashed assets are cached for a year, index.html never (so a new
 * build is picked up at once), and any other path under `/console/` gets index.html, where the console's
 * router takes over (`/console/r/371324/households`). Text assets go out pre-compressed (.br/.gz written by the
 * build) to browsers that accept them.
 */
export const CONSOLE_PATH = '/console/';

/** A console page's address from its router path: (`http://h:3000`, `/r/371324`) → `http://h:3000/console/r/371324`. */
export function consoleAddress(origin: string, path = '/'): string {
  return `${origin}${CONSOLE_PATH}${path.replace(/^\/+/, '')}`;
}

const DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const HASHED = /^assets\//;

async function isFile(dist: string, relative: string): Promise<boolean> {
  const path = resolve(dist, relative);
  if (!path.startsWith(dist.endsWith(sep) ? dist : dist + sep)) return false;
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ?? false;
}

/** The path under /console/ a request asks for, without the query (`assets/x.js`, `r/371324`, or ''). */
function consoleRelative(request: FastifyRequest): string {
  const path = request.url.split('?')[0] ?? '';
  return decodeURIComponent(path.slice(CONSOLE_PATH.length)).replace(/^\/+/, '');
}

/** The console's routes, serving the build in `dist` (a folder of its own in the tests of this file). */
export const serveConsole = (dist: string) => async (app: FastifyInstance) => {
  await app.register(fastifyStatic, {
    root: dist,
    serve: false,
    preCompressed: true,
    cacheControl: false,
    suppressWarning: true,
  });

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const relative = consoleRelative(request);
    if (relative && (await isFile(dist, relative))) {
      reply.header(
        'cache-control',
        HASHED.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return reply.sendFile(relative);
    }
    // A missing hashed asset is a stale page asking for an old build: a 404, not HTML in place of a script.
    if (HASHED.test(relative)) return reply.callNotFound();
    if (!(await isFile(dist, 'index.html'))) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          '管理端尚未构建，请运行 npm run build:web / The web console is not built: run npm run build:web\n',
        );
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  };
  app.get(`${CONSOLE_PATH}*`, { schema: { hide: true } }, handler);

  // The console's bare name as typed, and the addresses staff bookmarked before the console moved here
  // (`/login`, `/r/371324/households`): the same page under /console/.
  const moved = async (request: FastifyRequest, reply: FastifyReply) => {
    const at = request.url.indexOf('?');
    const path = at < 0 ? request.url : request.url.slice(0, at);
    const query = at < 0 ? '' : request.url.slice(at);
    const rest = path === '/console' ? '' : path.slice(1);
    return reply.redirect(`${CONSOLE_PATH}${rest}${query}`, 301);
  };
  for (const path of ['/console', '/login', '/r/*']) app.get(path, { schema: { hide: true } }, moved);
};

export const webConsole = serveConsole(DIST);
