import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveConsole } from '../src/app/static.ts';

/**
 * The console's files under /console/ (src/app/static.ts), on a small build of its own: the real one is made
 * by the e2e setup, which need not have run before this file.
 */
const INDEX = '<!doctype html><title>console</title>';
const SCRIPT = 'console.log(1)';
const MANIFEST = '{"name":"真扶","start_url":"/console/","scope":"/console/"}';

let dist: string;
let app: FastifyInstance;

async function serverOf(root: string): Promise<FastifyInstance> {
  const server = Fastify({ logger: false });
  await server.register(serveConsole(root));
  await server.ready();
  return server;
}

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'zhenfu-console-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'assets', 'index-Ab12.js'), SCRIPT);
  await writeFile(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dist, 'sw.js'), SCRIPT);
  await writeFile(join(dist, 'manifest.webmanifest'), MANIFEST);
  app = await serverOf(dist);
});
afterAll(async () => {
  await app.close();
  await rm(dist, { recursive: true, force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('the console under /console/', () => {
  it('answers its own pages with index.html, never cached, for the router to draw', async () => {
    for (const url of ['/console/', '/console/login?next=%2Fr', '/console/r/371324/households?year=2020']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(INDEX);
      expect(res.headers['content-type'], url).toContain('text/html');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year; other files are checked each time', async () => {
    const script = await get('/console/assets/index-Ab12.js');
    expect(script.statusCode).toBe(200);
    expect(script.body).toBe(SCRIPT);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await get('/console/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('the installable console: its service worker is checked each time (never a year-old one) and its manifest is JSON', async () => {
    // A service worker cached for a year would keep a phone on an old console long after a new build.
    const worker = await get('/console/sw.js');
    expect(worker.statusCode).toBe(200);
    expect(worker.headers['content-type']).toContain('javascript');
    expect(worker.headers['cache-control']).toBe('no-cache');
    const manifest = await get('/console/manifest.webmanifest');
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-type']).toContain('application/manifest+json');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(manifest.body)).toMatchObject({ name: '真扶', scope: '/console/' });
  });

  it('a hashed asset of an older build is a 404, not the page in place of a script', async () => {
    expect((await get('/console/assets/index-Old9.js')).statusCode).toBe(404);
  });

  it('serves nothing outside its build, however the path is spelt', async () => {
    for (const url of ['/console/..%2f..%2fetc%2fpasswd', '/console/%2e%2e/%2e%2e/etc/passwd']) {
      const res = await get(url);
      expect(res.body, url).not.toContain('root:');
      expect([200, 404], url).toContain(res.statusCode);
    }
  });

  it('leaves the root and every other path to the portal and the API', async () => {
    for (const url of ['/', '/index.html', '/assets/index-Ab12.js', '/s/371324/', '/api/v1/nothing']) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });
});

describe('addresses that lead to the console', () => {
  it('/console and the paths bookmarked before the move redirect to the same page under /console/', async () => {
    const cases = [
      ['/console', '/console/'],
      ['/console?lang=en', '/console/?lang=en'],
      ['/login', '/console/login'],
      ['/login?next=%2Fr%2F371324%2Fhouseholds', '/console/login?next=%2Fr%2F371324%2Fhouseholds'],
      ['/r/371324/households?year=2020', '/console/r/371324/households?year=2020'],
    ];
    for (const [from, to] of cases) {
      const res = await get(from!);
      expect(res.statusCode, from).toBe(301);
      expect(res.headers.location, from).toBe(to);
    }
  });
});

describe('before the console is built', () => {
  it('its pages say how to build it (503), in Chinese and English', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'zhenfu-console-empty-'));
    const bare = await serverOf(empty);
    try {
      const res = await bare.inject({ method: 'GET', url: '/console/r/371324/households' });
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('npm run build:web');
      expect(res.body).toMatch(/管理端尚未构建/);
    } finally {
      await bare.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
