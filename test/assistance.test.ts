import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { call, pairWith } from './support/assistance.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { insertOutsideRegions } from './support/notice-fixtures.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';

/** 帮扶措施 (issue 13 §4): recording, changing and listing a household's measures, by whom, with what dates. */
const COUNTY = '371324000000';
const VILLAGE = '371324106201';
const OUTSIDE_VILLAGE = '371302001001';

let db: TestDb;
let app: App;
let cadre: LoggedIn;
let inspector: LoggedIn;
let paired: LoggedIn;
let editor: LoggedIn;
let household: number;
let other: number;
let outside: number;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  await insertOutsideRegions(db);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
  inspector = await loginAs(app, [{ role: 'inspector', regionCode: COUNTY }]);
  paired = await loginAs(app, [{ role: 'paired_cadre', regionCode: COUNTY }]);
  editor = await loginAs(app, [{ role: 'editor', regionCode: COUNTY }]);
  household = (await seedHousehold(app, undefined, poorHouseholdInput(VILLAGE))).id;
  other = (await seedHousehold(app, undefined, poorHouseholdInput(VILLAGE))).id;
  outside = (await seedHousehold(app, undefined, poorHouseholdInput(OUTSIDE_VILLAGE))).id;
  await pairWith(app, paired, household, COUNTY);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

const measure = (overrides: Record<string, unknown> = {}) => ({
  householdId: household,
  year: 2026,
  category: 'industry',
  description: '发放鸡苗 200 只，技术指导',
  amount: 3000,
  provider: '县农业农村局',
  startOn: '2026-04-01',
  ...overrides,
});

