import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { insertArticle, insertSite, type TestSite } from './support/portal-site.ts';
import { createTestServer } from './support/server.ts';
import { xmlTexts } from './support/xml.ts';

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

describe('the article page', () => {
  let older: number;
  let article: number;
  let newer: number;

  beforeAll(async () => {
    older = await insertArticle(db, {
      site: town,
      column: 'region',
      title: '车辋镇开展春季植树',
      publishedAt: '2026-05-01T01:00:00Z',
    });
    article = await insertArticle(db, {
      site: town,
      column: 'region',
      title: '车辋镇召开产业帮扶推进会',
      bodyHtml: '<p>第一段：全镇合作社负责人参会。</p><p>第二段：会议部署了下一阶段工作。</p>',
      source: '车辋镇党政办',
      author: '李明',
      organisation: '车辋镇人民政府',
      publishedAt: '2026-06-20T02:03:04Z',
    });
    newer = await insertArticle(db, {
      site: town,
      column: 'region',
      title: '车辋镇夏季防汛部署',
      publishedAt: '2026-06-28T01:00:00Z',
    });
  });

  it('carries what the seed page carries: breadcrumb, title, publish time, source, body, byline, controls, neighbours', async () => {
    const res = await get(`/s/371324106/a/${article}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toMatch(
      /当前位置：<a href="\/s\/371324106\/">首页<\/a> \/ <a href="\/s\/371324106\/c\/region\/">区域在线<\/a>/,
    );
    expect(html).toContain('<h1>车辋镇召开产业帮扶推进会</h1>');
    expect(html).toContain('<a href="/s/371324106/c/region/" aria-current="page">区域在线</a>');
    expect(html).toContain('<li><a href="/s/371324106/">首页</a></li>');
    expect(html).toContain('发布时间：<time datetime="2026-06-20T02:03:04.000Z">2026-06-20 10:03:04</time>');
    expect(html).toContain('来源：车辋镇党政办');
    expect(html).toContain('<p>第一段：全镇合作社负责人参会。</p><p>第二段：会议部署了下一阶段工作。</p>');
    expect(html).toContain('<p class="byline">车辋镇人民政府　作者：李明</p>');
    for (const label of ['>大<', '>中<', '>小<', '>打印<']) expect(html).toContain(label);
    expect(html).toContain(`href="/prefs?size=l&amp;back=%2Fs%2F371324106%2Fa%2F${article}"`);
    expect(html).toContain(`上一篇：<a href="/s/371324106/a/${newer}">车辋镇夏季防汛部署</a>`);
    expect(html).toContain(`下一篇：<a href="/s/371324106/a/${older}">车辋镇开展春季植树</a>`);
  });

  it('has a print view without the frame', async () => {
    const res = await get(`/s/371324106/a/${article}?print=1`);
    expect(res.body).toContain('class="size-m print-view"');
  });

  it('answers 410 for a withdrawn article, saying when, and 404 for a draft, a schedule or another site', async () => {
    const withdrawn = await insertArticle(db, {
      site: town,
      column: 'region',
      title: '撤下的消息',
      state: 'withdrawn',
    });
    const res = await get(`/s/371324106/a/${withdrawn}`);
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('已于 2026-06-25 12:30:00 撤销发布');
    expect(res.body).not.toContain('撤下的消息');
    for (const state of ['draft', 'in_review', 'scheduled'] as const) {
      const id = await insertArticle(db, { site: town, column: 'region', title: `未发布${state}`, state });
      const hidden = await get(`/s/371324106/a/${id}`);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.body).not.toContain(`未发布${state}`);
    }
    expect((await get(`/s/371324/a/${article}`)).statusCode).toBe(404);
    expect((await get('/s/371324106/a/abc')).statusCode).toBe(404);
    expect((await get('/s/371324106/a/99999999999999999999')).statusCode).toBe(404);
  });
});

describe('a fund disclosure', () => {
  const disclosure = {
    projectName: '测试村光伏帮扶电站',
    village: '371324106201',
    villageName: '测试村',
    content: '建设 100 千瓦光伏电站一座',
    funds: [
      { source: 'central', amount: 300000 },
      { source: 'county', amount: 50000.5 },
    ],
    total: 350000.5,
    periodFrom: '2026-03-01',
    periodTo: '2026-09-30',
    responsibleUnit: '车辋镇人民政府',
    beneficiaryHouseholds: 42,
    namesAllowed: false,
    expectedBenefit: '年收益约 10 万元',
    supervisionPhone: '12317',
  };

  it('shows the fields as a table, 公示中 during its ten days, 已归档 after', async () => {
    const running = await insertArticle(db, {
      site: town,
      column: 'funds',
      kind: 'disclosure',
      title: '光伏电站项目公示',
      disclosure,
      publishedAt: '2026-06-25T00:00:00Z',
    });
    const res = await get(`/s/371324106/a/${running}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<th scope="row">项目名称</th><td>测试村光伏帮扶电站</td>');
    expect(res.body).toContain('中央财政资金 300,000.00 元<br>县级财政资金 50,000.50 元');
    expect(res.body).toContain('350,000.50 元');
    expect(res.body).toContain('42 户');
    expect(res.body).toContain('公示中（公示期至 2026-07-05）');
    const old = await insertArticle(db, {
      site: town,
      column: 'funds',
      kind: 'disclosure',
      title: '旧项目公示',
      disclosure,
      publishedAt: '2026-05-01T00:00:00Z',
    });
    const archived = await get(`/s/371324106/a/${old}`);
    expect(archived.statusCode).toBe(200);
    expect(archived.body).toContain('已归档');
    expect(archived.body).toContain('测试村光伏帮扶电站');
  });

  it('lists beneficiaries by name only where the rules allow', async () => {
    const names = ['王一', '王二'];
    const hiddenNames = await insertArticle(db, {
      site: town,
      column: 'funds',
      kind: 'disclosure',
      title: '不公开姓名',
      disclosure: { ...disclosure, beneficiaryNames: names },
    });
    expect((await get(`/s/371324106/a/${hiddenNames}`)).body).not.toContain('王一');
    const shown = await insertArticle(db, {
      site: town,
      column: 'funds',
      kind: 'disclosure',
      title: '公开姓名',
      disclosure: { ...disclosure, namesAllowed: true, beneficiaryNames: names },
    });
    expect((await get(`/s/371324106/a/${shown}`)).body).toContain('王一、王二');
  });
});

describe('column lists', () => {
  beforeAll(async () => {
    for (let i = 1; i <= 23; i++) {
      const day = String(i).padStart(2, '0');
      await insertArticle(db, {
        site: county,
        column: 'policy',
        title: `政策文件第${i}号`,
        publishedAt: `2026-05-${day}T00:00:00Z`,
      });
    }
  });

  it('pages 20 to a page, newest first, with the pager', async () => {
    const first = await get('/s/371324/c/policy/');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('<h1>政策文件</h1>');
    expect(first.body.match(/>政策文件第\d+号</g)).toHaveLength(20);
    expect(first.body.indexOf('政策文件第23号')).toBeLessThan(first.body.indexOf('政策文件第4号'));
    expect(first.body).not.toContain('政策文件第3号<');
    expect(first.body).toContain('第 1 / 2 页（共 23 条）');
    expect(first.body).toContain('href="/s/371324/c/policy/?page=2" rel="next"');
    const second = await get('/s/371324/c/policy/?page=2');
    expect(second.body.match(/>政策文件第\d+号</g)).toEqual([
      '>政策文件第3号<',
      '>政策文件第2号<',
      '>政策文件第1号<',
    ]);
    expect((await get('/s/371324/c/policy/?page=3')).statusCode).toBe(404);
    expect((await get('/s/371324/c/policy/?page=abc')).statusCode).toBe(200);
    expect((await get('/s/371324/c/nothing/')).statusCode).toBe(404);
  });
});

describe('search', () => {
  beforeAll(async () => {
    await insertArticle(db, {
      site: county,
      column: 'work',
      title: '精准扶贫工作简报',
      bodyHtml: '<p>全县工作进展。</p>',
    });
    await insertArticle(db, {
      site: county,
      column: 'work',
      title: '产业发展情况',
      bodyHtml: '<p>今年继续巩固扶贫成果，发展特色产业。</p>',
    });
    await insertArticle(db, {
      site: county,
      column: 'work',
      title: '百分之百_完成',
      bodyHtml: '<p>任务完成。</p>',
    });
    await insertArticle(db, { site: county, column: 'work', title: '未发布的扶贫稿件', state: 'draft' });
  });

  it('finds 扶贫 in a title and in a body, published only', async () => {
    const res = await get(`/s/371324/search?q=${encodeURIComponent('扶贫')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('精准扶贫工作简报');
    expect(res.body).toContain('产业发展情况');
    expect(res.body).not.toContain('未发布的扶贫稿件');
    expect(res.body).toContain('找到 2 条');
  });

  it('ANDs several words and takes % and _ literally', async () => {
    const both = await get(`/s/371324/search?q=${encodeURIComponent('扶贫　产业')}`);
    expect(both.body).toContain('找到 1 条');
    expect(both.body).toContain('产业发展情况');
    expect((await get('/s/371324/search?q=%25')).body).toContain('找到 0 条');
    const underscore = await get('/s/371324/search?q=_');
    expect(underscore.body).toContain('找到 1 条');
    expect(underscore.body).toContain('百分之百_完成');
  });

  it('echoes the words escaped and shows the form when empty', async () => {
    const res = await get(`/s/371324/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain('&lt;script&gt;');
    const empty = await get('/s/371324/search');
    expect(empty.body).toContain('<form class="plain" action="/s/371324/search" method="get"');
  });
});

describe('feeds and the sitemap', () => {
  it('gives each column an RSS feed of its published items', async () => {
    const res = await get('/s/371324106/c/region/rss.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/rss+xml');
    const texts = xmlTexts(res.body);
    expect(texts.get('title')).toContain('车辋镇召开产业帮扶推进会');
    expect(texts.get('title')).not.toContain('撤下的消息');
    expect(texts.get('link')!.every((l) => l.startsWith('http://localhost'))).toBe(true);
    expect((await get('/s/371324106/c/nothing/rss.xml')).statusCode).toBe(404);
  });

  it('lists every published page of every site in /sitemap.xml', async () => {
    const res = await get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    const locs = xmlTexts(res.body).get('loc')!;
    expect(locs).toContain('http://localhost/s/371324/');
    expect(locs).toContain('http://localhost/s/371324106/c/region/');
    const published = await db.query<{ id: number; code: string }>(
      `SELECT a.id, left(s.region_code, CASE WHEN s.region_code LIKE '______000000' THEN 6 ELSE 9 END) AS code
       FROM portal_articles a JOIN portal_sites s ON s.id = a.site_id WHERE a.state = 'published'`,
    );
    const articleLocs = locs.filter((l) => l.includes('/a/'));
    expect(articleLocs.sort()).toEqual(published.map((p) => `http://localhost/s/${p.code}/a/${p.id}`).sort());
  });
});
