import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { insertOutsideRegions } from './support/notice-fixtures.ts';
import { createTestServer } from './support/server.ts';

const VILLAGE = '371324106201';
const TOWN = '371324106000';
const COUNTY = '371324000000';
const B_VILLAGE = '371302001001';
const B_COUNTY = '371302000000';
/** The test clock's week: 2026-06-30 is a Tuesday. */
const WEEK = '2026-06-29';

let db: TestDb;
let app: App;
let cadre: LoggedIn;
let outsider: LoggedIn;
let town: LoggedIn;
let householdId: number;

const call = (who: LoggedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });

interface Row {
  week: string;
  key: string;
  name: string;
  typed: number;
  prefilled: number;
  writes: number;
}
const items = async (who: LoggedIn, query: string) => {
  const res = await call(who, 'GET', `/api/v1/burden?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Row[] }>().items;
};

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  await insertOutsideRegions(db);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
  town = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
  outsider = await loginAs(app, [{ role: 'county_admin', regionCode: B_COUNTY }]);
  const created = await call(cadre, 'POST', '/api/v1/households', householdInput(VILLAGE));
  expect(created.statusCode, created.body).toBe(201);
  householdId = created.json<{ id: number }>().id;
  const other = await call(outsider, 'POST', '/api/v1/households', householdInput(B_VILLAGE));
  expect(other.statusCode, other.body).toBe(201);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('the burden meter', () => {
  it('counts as typed only the fields of an edit that differ from what the system held', async () => {
    const page = await call(cadre, 'GET', `/api/v1/households/${householdId}`);
    const h = page.json<{
      version: number;
      phone: string;
      naturalVillage: string | null;
      groupName: string | null;
    }>();
    // The edit form sends back the phone unchanged and two fields typed; what the household held and kept
    // (phone, identification standard, relocated, village) was pre-filled.
    const res = await call(cadre, 'PATCH', `/api/v1/households/${householdId}`, {
      version: h.version,
      phone: h.phone,
      naturalVillage: '东庄',
      groupName: '三组',
    });
    expect(res.statusCode, res.body).toBe(200);
    const [entry] = await db.query<{ action: string; typed: number; prefilled: number; week: string }>(
      `SELECT action, typed, prefilled, week::text AS week FROM burden_entries WHERE action = 'household.update'`,
    );
    expect(entry).toEqual({ action: 'household.update', typed: 2, prefilled: 4, week: WEEK });
  });

  it('records a registration with the year the server supplied as pre-filled', async () => {
    const [entry] = await db.query<{ typed: number; prefilled: number; region_code: string }>(
      `SELECT typed, prefilled, region_code FROM burden_entries WHERE action = 'household.create' AND region_code = $1`,
      [VILLAGE],
    );
    expect(entry!.typed).toBeGreaterThan(10);
    expect(entry!.prefilled).toBe(0); // the factory gives the year
  });

  it('sums per week and cadre, per village, and for the caller, scoped to the caller’s regions', async () => {
    const byCadre = await items(town, `region=${TOWN}&by=cadre&from=2026-06-01&to=2026-06-30`);
    expect(byCadre).toEqual([
      expect.objectContaining({ week: WEEK, key: cadre.username, writes: 2, prefilled: 4 }),
    ]);
    const byVillage = await items(town, `region=${TOWN}&by=village`);
    expect(byVillage).toEqual([
      expect.objectContaining({ week: WEEK, key: VILLAGE, name: '测试村', writes: 2 }),
    ]);
    const mine = await items(cadre, 'by=me');
    expect(mine.map((r) => r.writes)).toEqual([2]);
    // County B's registration is not in county A's sums, and A is not B's to read.
    expect(await items(outsider, `region=${B_COUNTY}&by=village`)).toEqual([
      expect.objectContaining({ key: B_VILLAGE, writes: 1 }),
    ]);
    expect((await call(outsider, 'GET', `/api/v1/burden?region=${COUNTY}`)).statusCode).toBe(404);
    expect(
      (await call(town, 'GET', `/api/v1/burden?region=${TOWN}&from=2026-07-01&to=2026-06-01`)).statusCode,
    ).toBe(400);
  });
});
