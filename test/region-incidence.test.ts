import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { regionIncidence } from '../src/modules/measure/summaries.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

/**
 * The incidence the village and county exit procedures read (regionIncidence) is the incidence module's: the
 * same figure as GET /api/v1/incidence for the county, its towns and a village, with the registry's count or an
 * entered rural population.
 */
const COUNTY = '371324000000';
const YEAR = 2020;

let db: TestDb;
let app: App;
let admin: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  await generateDemoCounty(db, shellActor('incidence-test', 'demo'), {
    county: '371324',
    households: 300,
    seed: 4,
    year: YEAR,
  });
  app = await createTestServer(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

async function table(region: string) {
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/incidence?region=${region}&year=${YEAR}`,
    headers: { cookie: admin.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json<{
    region: { incidence: number | null };
    children: { code: string; incidence: number | null }[];
  }>();
}

describe('regionIncidence', () => {
  it('is the incidence of GET /api/v1/incidence for the county, each town and a village', async () => {
    const county = await table(COUNTY);
    expect(county.region.incidence).toBeGreaterThan(0);
    expect(await regionIncidence(db, COUNTY, YEAR)).toBe(county.region.incidence);
    for (const town of county.children)
      expect(await regionIncidence(db, town.code, YEAR)).toBe(town.incidence);
    const town = county.children.find((t) => t.incidence !== null)!;
    const [village] = (await table(town.code)).children.filter((v) => v.incidence !== null);
    expect(await regionIncidence(db, village!.code, YEAR)).toBe(village!.incidence);
  });

  it('follows an entered rural population', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: `/api/v1/population/${YEAR}`,
      headers: { cookie: admin.cookie },
      payload: { entries: [{ regionCode: COUNTY, population: 1_000_000 }], confirm: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    const county = await table(COUNTY);
    expect(county.region.incidence).toBeLessThan(0.01);
    expect(await regionIncidence(db, COUNTY, YEAR)).toBe(county.region.incidence);
  });

  it('is null for a year without population or a region that does not exist', async () => {
    expect(await regionIncidence(db, COUNTY, 2016)).toBeNull();
    expect(await regionIncidence(db, '371324999999', YEAR)).toBeNull();
  });
});
