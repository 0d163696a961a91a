import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import type { Role } from '../src/modules/auth/actor.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { B_COUNTY, call, COUNTY, siteFor, TOWN, userOf, VILLAGE } from './support/portal-fixtures.ts';
import { createTestServer } from './support/server.ts';

let db: TestDb;
let app: App;
const users = {} as Record<
  'editor' | 'contributor' | 'county_admin' | 'village_cadre' | 'outsider',
  LoggedIn
>;

beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  app = await createTestServer(db);
  for (const role of ['editor', 'contributor', 'county_admin'] as Role[])
    users[role as 'editor'] = await userOf(app, role);
  users.village_cadre = await userOf(app, 'village_cadre', VILLAGE);
  users.outsider = await userOf(app, 'editor', B_COUNTY);
});

afterAll(async () => {
  await app.close();
  await db.dispose();
});

const auditCount = async (action: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = $1`, [action]))[0]!
    .n;

describe('portal sites', () => {
  let siteId: number;

  it('a county administrator creates the county’s site with the default columns in order', async () => {
    const res = await call(app, users.county_admin, 'POST', '/api/v1/portal/sites', {
      regionCode: COUNTY,
      name: '兰陵县人民政府',
      footer: {
        sponsor: '兰陵县人民政府办公室',
        supervision: '12317',
        errorReportUrl: '/s/371324/c/supervision/',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const site = res.json();
    siteId = site.id;
    expect(site).toMatchObject({ regionCode: COUNTY, regionName: '兰陵县', isPrimary: false, version: 1 });
    expect(site.footer.supervision).toBe('12317');
    expect(
      site.columns.map((c: { slug: string; name: string; kind: string }) => [c.slug, c.name, c.kind]),
    ).toEqual([
      ['region', '区域在线', 'articles'],
      ['policy', '政策文件', 'articles'],
      ['notice', '通知公告', 'articles'],
      ['publicity', '公示公告', 'notices'],
      ['funds', '资金项目公开', 'disclosures'],
      ['work', '工作动态', 'articles'],
      ['supervision', '监督举报', 'complaints'],
    ]);
    expect(await auditCount('portal.site_create')).toBe(1);
  });

  it('refuses a second site of the region, a region that is no county or town, and bad footers', async () => {
    const again = await call(app, users.county_admin, 'POST', '/api/v1/portal/sites', {
      regionCode: COUNTY,
      name: '重',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SITE_EXISTS');
    const admin = await loginAs(app, [{ role: 'system_admin', regionCode: '000000000000' }]);
    const city = await call(app, admin, 'POST', '/api/v1/portal/sites', {
      regionCode: '371300000000',
      name: '市',
    });
    expect(city.statusCode).toBe(422);
    expect(city.json().error.code).toBe('SITE_REGION');
    for (const errorReportUrl of ['javascript:alert(1)', '//evil.example/', 'data:text/html,x'])
      expect(
        (
          await call(app, users.county_admin, 'PATCH', `/api/v1/portal/sites/${siteId}`, {
            version: 1,
            footer: { errorReportUrl },
          })
        ).statusCode,
      ).toBe(400);
  });

  it('hides sites from roles that may not read them and refuses roles that may not manage', async () => {
    const create = (who: LoggedIn) =>
      call(app, who, 'POST', '/api/v1/portal/sites', { regionCode: TOWN, name: '车辋镇' });
    expect((await create(users.contributor)).statusCode).toBe(403);
    expect((await create(users.village_cadre)).statusCode).toBe(404);
    expect((await create(users.outsider)).statusCode).toBe(404);
    expect((await call(app, users.village_cadre, 'GET', `/api/v1/portal/sites/${siteId}`)).statusCode).toBe(
      404,
    );
    expect((await call(app, users.outsider, 'GET', `/api/v1/portal/sites/${siteId}`)).statusCode).toBe(404);
    expect((await call(app, users.contributor, 'GET', `/api/v1/portal/sites/${siteId}`)).statusCode).toBe(
      200,
    );
    const patch = { version: 1, name: '改名' };
    expect(
      (await call(app, users.contributor, 'PATCH', `/api/v1/portal/sites/${siteId}`, patch)).statusCode,
    ).toBe(403);
    expect(
      (await call(app, users.outsider, 'PATCH', `/api/v1/portal/sites/${siteId}`, patch)).statusCode,
    ).toBe(404);
    const listed = async (who: LoggedIn) =>
      (await call(app, who, 'GET', '/api/v1/portal/sites')).json().items.map((s: { id: number }) => s.id);
    expect(await listed(users.editor)).toContain(siteId);
    expect(await listed(users.outsider)).not.toContain(siteId);
    expect(await listed(users.village_cadre)).toEqual([]);
  });

  it('updates with the version read, 409 when stale', async () => {
    const ok = await call(app, users.editor, 'PATCH', `/api/v1/portal/sites/${siteId}`, {
      version: 1,
      name: '兰陵县人民政府门户',
      footer: { sponsor: '兰陵县人民政府', icp: '鲁ICP备00000000号' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      name: '兰陵县人民政府门户',
      version: 2,
      footer: { icp: '鲁ICP备00000000号' },
    });
    const stale = await call(app, users.editor, 'PATCH', `/api/v1/portal/sites/${siteId}`, {
      version: 1,
      name: '旧',
    });
    expect(stale.statusCode).toBe(409);
    expect((await call(app, users.editor, 'GET', `/api/v1/portal/sites/${siteId}`)).json().name).toBe(
      '兰陵县人民政府门户',
    );
  });

  it('keeps one primary site: the flag moves', async () => {
    const town = await siteFor(app, TOWN, '车辋镇');
    const set = async (id: number) => {
      const version = (await call(app, users.editor, 'GET', `/api/v1/portal/sites/${id}`)).json().version;
      return call(app, users.editor, 'PATCH', `/api/v1/portal/sites/${id}`, { version, isPrimary: true });
    };
    expect((await set(siteId)).statusCode).toBe(200);
    expect((await set(town.id)).statusCode).toBe(200);
    const rows = await db.query<{ id: number }>(`SELECT id::int FROM portal_sites WHERE is_primary`);
    expect(rows).toEqual([{ id: town.id }]);
  });
});

describe('portal columns', () => {
  let siteId: number;
  beforeAll(async () => {
    siteId = (await siteFor(app, B_COUNTY, '兰山区')).id;
  });
  const outsiderCreates = (payload: object) =>
    call(app, users.outsider, 'POST', `/api/v1/portal/sites/${siteId}/columns`, payload);

  it('adds a column after the others, refuses a slug taken, updates with its version', async () => {
    const res = await outsiderCreates({ slug: 'rural-roads', name: '农村公路', staleDays: 90 });
    expect(res.statusCode, res.body).toBe(201);
    const column = res.json();
    expect(column).toMatchObject({
      slug: 'rural-roads',
      kind: 'articles',
      position: 80,
      staleDays: 90,
      version: 1,
    });
    const taken = await outsiderCreates({ slug: 'work', name: '重复' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('SLUG_TAKEN');
    expect((await outsiderCreates({ slug: 'Bad Slug', name: 'x' })).statusCode).toBe(400);
    const patch = (payload: object) =>
      call(app, users.outsider, 'PATCH', `/api/v1/portal/columns/${column.id}`, payload);
    const changed = await patch({ version: 1, name: '四好农村路', position: 5, staleDays: null });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: '四好农村路', position: 5, staleDays: null, version: 2 });
    expect((await patch({ version: 1, name: '旧' })).statusCode).toBe(409);
    expect((await patch({ version: 2, slug: 'policy' })).statusCode).toBe(409);
    const listed = await call(app, users.outsider, 'GET', `/api/v1/portal/sites/${siteId}/columns`);
    expect(listed.json().items[0].slug).toBe('rural-roads');
  });

  it('hides another county’s columns and refuses a contributor', async () => {
    const [column] = await db.query<{ id: number }>(
      `SELECT id::int FROM portal_columns WHERE site_id = $1 AND slug = 'work'`,
      [siteId],
    );
    const patch = (who: LoggedIn) =>
      call(app, who, 'PATCH', `/api/v1/portal/columns/${column!.id}`, { version: 1, name: 'x' });
    expect((await patch(users.editor)).statusCode).toBe(404);
    expect((await call(app, users.editor, 'GET', `/api/v1/portal/sites/${siteId}/columns`)).statusCode).toBe(
      404,
    );
    const contributorB = await userOf(app, 'contributor', B_COUNTY);
    expect((await patch(contributorB)).statusCode).toBe(403);
    expect(
      (
        await call(app, contributorB, 'POST', `/api/v1/portal/sites/${siteId}/columns`, {
          slug: 'x',
          name: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });
});
