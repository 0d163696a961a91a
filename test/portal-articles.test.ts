import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, auditedWrite, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { B_COUNTY, call, COUNTY, draftIn, siteFor, userOf, VILLAGE } from './support/portal-fixtures.ts';
import { createTestServer, TEST_NOW } from './support/server.ts';

let db: TestDb;
let app: App;
let site: { id: number; columns: { id: number; slug: string }[] };
let outsideSiteId: number;
const u = {} as Record<'contributor' | 'editor' | 'county_admin' | 'outsider', LoggedIn>;

beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  app = await createTestServer(db);
  site = await siteFor(app, COUNTY, '兰陵县');
  outsideSiteId = (await siteFor(app, B_COUNTY, '兰山区')).id;
  u.contributor = await userOf(app, 'contributor');
  u.editor = await userOf(app, 'editor');
  u.county_admin = await userOf(app, 'county_admin');
  u.outsider = await userOf(app, 'editor', B_COUNTY);
});

afterAll(async () => {
  await app.close();
  await db.dispose();
});

const columnId = (slug: string) => site.columns.find((c) => c.slug === slug)!.id;
const act = (who: LoggedIn, id: number, body: object) =>
  call(app, who, 'POST', `/api/v1/portal/articles/${id}/actions`, body);
const errorCode = (res: { json: () => { error: { code: string } } }) => res.json().error.code;

