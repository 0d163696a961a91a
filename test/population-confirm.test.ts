import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import type { CreateHouseholdInput } from '../src/modules/registry/schemas.ts';
import { auditedWrite, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { multipartFile } from './support/multipart.ts';
import { createTestServer } from './support/server.ts';

/** A rural population below the registered persons of its region and year is saved only when confirmed. */

const VILLAGE = '371324106202'; // 3 + 3 registered persons, and a cancelled household that does not count
const EMPTY_VILLAGE = '371324106203';
const OTHER_TOWN_VILLAGE = '371324101201';
const YEAR = 2020;

let db: TestDb;
let app: App;
let admin: LoggedIn;

interface ErrorBody {
  error: {
    code: string;
    message: { zh: string; en: string };
    fields: { field: string; code: string; message: { zh: string; en: string } }[];
  };
}

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
  for (const status of ['01', '02', '04']) {
    const input = poorHouseholdInput(VILLAGE, { facts: { ...poorHouseholdInput(VILLAGE).facts, status } });
    await db.transaction((tx) =>
      createHousehold(tx, shellActor('test'), input as unknown as CreateHouseholdInput, '2020-06-30', {
        recorded: true,
      }),
    );
  }
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});
beforeEach(() => auditedWrite(db, 'DELETE FROM rural_population'));

function put(entries: { regionCode: string; population: number | null }[], confirm?: boolean) {
  return app.inject({
    method: 'PUT',
    url: `/api/v1/population/${YEAR}`,
    headers: { cookie: admin.cookie },
    payload: confirm === undefined ? { entries } : { entries, confirm },
  });
}

async function stored(region: string): Promise<number | undefined> {
  const rows = await db.query<{ population: number }>(
    'SELECT population FROM rural_population WHERE region_code = $1 AND year = $2',
    [region, YEAR],
  );
  return rows[0]?.population;
}

describe('entering a rural population below the registered persons', () => {
  it('is refused with both numbers unless confirmed', async () => {
    const refused = await put([
      { regionCode: EMPTY_VILLAGE, population: 0 },
      { regionCode: VILLAGE, population: 5 },
    ]);
    expect(refused.statusCode).toBe(422);
    const { error } = refused.json<ErrorBody>();
    expect(error.code).toBe('POPULATION_BELOW_REGISTERED');
    expect(error.fields.map((f) => f.field)).toEqual(['entries.1.population']);
    expect(error.message.zh).toContain('农村人口 5 人少于该区划 2020 年登记在册的 6 人');
    expect(error.message.en).toContain('5 persons, is smaller than the 6 persons registered');
    expect(await stored(EMPTY_VILLAGE)).toBeUndefined(); // all or nothing

    const confirmed = await put([{ regionCode: VILLAGE, population: 5 }], true);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(await stored(VILLAGE)).toBe(5);
  });

  it('compares a province with the sum of its counties', async () => {
    const national = await loginAs(app, [{ role: 'system_admin', regionCode: '000000000000' }]);
    const res = await app.inject({
      method: 'PUT',
      url: `/api/v1/population/${YEAR}`,
      headers: { cookie: national.cookie },
      payload: { entries: [{ regionCode: '370000000000', population: 5 }] },
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<ErrorBody>().error.message.zh).toContain('登记在册的 6 人');
  });

  it('takes the registered number itself, or more, without asking', async () => {
    expect((await put([{ regionCode: VILLAGE, population: 6 }])).statusCode).toBe(200);
    expect((await put([{ regionCode: VILLAGE, population: null }])).statusCode).toBe(200);
  });

  it('names no count of a region outside the caller’s scope', async () => {
    const cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: OTHER_TOWN_VILLAGE }]);
    const res = await app.inject({
      method: 'PUT',
      url: `/api/v1/population/${YEAR}`,
      headers: { cookie: cadre.cookie },
      payload: { entries: [{ regionCode: VILLAGE, population: 0 }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.fields.map((f) => f.code)).toEqual(['REGION_OUT_OF_SCOPE']);
  });
});

describe('importing a rural population below the registered persons', () => {
  const csv = ['行政区划代码,年度,农村人口', `${VILLAGE},${YEAR},1`, `${EMPTY_VILLAGE},${YEAR},40`].join(
    '\n',
  );
  const upload = (query: string) => {
    const { payload, contentType } = multipartFile('population.csv', csv);
    return app.inject({
      method: 'POST',
      url: `/api/v1/population/import${query}`,
      payload,
      headers: { cookie: admin.cookie, 'content-type': contentType },
    });
  };

  it('reports the row, with both numbers, and writes the others', async () => {
    const res = await upload('');
    expect(res.statusCode, res.body).toBe(200);
    const summary = res.json<{ created: number; rejected: number; errors: Record<string, unknown>[] }>();
    expect(summary).toMatchObject({ created: 1, rejected: 1 });
    expect(summary.errors).toEqual([
      expect.objectContaining({ row: 2, column: '农村人口', code: 'POPULATION_BELOW_REGISTERED' }),
    ]);
    expect(summary.errors[0]!.message).toContain('农村人口 1 人少于该区划 2020 年登记在册的 6 人');
    expect(summary.errors[0]!.message).toContain('1 person, is smaller than the 6 persons');
    expect(await stored(VILLAGE)).toBeUndefined();
  });

  it('writes it when the upload is confirmed', async () => {
    const res = await upload('?confirm=true');
    expect(res.json()).toMatchObject({ created: 2, rejected: 0 });
    expect(await stored(VILLAGE)).toBe(1);
  });
});
