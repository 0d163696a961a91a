import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { createSite } from '../src/modules/portal/sites/commands.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { call } from './support/assistance.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { insertOutsideRegions } from './support/notice-fixtures.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';

/** 项目资金 (issue 13 §5): projects, beneficiaries, disbursements within the funds, the disclosure in one action. */
const COUNTY = '371324000000';
const TOWN = '371324106000';
const VILLAGE = '371324106201';
const VILLAGE_2 = '371324106202';
const VILLAGE_3 = '371324106203';
const OUTSIDE_VILLAGE = '371302001001';

let db: TestDb;
let app: App;
let admin: LoggedIn;
let town: LoggedIn;
let cadre: LoggedIn;
let editor: LoggedIn;
let inspector: LoggedIn;
let households: number[];
let elsewhere: number;
let outside: number;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  await insertOutsideRegions(db);
  await db.query(
    `INSERT INTO regions (code, level, parent_code, name) VALUES ($1, 5, $3, '第二村'), ($2, 5, $3, '第三村')`,
    [VILLAGE_2, VILLAGE_3, TOWN],
  );
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  town = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
  editor = await loginAs(app, [{ role: 'editor', regionCode: COUNTY }]);
  inspector = await loginAs(app, [{ role: 'inspector', regionCode: COUNTY }]);
  households = [];
  for (const v of [VILLAGE, VILLAGE, VILLAGE_2])
    households.push((await seedHousehold(app, undefined, poorHouseholdInput(v))).id);
  elsewhere = (await seedHousehold(app, undefined, poorHouseholdInput(VILLAGE_3))).id;
  outside = (await seedHousehold(app, undefined, poorHouseholdInput(OUTSIDE_VILLAGE))).id;
  await app.db.transaction((tx) =>
    createSite(tx, shellActor('test'), {
      regionCode: COUNTY,
      name: '兰陵县乡村振兴网',
      footer: { supervision: '0539-12317' },
    }),
  );
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

const project = (overrides: Record<string, unknown> = {}) => ({
  regionCode: COUNTY,
  name: '车辋镇蔬菜大棚项目',
  type: 'industry',
  villageCodes: [VILLAGE, VILLAGE_2],
  contentScale: '新建冬暖式大棚 20 个，每个 1 亩',
  funds: { central: 100000, county: 20000.5 },
  periodFrom: '2026-03-01',
  periodTo: '2026-10-31',
  responsibleUnit: '兰陵县农业农村局',
  contractor: '车辋镇人民政府',
  expectedBenefit: '带动 30 户脱贫户户均增收 2000 元',
  ...overrides,
});

const create = async (who: LoggedIn, overrides: Record<string, unknown> = {}) =>
  call(app, who, 'POST', '/api/v1/projects', project(overrides));

