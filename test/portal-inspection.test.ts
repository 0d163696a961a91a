import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, auditedWrite, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import {
  addArticle,
  addColumn,
  addComplaint,
  addImage,
  ensureSite,
  setArticle,
  type SiteFixture,
} from './support/inspection-fixtures.ts';
import { createTestServer } from './support/server.ts';

/**
 * The self-inspection (issue 12 §6): each kind of finding appears for the fault it names and goes once the
 * fault is fixed. Every test makes its own column, article or complaint, and looks only at its own findings.
 * The test clock is 2026-06-30 10:00.
 */
interface Finding {
  kind: string;
  severity: string;
  message: { zh: string; en: string };
  columnId?: number;
  articleId?: number;
  complaintId?: number;
  link: string;
}

let db: TestDb;
let app: App;
let editor: LoggedIn;
let county: SiteFixture;

beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  app = await createTestServer(db);
  county = await ensureSite(db, '371324000000', '兰陵县人民政府');
  editor = await loginAs(app, [{ role: 'editor', regionCode: '371324000000' }]);
}, 60_000);
afterAll(async () => {
  await app.close();
  await db.dispose();
});

async function inspect(siteId = county.siteId, user = editor) {
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/portal/inspection?siteId=${siteId}`,
    headers: { cookie: user.cookie },
  });
  return { status: res.statusCode, findings: res.json<{ findings?: Finding[] }>().findings ?? [] };
}

const about = (findings: Finding[], key: Partial<Finding>) =>
  findings.filter((f) => Object.entries(key).every(([k, v]) => f[k as keyof Finding] === v));

describe('columns', () => {
  it('finds an empty column, and not once something is published in it', async () => {
    const columnId = await addColumn(db, county.siteId);
    const before = about((await inspect()).findings, { columnId });
    expect(before).toMatchObject([
      { kind: 'empty_column', severity: 'error', link: `portal/sites/${county.siteId}` },
    ]);
    expect(before[0]?.message.zh).toContain('没有任何已发布的内容');
    // A draft is not content a visitor sees.
    await addArticle(db, { siteId: county.siteId, columnId, state: 'draft' });
    expect(about((await inspect()).findings, { columnId })).toHaveLength(1);
    await addArticle(db, { siteId: county.siteId, columnId });
    expect(about((await inspect()).findings, { columnId })).toEqual([]);
  });

  it('finds a column with nothing new for longer than its days, and not after a new article', async () => {
    const columnId = await addColumn(db, county.siteId, 14);
    await addArticle(db, { siteId: county.siteId, columnId, publishedAt: '2026-06-10T09:00:00+08:00' });
    const stale = about((await inspect()).findings, { columnId });
    expect(stale).toMatchObject([{ kind: 'stale_column', severity: 'warning' }]);
    expect(stale[0]?.message.zh).toMatch(/已 20 天未更新（应不超过 14 天）/);
    await addArticle(db, { siteId: county.siteId, columnId, publishedAt: '2026-06-28T09:00:00+08:00' });
    expect(about((await inspect()).findings, { columnId })).toEqual([]);
  });

  it('never finds a complaints column empty: it shows the complaint form', async () => {
    const columnId = await addColumn(db, county.siteId, null, 'complaints');
    expect(about((await inspect()).findings, { columnId })).toEqual([]);
  });
});

describe('published pages', () => {
  it('finds links to missing, unpublished and withdrawn pages, and not once the target is published', async () => {
    const columnId = await addColumn(db, county.siteId);
    const withdrawn = await addArticle(db, { siteId: county.siteId, columnId, state: 'withdrawn' });
    const draft = await addArticle(db, { siteId: county.siteId, columnId, state: 'draft' });
    const fine = await addArticle(db, { siteId: county.siteId, columnId });
    // An image of the site shown nowhere yet: /media/ does not serve it.
    const unshown = await addImage(db, county.siteId, '未用的图');
    const body = [
      `<a href="/s/371324/a/${withdrawn}">撤回的</a>`,
      `<a href="/s/371324/a/${draft}">草稿</a>`,
      `<a href="/s/371324/a/${fine}">正常</a>`,
      '<a href="/s/371324/a/999999">不存在</a>',
      '<a href="/s/371324/c/no-such-column/">无此栏目</a>',
      '<a href="/s/371324/c/work/?page=2">工作动态</a>',
      '<a href="/s/371399/">无此网站</a>',
      '<a href="/media/999999">无此图片</a>',
      `<a href="/media/${unshown}">未发布的图片</a>`,
      '<a href="/s/371324/notices/371324-2026-999999">无此公示</a>',
      '<a href="https://www.gov.cn/">外部链接</a>',
    ].join('');
    const articleId = await addArticle(db, {
      siteId: county.siteId,
      columnId,
      title: '链接检查',
      bodyHtml: `<p>${body}</p>`,
    });
    const broken = about((await inspect()).findings, { articleId, kind: 'broken_link' });
    expect(broken.map((f) => f.message.en).sort()).toEqual(
      [
        `The link /s/371324/a/${withdrawn} in “链接检查” points to a withdrawn page`,
        `The link /s/371324/a/${draft} in “链接检查” points to a page not published`,
        'The link /s/371324/a/999999 in “链接检查” points to a page that does not exist',
        'The link /s/371324/c/no-such-column/ in “链接检查” points to a page that does not exist',
        'The link /s/371399/ in “链接检查” points to a page that does not exist',
        'The link /media/999999 in “链接检查” points to a page that does not exist',
        `The link /media/${unshown} in “链接检查” points to a page not published`,
        'The link /s/371324/notices/371324-2026-999999 in “链接检查” points to a page that does not exist',
      ].sort(),
    );
    expect(broken.every((f) => f.severity === 'error' && f.link === `portal/articles/${articleId}`)).toBe(
      true,
    );
    await setArticle(db, withdrawn, `state = 'published', withdrawn_at = NULL`);
    const after = about((await inspect()).findings, { articleId, kind: 'broken_link' });
    expect(after).toHaveLength(7);
    expect(after.some((f) => f.message.en.includes(`/a/${withdrawn} `))).toBe(false);
  });

  it('finds images without alt text in a published body, and not once they have it', async () => {
    const columnId = await addColumn(db, county.siteId);
    const image = await addImage(db, county.siteId, '');
    const articleId = await addArticle(db, {
      siteId: county.siteId,
      columnId,
      bodyHtml: `<p><img src="/media/${image}" width="10" height="10"><img src="/media/${image}" alt="  "></p>`,
    });
    const missing = about((await inspect()).findings, { articleId, kind: 'image_alt' });
    expect(missing).toHaveLength(2);
    expect(missing[0]?.message.zh).toContain(`/media/${image} 缺少替代文字`);
    await setArticle(db, articleId, 'body_html = $2', [
      `<p><img src="/media/${image}" alt="村道硬化后的样子"></p>`,
    ]);
    expect(about((await inspect()).findings, { articleId })).toEqual([]);
  });

  it('finds a published page whose publish time is still to come, and not once it is set right', async () => {
    const columnId = await addColumn(db, county.siteId);
    const articleId = await addArticle(db, {
      siteId: county.siteId,
      columnId,
      publishedAt: '2026-07-05T09:00:00+08:00',
    });
    const future = about((await inspect()).findings, { articleId });
    expect(future).toMatchObject([
      { kind: 'no_publish_time', severity: 'error', link: `portal/articles/${articleId}` },
    ]);
    expect(future[0]?.message.zh).toContain('发布时间 2026-07-05 09:00:00 晚于当前时间');
    await setArticle(db, articleId, `published_at = '2026-06-29T09:00:00+08:00'`);
    expect(about((await inspect()).findings, { articleId })).toEqual([]);
  });

  it('finds a logo without alt text, and not once it has one', async () => {
    const image = await addImage(db, county.siteId, '');
    await auditedWrite(db, 'UPDATE portal_sites SET logo_image_id = $1 WHERE id = $2', [
      image,
      county.siteId,
    ]);
    const logo = async () =>
      about((await inspect()).findings, { kind: 'image_alt', link: `portal/sites/${county.siteId}` });
    expect(await logo()).toHaveLength(1);
    await auditedWrite(db, `UPDATE portal_images SET alt = '兰陵县人民政府' WHERE id = $1`, [image]);
    expect(await logo()).toEqual([]);
  });
});

describe('complaints', () => {
  it('finds open complaints of the site’s region past their deadline, and not once answered', async () => {
    const late = await addComplaint(db, '371324106201', '2026-05-20', '2026-06-10');
    const inTime = await addComplaint(db, '371324106201', '2026-06-25', '2026-07-15');
    const elsewhere = await addComplaint(db, '371302000000', '2026-05-20', '2026-06-10');
    const { findings } = await inspect();
    expect(about(findings, { complaintId: late })).toMatchObject([
      { kind: 'overdue_complaint', severity: 'error', link: `complaints/${late}` },
    ]);
    expect(about(findings, { complaintId: inTime })).toEqual([]);
    expect(about(findings, { complaintId: elsewhere })).toEqual([]);
    await auditedWrite(db, `UPDATE complaints SET state = 'answered', reply = '已处理' WHERE id = $1`, [
      late,
    ]);
    expect(about((await inspect()).findings, { complaintId: late })).toEqual([]);
  });
});

describe('who may inspect', () => {
  it('answers 404 for a site outside the caller’s regions and 401 without a session', async () => {
    const other = await loginAs(app, [{ role: 'editor', regionCode: '371302000000' }]);
    expect((await inspect(county.siteId, other)).status).toBe(404);
    expect((await inspect(999_999)).status).toBe(404);
    const anonymous = await app.inject({
      method: 'GET',
      url: `/api/v1/portal/inspection?siteId=${county.siteId}`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers a town’s site to a contributor of the town, with the site’s name', async () => {
    const town = await ensureSite(db, '371324106000', '车辋镇人民政府');
    const contributor = await loginAs(app, [{ role: 'contributor', regionCode: '371324106000' }]);
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/portal/inspection?siteId=${town.siteId}`,
      headers: { cookie: contributor.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ siteId: town.siteId, siteName: '车辋镇人民政府' });
  });
});
