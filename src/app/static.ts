import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './context.ts';

/**
 * Serves the built web console (web/dist, made by scripts/build-web.mjs) at `/`. Hashed assets are cached for
 * a year, index.html never (so a new build is picked up at once), and any other path that is not the API or
 * the API docs gets index.html, where the console's router takes over (`/r/371324/households`). Text assets go
 * out pre-compressed (.br/.gz written by the build) to browsers that accept them.
 */
const DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const SERVER_PATHS = /^\/(api|docs)(\/|$)/;
const HASHED = /^assets\//;

async function isFile(relative: string): Promise<boolean> {
  const path = resolve(DIST, relative);
  if (!path.startsWith(DIST.endsWith(sep) ? DIST : DIST + sep)) return false;
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ?? false;
}

export async function webConsole(app: App) {
  await app.register(fastifyStatic, {
    root: DIST,
    serve: false,
    preCompressed: true,
    cacheControl: false,
    suppressWarning: true,
  });

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (SERVER_PATHS.test(path)) return reply.callNotFound();
    const relative = decodeURIComponent(path).replace(/^\/+/, '');
    if (relative && (await isFile(relative))) {
      reply.header(
        'cache-control',
        HASHED.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return reply.sendFile(relative);
    }
    // A missing hashed asset is a stale page asking for an old build: a 404, not HTML in place of a script.
    if (HASHED.test(relative)) return reply.callNotFound();
    if (!(await isFile('index.html'))) {
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
  app.get('/*', { schema: { hide: true } }, handler);
}