describe('recording a measure', () => {
  it('records it with the development flag by category, audited, with its burden', async () => {
    const res = await call(app, cadre, 'POST', '/api/v1/assistance', measure());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      householdId: household,
      year: 2026,
      category: 'industry',
      amount: 3000,
      startOn: '2026-04-01',
      endOn: null,
      development: true,
      version: 1,
    });
    const health = await call(app, cadre, 'POST', '/api/v1/assistance', measure({ category: 'health' }));
    expect(health.json().development).toBe(false);
    const forced = await call(
      app,
      cadre,
      'POST',
      '/api/v1/assistance',
      measure({ category: 'health', development: true }),
    );
    expect(forced.json().development).toBe(true);
    const [audit] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'measure.create' AND entity_id = $1`,
      [String(body.id)],
    );
    expect(audit!.n).toBe(1);
    const burden = await db.query<{ typed: number; prefilled: number }>(
      `SELECT typed, prefilled FROM burden_entries WHERE action = 'measure.create' AND user_id = $1 ORDER BY id`,
      [cadre.userId],
    );
    expect(burden[0]).toEqual({ typed: 7, prefilled: 1 });
    expect(burden[2]).toEqual({ typed: 8, prefilled: 0 });
  });

  it('takes every category of the code list and refuses another', async () => {
    const codes = await call(app, cadre, 'GET', '/api/v1/codes');
    const categories = codes
      .json<Record<string, { code: string }[]>>()
      ['measure_category']!.map((c) => c.code);
    expect(categories).toHaveLength(14);
    for (const category of categories) {
      const res = await call(
        app,
        cadre,
        'POST',
        '/api/v1/assistance',
        measure({ householdId: other, category }),
      );
      expect(res.statusCode, category).toBe(201);
      expect(res.json().development).toBe(
        ['industry', 'employment', 'micro_credit', 'welfare_job', 'other_education'].includes(category),
      );
    }
    const bad = await call(app, cadre, 'POST', '/api/v1/assistance', measure({ category: 'lottery' }));
    expect(bad.statusCode).toBe(400);
  });

  it('refuses dates that are no days, a start more than a year ahead, an end before the start', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ startOn: '2026-02-30' }, 'startOn', 'DATE_NOT_A_DAY'],
      [{ startOn: '2027-07-01' }, 'startOn', 'START_TOO_FAR'],
      [{ startOn: '2026-05-01', endOn: '2026-04-30' }, 'endOn', 'END_BEFORE_START'],
      [{ endOn: '2026-13-01' }, 'endOn', 'DATE_NOT_A_DAY'],
      [{ year: 2028 }, 'year', 'YEAR_IN_FUTURE'],
    ];
    for (const [override, field, code] of cases) {
      const res = await call(app, cadre, 'POST', '/api/v1/assistance', measure(override));
      expect(res.statusCode, JSON.stringify(override)).toBe(422);
      expect(res.json().error.fields).toEqual([expect.objectContaining({ field, code })]);
    }
    // A planned start within the year to come is a decision recorded once.
    const planned = await call(app, cadre, 'POST', '/api/v1/assistance', measure({ startOn: '2027-06-30' }));
    expect(planned.statusCode).toBe(201);
    const negative = await call(app, cadre, 'POST', '/api/v1/assistance', measure({ amount: -1 }));
    expect(negative.statusCode).toBe(400);
  });

  it('is refused to a read-only role (403), hidden outside the scope (404)', async () => {
    expect((await call(app, inspector, 'POST', '/api/v1/assistance', measure())).statusCode).toBe(403);
    expect((await call(app, editor, 'POST', '/api/v1/assistance', measure())).statusCode).toBe(404);
    expect(
      (await call(app, cadre, 'POST', '/api/v1/assistance', measure({ householdId: outside }))).statusCode,
    ).toBe(404);
  });

  it('lets a paired cadre record on their household only', async () => {
    const mine = await call(app, paired, 'POST', '/api/v1/assistance', measure({ category: 'employment' }));
    expect(mine.statusCode).toBe(201);
    const notMine = await call(app, paired, 'POST', '/api/v1/assistance', measure({ householdId: other }));
    expect(notMine.statusCode).toBe(404);
  });
});

describe('changing a measure', () => {
  it('changes it with the version, 409 when stale; a new category brings its default', async () => {
    const created = (
      await call(app, cadre, 'POST', '/api/v1/assistance', measure({ category: 'health' }))
    ).json();
    const res = await call(app, cadre, 'PATCH', `/api/v1/assistance/${created.id}`, {
      version: 1,
      category: 'welfare_job',
      endOn: '2026-12-31',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      category: 'welfare_job',
      development: true,
      endOn: '2026-12-31',
      version: 2,
    });
    const stale = await call(app, cadre, 'PATCH', `/api/v1/assistance/${created.id}`, {
      version: 1,
      amount: 1,
    });
    expect(stale.statusCode).toBe(409);
    const backwards = await call(app, cadre, 'PATCH', `/api/v1/assistance/${created.id}`, {
      version: 2,
      endOn: '2026-01-01',
    });
    expect(backwards.statusCode).toBe(422);
    expect(
      (await call(app, inspector, 'PATCH', `/api/v1/assistance/${created.id}`, { version: 2, amount: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(app, paired, 'PATCH', `/api/v1/assistance/${created.id}`, { version: 2, amount: 1 }))
        .statusCode,
    ).toBe(200);
  });
});

describe('listing measures', () => {
  it('lists a household’s, a region’s and a year’s, scoped', async () => {
    const byHousehold = await call(app, inspector, 'GET', `/api/v1/assistance?householdId=${household}`);
    expect(byHousehold.statusCode).toBe(200);
    expect(byHousehold.json().items.every((m: { householdId: number }) => m.householdId === household)).toBe(
      true,
    );
    const byRegion = (
      await call(app, inspector, 'GET', `/api/v1/assistance?region=${COUNTY}&year=2026&limit=500`)
    ).json();
    expect(byRegion.total).toBeGreaterThan(byHousehold.json().total);
    expect((await call(app, inspector, 'GET', `/api/v1/assistance?householdId=${outside}`)).statusCode).toBe(
      404,
    );
    expect((await call(app, inspector, 'GET', `/api/v1/assistance?region=371302000000`)).statusCode).toBe(
      404,
    );
    expect((await call(app, inspector, 'GET', `/api/v1/assistance`)).statusCode).toBe(400);
    const mine = (await call(app, paired, 'GET', `/api/v1/assistance?region=${COUNTY}`)).json();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((m: { householdId: number }) => m.householdId === household)).toBe(true);
    expect((await call(app, paired, 'GET', `/api/v1/assistance?householdId=${other}`)).statusCode).toBe(404);
  });
});