describe('keeping projects', () => {
  it('creates a project with its villages and funds, audited', async () => {
    const res = await create(admin);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      regionCode: COUNTY,
      villageCodes: [VILLAGE, VILLAGE_2],
      funds: { central: 100000, provincial: 0, city: 0, county: 20000.5, other: 0, total: 120000.5 },
      state: 'planned',
      beneficiaryCount: 0,
      disbursed: 0,
      disclosureArticleId: null,
      version: 1,
    });
    const [audit] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'project.create' AND entity_id = $1`,
      [String(res.json().id)],
    );
    expect(audit!.n).toBe(1);
  });

  it('refuses villages outside the keeper’s region, a village as keeper, a period backwards', async () => {
    const outsideVillage = await create(admin, { villageCodes: [VILLAGE, OUTSIDE_VILLAGE] });
    expect(outsideVillage.statusCode).toBe(422);
    expect(outsideVillage.json().error.fields[0]).toMatchObject({
      field: 'villageCodes.1',
      code: 'VILLAGE_OUTSIDE',
    });
    expect((await create(admin, { regionCode: VILLAGE })).statusCode).toBe(422);
    const backwards = await create(admin, { periodTo: '2026-02-01' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.code).toBe('END_BEFORE_START');
  });

  it('is kept by county and town offices; a village cadre reads, the portal’s roles find nothing', async () => {
    expect((await create(town, { regionCode: TOWN, villageCodes: [VILLAGE] })).statusCode).toBe(201);
    expect((await create(town)).statusCode).toBe(404);
    expect((await create(cadre, { regionCode: TOWN })).statusCode).toBe(404);
    expect((await create(inspector)).statusCode).toBe(403);
    expect((await create(editor)).statusCode).toBe(404);
  });

  it('lists by region subtree with filters; a county’s project shows under its villages’ town', async () => {
    const list = (who: LoggedIn, q: string) => call(app, who, 'GET', `/api/v1/projects?${q}`);
    const all = (await list(admin, `region=${COUNTY}`)).json();
    expect(all.total).toBe(2);
    expect((await list(admin, `region=${TOWN}`)).json().total).toBe(2);
    expect((await list(admin, `region=${COUNTY}&village=${VILLAGE_2}`)).json().total).toBe(1);
    expect((await list(admin, `region=${COUNTY}&type=water`)).json().total).toBe(0);
    expect((await list(admin, `region=${COUNTY}&state=planned`)).json().total).toBe(2);
    // The town reads its own project, not the county's (it answers to the county).
    expect((await list(town, `region=${TOWN}`)).json().total).toBe(1);
    expect((await list(admin, 'region=371302000000')).statusCode).toBe(404);
    expect((await list(editor, `region=${COUNTY}`)).statusCode).toBe(404);
  });
});

describe('beneficiaries and disbursements', () => {
  it('sets beneficiaries in the project’s villages only', async () => {
    const { id } = (await create(admin)).json();
    const url = `/api/v1/projects/${id}/beneficiaries`;
    const ok = await call(app, admin, 'PUT', url, { householdIds: households });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().beneficiaryCount).toBe(3);
    const wrong = await call(app, admin, 'PUT', url, { householdIds: [households[0], elsewhere] });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({
      code: 'HOUSEHOLD_OUTSIDE_VILLAGES',
      details: { householdIds: [elsewhere] },
    });
    expect((await call(app, admin, 'PUT', url, { householdIds: [outside] })).statusCode).toBe(404);
    const fewer = await call(app, admin, 'PUT', url, {
      householdIds: [households[2]],
      version: ok.json().version,
    });
    expect(fewer.json().beneficiaries.map((b: { householdId: number }) => b.householdId)).toEqual([
      households[2],
    ]);
    const stale = await call(app, admin, 'PUT', url, { householdIds: [], version: ok.json().version });
    expect(stale.statusCode).toBe(409);
    // A village cannot leave while a household of it benefits.
    const detail = (await call(app, admin, 'GET', `/api/v1/projects/${id}`)).json();
    const shrink = await call(app, admin, 'PATCH', `/api/v1/projects/${id}`, {
      version: detail.version,
      villageCodes: [VILLAGE],
    });
    expect(shrink.json().error.code).toBe('BENEFICIARY_OUTSIDE');
  });

  it('pays out of each source no more than its fund (422 with the figures)', async () => {
    const { id } = (await create(admin)).json();
    const url = `/api/v1/projects/${id}/disbursements`;
    const pay = (
      amount: number,
      source = 'central',
      voucherNo = `V-${amount}-${source}`,
      paidOn = '2026-05-10',
    ) => call(app, admin, 'POST', url, { paidOn, amount, source, voucherNo, payee: '施工单位' });
    const first = await pay(60000);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ disbursed: 60000, disbursedBySource: { central: 60000 } });
    const over = await pay(40000.01);
    expect(over.statusCode).toBe(422);
    expect(over.json().error).toMatchObject({
      code: 'FUND_EXCEEDED',
      details: { source: 'central', fund: 100000, disbursed: 60000, amount: 40000.01, available: 40000 },
    });
    expect((await pay(40000)).statusCode).toBe(201);
    expect((await pay(1, 'provincial')).json().error.code).toBe('FUND_EXCEEDED');
    expect((await pay(20000.5, 'county')).statusCode).toBe(201);
    expect((await pay(5, 'county', 'V-60000-central')).json().error.code).toBe('FUND_EXCEEDED');
    const again = await call(app, admin, 'POST', url, {
      paidOn: '2026-05-10',
      amount: 1,
      source: 'central',
      voucherNo: 'V-60000-central',
    });
    expect(again.statusCode).toBe(422);
    expect((await pay(1, 'central', 'V-future', '2026-07-01')).json().error.code).toBe('DATE_IN_FUTURE');
    expect(
      (
        await call(app, inspector, 'POST', url, {
          paidOn: '2026-05-10',
          amount: 1,
          source: 'other',
          voucherNo: 'X',
        })
      ).statusCode,
    ).toBe(403);
    // The fund cannot drop below what was paid out of it.
    const detail = (await call(app, admin, 'GET', `/api/v1/projects/${id}`)).json();
    expect(detail.disbursements).toHaveLength(3);
    const cut = await call(app, admin, 'PATCH', `/api/v1/projects/${id}`, {
      version: detail.version,
      funds: { central: 50000 },
    });
    expect(cut.json().error.code).toBe('FUND_BELOW_DISBURSED');
  });

  it('moves planned → in_progress → completed → accepted, or cancelled; closed projects stay', async () => {
    const { id } = (await create(admin)).json();
    const patch = (version: number, body: object) =>
      call(app, admin, 'PATCH', `/api/v1/projects/${id}`, { version, ...body });
    expect((await patch(1, { state: 'completed' })).json().error.code).toBe('WRONG_STATE');
    expect((await patch(1, { state: 'in_progress' })).json().state).toBe('in_progress');
    expect((await patch(1, { name: '旧版本' })).statusCode).toBe(409);
    expect((await patch(2, { state: 'completed', contractor: null })).json()).toMatchObject({
      state: 'completed',
      contractor: null,
    });
    expect((await patch(3, { state: 'cancelled' })).json().error.code).toBe('WRONG_STATE');
    expect((await patch(3, { state: 'accepted' })).json().state).toBe('accepted');
    expect((await patch(4, { name: '改名' })).json().error.code).toBe('PROJECT_CLOSED');
    const other = (await create(admin)).json();
    const cancelled = await call(app, admin, 'PATCH', `/api/v1/projects/${other.id}`, {
      version: 1,
      state: 'cancelled',
    });
    expect(cancelled.json().state).toBe('cancelled');
  });
});

describe('the fund disclosure in one action', () => {
  it('makes the disclosure on the county’s site, submitted; once; published by an editor it is on the portal', async () => {
    const created = (await create(town, { regionCode: TOWN, name: '第二村饮水工程', type: 'water' })).json();
    await call(app, town, 'PUT', `/api/v1/projects/${created.id}/beneficiaries`, {
      householdIds: [households[0], households[2]],
    });
    const made = await call(app, town, 'POST', `/api/v1/projects/${created.id}/disclosure`, {});
    expect(made.statusCode).toBe(201);
    const { articleId } = made.json();
    const again = await call(app, town, 'POST', `/api/v1/projects/${created.id}/disclosure`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'DISCLOSURE_EXISTS', details: { articleId } });
    const project = (await call(app, town, 'GET', `/api/v1/projects/${created.id}`)).json();
    expect(project.disclosureArticleId).toBe(articleId);

    const article = await call(app, editor, 'GET', `/api/v1/portal/articles/${articleId}`);
    expect(article.statusCode).toBe(200);
    expect(article.json()).toMatchObject({
      kind: 'disclosure',
      state: 'in_review',
      disclosure: {
        projectName: '第二村饮水工程',
        village: VILLAGE,
        villageName: '测试村、第二村',
        funds: [
          { source: 'central', amount: 100000 },
          { source: 'county', amount: 20000.5 },
        ],
        total: 120000.5,
        periodFrom: '2026-03-01',
        periodTo: '2026-10-31',
        responsibleUnit: '兰陵县农业农村局',
        beneficiaryHouseholds: 2,
        namesAllowed: false,
        supervisionPhone: '0539-12317',
      },
    });
    expect(article.json().disclosure.beneficiaryNames).toBeUndefined();
    const publish = await call(app, editor, 'POST', `/api/v1/portal/articles/${articleId}/actions`, {
      action: 'publish',
      version: article.json().version,
    });
    expect(publish.statusCode).toBe(200);
    const page = await app.inject({ method: 'GET', url: `/s/371324/a/${articleId}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('第二村饮水工程');
    expect(page.body).toContain('0539-12317');
  });

  it('names the heads only when allowed; refused to a reader (403) and to the portal’s roles (404)', async () => {
    const { id } = (await create(admin)).json();
    await call(app, admin, 'PUT', `/api/v1/projects/${id}/beneficiaries`, { householdIds: [households[1]] });
    expect((await call(app, inspector, 'POST', `/api/v1/projects/${id}/disclosure`, {})).statusCode).toBe(
      403,
    );
    expect((await call(app, editor, 'POST', `/api/v1/projects/${id}/disclosure`, {})).statusCode).toBe(404);
    const made = await call(app, admin, 'POST', `/api/v1/projects/${id}/disclosure`, { namesAllowed: true });
    expect(made.statusCode).toBe(201);
    const article = (
      await call(app, editor, 'GET', `/api/v1/portal/articles/${made.json().articleId}`)
    ).json();
    expect(article.disclosure.beneficiaryNames).toHaveLength(1);
  });
});
