import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import type { CreateHouseholdInput } from '../src/modules/registry/schemas.ts';
import { auditedWrite, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput, memberInput, poorHouseholdInput } from './support/factories.ts';
import { multipartFile } from './support/multipart.ts';
import { createTestServer } from './support/server.ts';

const TOWN = '371324106000';
const VILLAGE_A = '371324106202';
const VILLAGE_B = '371324106203';
const OTHER_TOWN_VILLAGE = '371324101201';
const YEAR = 2020;

let db: TestDb;
let app: App;
let admin: LoggedIn;

interface Summary {
  code: string;
  households: number;
  persons: number;
  poorHouseholds: number;
  poorPersons: number;
  exitedHouseholds: number;
  population: number;
  populationSource: string;
  incidence: number | null;
  causes: Record<string, number>;
}

/** Households of 1–3 members with the given statuses and causes in a village. */
async function register(village: string, statuses: [string, string, number][]) {
  for (const [status, cause, size] of statuses) {
    const members = [
      memberInput('01', '1', 1970),
      memberInput('02', '2', 1972),
      memberInput('03', '1', 2001),
    ];
    const input = householdInput(village, {
      year: YEAR,
      facts: { ...poorHouseholdInput(village).facts, status, mainCause: cause },
      members: members.slice(0, size),
    });
    await db.transaction((tx) =>
      createHousehold(
        tx,
        shellActor('incidence-test'),
        input as unknown as CreateHouseholdInput,
        '2020-06-30',
        { recorded: true },
      ),
    );
  }
}

async function incidence(cookie: string, region: string) {
  const res = await app.inject({
    url: `/api/v1/incidence?region=${region}&year=${YEAR}`,
    headers: { cookie },
  });
  return { status: res.statusCode, body: res.json<{ region: Summary; children: Summary[] }>() };
}

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
  await register(VILLAGE_A, [
    ['01', '01', 3],
    ['03', '02', 2],
    ['02', '01', 3],
    ['04', '05', 1],
  ]);
  await register(VILLAGE_B, [
    ['02', '08', 2],
    ['01', '08', 1],
  ]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});
// The households are shared; an entered population is each test's own, so every test starts without one.
beforeEach(() => auditedWrite(db, 'DELETE FROM rural_population'));

/** Enters the rural population of regions for the year, as the administrator. */
function putPopulation(entries: { regionCode: string; population: number | null; note?: string }[]) {
  return app.inject({
    method: 'PUT',
    url: `/api/v1/population/${YEAR}`,
    headers: { cookie: admin.cookie },
    payload: { entries },
  });
}

