import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { insertArticle, insertSite, type TestSite } from './support/portal-site.ts';
import { createTestServer } from './support/server.ts';

let db: TestDb;
let app: App;
let county: TestSite;
let town: TestSite;

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('before any site exists', () => {
  it('answers / with a page saying the portal is not set up, linking to the console', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="zh-CN"');
    expect(res.body).toContain('门户网站尚未设置');
    expect(res.body).toContain('href="/console/"');
  });
});

describe('the home page', () => {
  beforeAll(async () => {
    county = await insertSite(db, {
      regionCode: '371324000000',
      name: '兰陵县人民政府',
      isPrimary: true,
      footer: { sponsor: '兰陵县人民政府办公室', icp: '鲁ICP备00000000号', supervision: '12317' },
    });
    town = await insertSite(db, { regionCode: '371324106000', name: '车辋镇人民政府' });
    await insertArticle(db, { site: county, column: 'work', title: '县里召开帮扶工作会议' });
  });

  it('shows the primary site at / with its columns, latest articles, footer and the town site', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('兰陵县人民政府');
    expect(res.body).toContain('工作动态');
    expect(res.body).toContain('县里召开帮扶工作会议');
    expect(res.body).toContain('href="/s/371324106/"');
    expect(res.body).toContain('主办单位：兰陵县人民政府办公室');
    expect(res.body).toContain('href="https://beian.miit.gov.cn/"');
    expect(res.body).toContain('href="/console/"');
    expect(res.body).toContain('class="skip" href="#main"');
  });

  it('shows a town site at /s/{town}/ linking back to the county', async () => {
    const res = await get('/s/371324106/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('车辋镇人民政府');
    expect(res.body).toContain('href="/s/371324/"');
    expect(res.body).not.toContain('县里召开帮扶工作会议');
    expect(town.id).toBeGreaterThan(county.id);
  });

  it('answers an unknown site and an unknown page with an HTML 404', async () => {
    const none = await get('/s/999999/');
    expect(none.statusCode).toBe(404);
    expect(none.headers['content-type']).toContain('text/html');
    const missing = await get('/s/371324/nothing/here');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('页面不存在');
    expect(missing.body).toContain('兰陵县人民政府');
  });
});

describe('caching', () => {
  it('sends an ETag and cache-control, and 304 when the browser has the page', async () => {
    const first = await get('/s/371324/');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(first.headers.vary).toContain('Cookie');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/s/371324/', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/s/371324/', { 'if-none-match': '"other"' })).statusCode).toBe(200);
  });

  it('serves the stylesheet and the script with a year of cache', async () => {
    const page = await get('/s/371324/');
    const css = /href="(\/portal\/assets\/site\.\w+\.css)"/.exec(page.body)![1]!;
    const js = /src="(\/portal\/assets\/site\.\w+\.js)"/.exec(page.body)![1]!;
    for (const url of [css, js]) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await get('/portal/assets/site.css')).statusCode).toBe(404);
  });
});

describe('display preferences', () => {
  it('sets the cookie and goes back to the local page; the page then carries the classes', async () => {
    const res = await get('/prefs?elder=1&size=l&back=/s/371324/');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/s/371324/');
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    expect(cookie).toBe('zhenfu_portal=1l');
    const page = await get('/s/371324/', { cookie });
    expect(page.body).toContain('class="size-l elder"');
    expect(page.body).toContain('标准版');
  });

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    '/\n//evil.example',
    '/\t/evil.example',
  ])('never sends the reader off the site (%s)', async (back) => {
    const res = await get(`/prefs?size=s&back=${encodeURIComponent(back)}`);
    expect(res.statusCode).toBe(303);
    const location = res.headers.location as string;
    expect(location.startsWith('/')).toBe(true);
    expect(location.startsWith('//')).toBe(false);
    expect(location).not.toContain('evil');
  });
});
