import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';

/** Lists say how many rows match, in the caller's scope, and can open any page by its number. */

const V1 = '371324106202';
const V2 = '371324106203';
const TOWN = '371324106000';
const COUNTY = '371324000000';

let db: TestDb;
let app: App;
let admin: LoggedIn;
let cadre: LoggedIn; // village cadre of V1 only
let town: LoggedIn;
const inV1: number[] = [];

async function get(who: LoggedIn, url: string) {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function create(village: string, status = '01'): Promise<number> {
  const input = poorHouseholdInput(village);
  return (await seedHousehold(app, admin, { ...input, facts: { ...input.facts, status } })).id;
}

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: V1 }]);
  town = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
  for (const status of ['01', '01', '02', '01', '02']) inV1.push(await create(V1, status));
  await create(V2);
  await create(V2);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

describe('the household list', () => {
  it('gives the total of the filter in the caller’s scope, on every page', async () => {
    const list = (who: LoggedIn, query: string) => get(who, `/api/v1/households?year=2020&limit=2&${query}`);
    expect((await list(town, `region=${TOWN}`)).total).toBe(7);
    expect((await list(town, `region=${TOWN}&status=02`)).total).toBe(2);
    const village = await list(cadre, `region=${V1}`);
    expect(village.total).toBe(5);
    expect((await list(cadre, `region=${V1}&after=${village.nextCursor}`)).total).toBe(5);
    const outside = await app.inject({
      method: 'GET',
      url: `/api/v1/households?region=${TOWN}&year=2020`,
      headers: { cookie: cadre.cookie },
    });
    expect(outside.statusCode).toBe(404); // a region outside the grant is not the caller’s to know
  });

  it('opens a page by its number, in the same order as the cursor walks', async () => {
    const page = (n: number) => get(cadre, `/api/v1/households?region=${V1}&year=2020&limit=2&page=${n}`);
    const ids = async (n: number) => (await page(n)).items.map((h: { id: number }) => h.id);
    expect(await ids(1)).toEqual(inV1.slice(0, 2));
    expect(await ids(2)).toEqual(inV1.slice(2, 4));
    const last = await page(3);
    expect(last.items.map((h: { id: number }) => h.id)).toEqual(inV1.slice(4));
    expect(last).toMatchObject({ nextCursor: null, total: 5 });
    expect(await ids(4)).toEqual([]);
  });
});

describe('the history and audit of a household', () => {
  it('count their rows and page by number', async () => {
    const id = inV1[0]!;
    for (const [version, groupName] of [
      [1, '一组'],
      [2, '二组'],
      [3, '三组'],
    ] as const) {
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/v1/households/${id}`,
        headers: { cookie: admin.cookie },
        payload: { version, groupName },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const history = await get(admin, `/api/v1/households/${id}/history?limit=2`);
    const all = await get(admin, `/api/v1/households/${id}/history?limit=200`);
    expect(history.total).toBe(all.items.length);
    expect(history.total).toBeGreaterThanOrEqual(4); // the new household, then three edits
    const second = await get(admin, `/api/v1/households/${id}/history?limit=2&page=2`);
    expect(second.items).toEqual(all.items.slice(2, 4));
    expect(second.total).toBe(history.total);

    const audit = (query: string) =>
      get(admin, `/api/v1/audit?entity=household&entityId=${id}&limit=2${query}`);
    const first = await audit('');
    const everything = await get(admin, `/api/v1/audit?entity=household&entityId=${id}&limit=200`);
    expect(first.total).toBe(everything.items.length);
    expect(first.total).toBeGreaterThanOrEqual(4);
    expect((await audit('&page=2')).items).toEqual(everything.items.slice(2, 4));
  });
});