describe('poverty incidence', () => {
  it('counts poor (not exited, returned) and exited households per child region, with the registry as population', async () => {
    const { status, body } = await incidence(admin.cookie, TOWN);
    expect(status).toBe(200);
    const a = body.children.find((c) => c.code === VILLAGE_A)!;
    // Cancelled households (04) are not registered any more.
    expect(a).toMatchObject({
      households: 3,
      persons: 8,
      poorHouseholds: 2,
      poorPersons: 5,
      exitedHouseholds: 1,
    });
    expect(a).toMatchObject({ population: 8, populationSource: 'registry' });
    expect(a.incidence).toBeCloseTo(5 / 8, 12);
    // The causes break the registered households down: the cancelled one (cause 05) is not among them.
    expect(a.causes).toEqual({ '01': 2, '02': 1 });
    expect(body.region).toMatchObject({ households: 5, poorPersons: 6, population: 11 });
  });

  it('agrees with a recomputation from the yearly facts', async () => {
    const [direct] = await db.query<{ poor: number; persons: number }>(
      `SELECT sum(size) FILTER (WHERE status IN ('01', '03'))::int AS poor,
              sum(size) FILTER (WHERE status <> '04')::int AS persons
       FROM household_years WHERE year = $1 AND region_code BETWEEN $2 AND $3`,
      [YEAR, '371324106000', '371324106999'],
    );
    const { body } = await incidence(admin.cookie, TOWN);
    expect(body.region.poorPersons).toBe(direct!.poor);
    expect(body.region.persons).toBe(direct!.persons);
  });

  it('uses an entered rural population, audited, and falls back when it is removed', async () => {
    const put = (population: number | null) =>
      putPopulation([{ regionCode: VILLAGE_A, population, note: '统计年鉴' }]);
    // Other tests enter figures for the same village: only this test's audit rows count.
    const [before] = await db.query<{ id: number }>('SELECT coalesce(max(id), 0)::int AS id FROM audit_log');
    expect((await put(400)).json()).toEqual({ created: 1, updated: 0, removed: 0, unchanged: 0 });
    expect((await put(400)).json()).toMatchObject({ unchanged: 1 });
    const a = (await incidence(admin.cookie, TOWN)).body.children.find((c) => c.code === VILLAGE_A)!;
    expect(a).toMatchObject({ population: 400, populationSource: 'entered' });
    expect(a.incidence).toBeCloseTo(5 / 400, 12);
    const audit = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'rural_population' AND entity_id = $1 AND id > $2
        ORDER BY id`,
      [`${VILLAGE_A}/${YEAR}`, before!.id],
    );
    expect(audit.map((r) => r.action)).toEqual(['population.set']);
    expect((await put(null)).json()).toMatchObject({ removed: 1 });
    const back = (await incidence(admin.cookie, TOWN)).body.children.find((c) => c.code === VILLAGE_A)!;
    expect(back.populationSource).toBe('registry');
  });

  it('rejects bad entries naming each one and writes none of them', async () => {
    const res = await putPopulation([
      { regionCode: VILLAGE_B, population: 300 },
      { regionCode: '371324999999', population: 10 },
      { regionCode: VILLAGE_B, population: -1 },
    ]);
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: { field: string; message: { zh: string; en: string } }[] } }>()
      .error.fields;
    expect(fields.map((f) => f.field)).toEqual([
      'entries.1.regionCode',
      'entries.2.population',
      'entries.2.regionCode',
    ]);
    expect(fields[0]!.message.zh).toBeTruthy();
    const [row] = await db.query('SELECT * FROM rural_population WHERE region_code = $1', [VILLAGE_B]);
    expect(row).toBeUndefined();
  });

  it('imports a file of figures: bad rows reported, good rows written, a rerun changes nothing', async () => {
    const csv = [
      '某县农村人口',
      '行政区划代码,年度,农村人口,备注',
      `${VILLAGE_A},${YEAR},"1,200",年鉴`,
      `${VILLAGE_B},${YEAR},abc,`,
      `371324999999,${YEAR},50,`,
      `${TOWN},${YEAR},5000,`,
    ].join('\n');
    const send = () => {
      const { payload, contentType } = multipartFile('population.csv', csv);
      return app.inject({
        method: 'POST',
        url: '/api/v1/population/import',
        payload,
        headers: { cookie: admin.cookie, 'content-type': contentType },
      });
    };
    const first = await send();
    expect(first.statusCode).toBe(200);
    const summary = first.json<{
      created: number;
      rejected: number;
      errors: { row: number; column: string }[];
    }>();
    expect(summary).toMatchObject({ created: 2, rejected: 2 });
    expect(summary.errors.map((e) => [e.row, e.column])).toEqual([
      [4, '农村人口'],
      [5, '行政区划代码'],
    ]);
    expect((await send()).json()).toMatchObject({ created: 0, unchanged: 2, rejected: 2 });
    const { body } = await incidence(admin.cookie, TOWN);
    expect(body.region).toMatchObject({ population: 5000, populationSource: 'entered' });
    expect(body.children.find((c) => c.code === VILLAGE_A)!.population).toBe(1200);
  });

  it('is scoped: other regions answer 404 and cannot be written', async () => {
    const cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: OTHER_TOWN_VILLAGE }]);
    expect((await incidence(cadre.cookie, TOWN)).status).toBe(404);
    const res = await app.inject({
      method: 'PUT',
      url: `/api/v1/population/${YEAR}`,
      headers: { cookie: cadre.cookie },
      payload: { entries: [{ regionCode: VILLAGE_A, population: 1 }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { fields: { code: string }[] } }>().error.fields[0]!.code).toBe(
      'REGION_OUT_OF_SCOPE',
    );
    const inspector = await loginAs(app, [{ role: 'inspector', regionCode: '371324000000' }]);
    const { payload, contentType } = multipartFile(
      'p.csv',
      `行政区划代码,年度,农村人口\n${VILLAGE_A},${YEAR},1\n`,
    );
    const upload = await app.inject({
      method: 'POST',
      url: '/api/v1/population/import',
      payload,
      headers: { cookie: inspector.cookie, 'content-type': contentType },
    });
    expect(upload.statusCode).toBe(403);
  });

  it('exports the standard table by child region as XLSX', async () => {
    expect((await putPopulation([{ regionCode: VILLAGE_A, population: 1200 }])).statusCode).toBe(200);
    const res = await app.inject({
      url: `/api/v1/incidence/table.xlsx?region=${TOWN}&year=${YEAR}`,
      headers: { cookie: admin.cookie },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
    const rowOf = (code: string) => {
      let found: unknown[] | undefined;
      sheet.eachRow((row) => {
        const values = (row.values as unknown[]).slice(1);
        if (values[0] === code && !found) found = values;
      });
      return found!;
    };
    const a = rowOf(VILLAGE_A);
    expect(a[header.indexOf('贫困人口 poor persons')]).toBe(5);
    expect(a[header.indexOf('农村人口 rural population')]).toBe(1200);
    expect(a[header.indexOf('贫困发生率(%) incidence (%)')]).toBe(0.42);
    expect(a[header.findIndex((h) => h.startsWith('因病'))]).toBe(2);
    const total = (sheet.getRow(sheet.rowCount).values as unknown[]).slice(1);
    expect(total[0]).toBe(TOWN);
    expect(total[header.indexOf('户数 households')]).toBe(5);
  });
});