describe('the editorial workflow', () => {
  it('goes from a contributor’s draft through review to published, withdrawn and back to draft', async () => {
    const created = await call(app, u.contributor, 'POST', '/api/v1/portal/articles', {
      siteId: site.id,
      columnId: columnId('region'),
      title: '车辋镇召开产业帮扶推进会',
      bodyHtml: '<p>会议部署了下一阶段工作。</p>',
      source: '车辋镇人民政府',
      author: '李文',
    });
    expect(created.statusCode, created.body).toBe(201);
    const a = created.json();
    expect(a).toMatchObject({ state: 'draft', revision: 1, version: 1, kind: 'article', minDays: null });

    const edited = await call(app, u.contributor, 'PATCH', `/api/v1/portal/articles/${a.id}`, {
      version: 1,
      bodyHtml: '<p>会议部署了下一阶段产业帮扶工作。</p>',
      note: '补充内容',
    });
    expect(edited.json()).toMatchObject({ revision: 2, version: 2, state: 'draft' });
    const stale = await call(app, u.contributor, 'PATCH', `/api/v1/portal/articles/${a.id}`, {
      version: 1,
      title: '旧',
    });
    expect(stale.statusCode).toBe(409);

    expect((await act(u.contributor, a.id, { action: 'submit', version: 2 })).json().state).toBe('in_review');
    expect((await act(u.contributor, a.id, { action: 'publish', version: 3 })).statusCode).toBe(403);
    expect((await act(u.county_admin, a.id, { action: 'publish', version: 3 })).statusCode).toBe(403);
    const noReason = await act(u.editor, a.id, { action: 'return', version: 3 });
    expect(noReason.statusCode).toBe(422);
    expect(
      (await act(u.editor, a.id, { action: 'return', version: 3, reason: '请补充会议时间' })).json().state,
    ).toBe('draft');
    await act(u.contributor, a.id, { action: 'submit', version: 4 });
    const published = await act(u.editor, a.id, { action: 'publish', version: 5 });
    expect(published.json()).toMatchObject({ state: 'published', publishedAt: TEST_NOW.toISOString() });

    const locked = await call(app, u.contributor, 'PATCH', `/api/v1/portal/articles/${a.id}`, {
      version: 6,
      title: '改',
    });
    expect(locked.statusCode).toBe(403);
    const live = await call(app, u.editor, 'PATCH', `/api/v1/portal/articles/${a.id}`, {
      version: 6,
      title: '车辋镇召开产业帮扶工作推进会',
    });
    expect(live.json()).toMatchObject({ state: 'published', revision: 3, version: 7 });

    expect(errorCode(await act(u.editor, a.id, { action: 'submit', version: 7 }))).toBe('WRONG_STATE');
    expect((await act(u.editor, a.id, { action: 'withdraw', version: 7 })).statusCode).toBe(422);
    const withdrawn = await act(u.editor, a.id, { action: 'withdraw', version: 7, reason: '内容有误' });
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn', withdrawnReason: '内容有误' });
    const frozen = await call(app, u.editor, 'PATCH', `/api/v1/portal/articles/${a.id}`, {
      version: 8,
      title: 'x',
    });
    expect(errorCode(frozen)).toBe('WRONG_STATE');
    expect((await act(u.contributor, a.id, { action: 'redraft', version: 8 })).json().state).toBe('draft');

    const revisions = (
      await call(app, u.contributor, 'GET', `/api/v1/portal/articles/${a.id}/revisions`)
    ).json().items;
    expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2, 3]);
    expect(revisions[0].bodyHtml).toBe('<p>会议部署了下一阶段工作。</p>');
    expect(revisions[1].note).toBe('补充内容');
    expect(revisions[2].title).toBe('车辋镇召开产业帮扶工作推进会');

    const actions = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'portal_article' AND entity_id = $1 ORDER BY id`,
      [String(a.id)],
    );
    expect(actions.map((r) => r.action)).toEqual([
      'portal.article_create',
      'portal.article_update',
      'portal.article_submit',
      'portal.article_return',
      'portal.article_submit',
      'portal.article_publish',
      'portal.article_update',
      'portal.article_withdraw',
      'portal.article_redraft',
    ]);
  });

  it('keeps revisions append-only', async () => {
    const a = await draftIn(app, site.id);
    await expect(
      auditedWrite(db, `UPDATE portal_article_revisions SET title = 'x' WHERE article_id = $1`, [a.id]),
    ).rejects.toThrow();
    await expect(
      auditedWrite(db, `DELETE FROM portal_article_revisions WHERE article_id = $1`, [a.id]),
    ).rejects.toThrow();
  });

  it('hides another county’s articles and refuses roles that may not', async () => {
    const a = await draftIn(app, site.id);
    expect((await call(app, u.outsider, 'GET', `/api/v1/portal/articles/${a.id}`)).statusCode).toBe(404);
    expect((await act(u.outsider, a.id, { action: 'publish', version: 1 })).statusCode).toBe(404);
    const cadre = await userOf(app, 'village_cadre', VILLAGE);
    expect((await call(app, cadre, 'GET', `/api/v1/portal/articles/${a.id}`)).statusCode).toBe(404);
    const write = await call(app, u.county_admin, 'PATCH', `/api/v1/portal/articles/${a.id}`, {
      version: 1,
      title: 'x',
    });
    expect(write.statusCode).toBe(403);
    const create = (who: LoggedIn, siteId: number) =>
      call(app, who, 'POST', '/api/v1/portal/articles', {
        siteId,
        columnId: columnId('work'),
        title: 't',
        bodyHtml: '',
      });
    expect((await create(u.outsider, site.id)).statusCode).toBe(404);
    expect((await create(u.county_admin, site.id)).statusCode).toBe(403);
    // A column of another site is refused even on one's own site.
    expect(errorCode(await create(u.outsider, outsideSiteId))).toBe('COLUMN_UNKNOWN');
  });

  it('lists with filters, search on Chinese words and paging', async () => {
    for (let i = 0; i < 3; i += 1)
      await draftIn(app, site.id, { title: `低保核查通知 ${i}`, bodyHtml: '<p>核查</p>' });
    await draftIn(app, site.id, { title: '简报', bodyHtml: '<p>开展防止返贫动态监测</p>' });
    const list = async (query: string, who = u.editor) =>
      (await call(app, who, 'GET', `/api/v1/portal/articles?${query}`)).json();
    const page = await list(`siteId=${site.id}&q=${encodeURIComponent('低保')}&pageSize=2`);
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(2);
    expect(
      (await list(`q=${encodeURIComponent('返贫')}`)).items.map((i: { title: string }) => i.title),
    ).toEqual(['简报']);
    expect((await list(`q=${encodeURIComponent('低保')}`, u.outsider)).total).toBe(0);
    const drafts = await list(`state=draft&siteId=${site.id}&pageSize=100`);
    expect(drafts.items.every((i: { state: string }) => i.state === 'draft')).toBe(true);
  });
});

describe('sanitising on write', () => {
  it.each([
    '<p>a</p><script>alert(1)</script>',
    '<img src=x onerror=alert(1)><p>b</p>',
    '<a href="javascript:alert(1)">c</a>',
    '<a href="JaVaScRiPt&#58;alert(1)">d</a>',
    '<svg onload=alert(1)></svg><iframe src="//evil"></iframe>',
    '<p style="background:url(javascript:x)" onclick="x">e</p>',
  ])('stores %j without anything that runs', async (bodyHtml) => {
    const res = await call(app, u.contributor, 'POST', '/api/v1/portal/articles', {
      siteId: site.id,
      columnId: columnId('work'),
      title: '<script>alert(1)</script>标题',
      bodyHtml,
    });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await db.query<{ html: string; text: string; rev: string }>(
      `SELECT a.body_html AS html, a.body_text AS text, r.body_html AS rev FROM portal_articles a
       JOIN portal_article_revisions r ON r.article_id = a.id WHERE a.id = $1`,
      [res.json().id],
    );
    for (const stored of [row!.html, row!.rev])
      expect(stored.toLowerCase()).not.toMatch(
        /<script|javascript:|onerror|onload|onclick|style=|<svg|<iframe/,
      );
    expect(row!.text).not.toContain('alert');
  });
});
