import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createCadre, pairHousehold } from './support/casework.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';

/**
 * A paired cadre's region tree (access/paired-tree.ts): their grant's county as the root, and under it only
 * the towns and villages of their households paired now; any other town or village is not there (404).
 */
const COUNTY = '371324000000';
const TOWN = '371324106000';
const V1 = '371324106202';
const V2 = '371324106203';

let db: TestDb;
let app: App;
let admin: LoggedIn;
let cadreUser: LoggedIn;
/** A village of another town (paired), and one of a third town (its pairing ended). */
let elsewhere: { town: string; village: string };
let ended: { town: string; village: string };

interface Node {
  code: string;
  childCount: number;
}
const get = (url: string, who: LoggedIn) =>
  app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
const items = async (url: string, who = cadreUser) => {
  const res = await get(url, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Node[] }>().items.map((n) => [n.code, n.childCount]);
};

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  const villages = await db.query<{ code: string }>(
    `SELECT DISTINCT ON (parent_code) code FROM regions
     WHERE level = 5 AND code LIKE '371324%' AND parent_code <> $1 ORDER BY parent_code, code LIMIT 2`,
    [TOWN],
  );
  [elsewhere, ended] = villages.map((v) => ({ village: v.code, town: `${v.code.slice(0, 9)}000` })) as [
    typeof elsewhere,
    typeof ended,
  ];
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  cadreUser = await loginAs(app, [{ role: 'paired_cadre', regionCode: COUNTY }]);
  const cadreId = await createCadre(app, admin.cookie, { regionCode: COUNTY, userId: cadreUser.userId });
  const pairIn = async (village: string) => {
    const { id } = await seedHousehold(app, admin, poorHouseholdInput(village));
    return pairHousehold(app, admin.cookie, { cadreId, householdId: id, from: '2026-01-05' });
  };
  await pairIn(V1);
  await pairIn(V1);
  await pairIn(elsewhere.village);
  const gone = await pairIn(ended.village);
  // A household of V2 nobody paired with this cadre.
  await seedHousehold(app, admin, poorHouseholdInput(V2));
  const end = await app.inject({
    method: 'POST',
    url: `/api/v1/pairings/${gone}/end`,
    headers: { cookie: admin.cookie },
    payload: { date: '2026-06-01', reason: '干部调整' },
  });
  expect(end.statusCode, end.body).toBe(200);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe("a paired cadre's region tree", () => {
  it('opens on the county, leading only to the villages of the current pairings', async () => {
    expect(await items('/api/v1/regions/roots')).toEqual([[COUNTY, 2]]);
    expect(await items(`/api/v1/regions/${COUNTY}/children`)).toEqual(
      [
        [TOWN, 1],
        [elsewhere.town, 1],
      ].sort(),
    );
    expect(await items(`/api/v1/regions/${TOWN}/children`)).toEqual([[V1, 0]]);
    expect(await items(`/api/v1/regions/${elsewhere.town}/children`)).toEqual([[elsewhere.village, 0]]);
  });

  it('names a paired village with its path; any other village or town is not there', async () => {
    const village = await get(`/api/v1/regions/${V1}`, cadreUser);
    expect(village.statusCode).toBe(200);
    expect(village.json<{ path: { code: string }[] }>().path.map((r) => r.code)).toEqual([
      '370000000000',
      '371300000000',
      COUNTY,
      TOWN,
      V1,
    ]);
    for (const code of [V2, ended.village, ended.town])
      expect((await get(`/api/v1/regions/${code}`, cadreUser)).statusCode, code).toBe(404);
    expect((await get(`/api/v1/regions/${ended.town}/children`, cadreUser)).statusCode).toBe(404);
  });

  it('leaves the tree of a grant that reads the registry whole', async () => {
    const children = await items(`/api/v1/regions/${TOWN}/children`, admin);
    expect(children.map(([code]) => code)).toEqual(expect.arrayContaining([V1, V2]));
  });
});
