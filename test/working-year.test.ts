import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/app/config.ts';
import type { App } from '../src/app/context.ts';
import { buildServer } from '../src/app/server.ts';
import { runImport } from '../src/cli/import.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, TEST_SECRET, type TestDb } from './support/db.ts';
import { householdInput, memberInput, poorHouseholdInput, uniqueHouseholdNo } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { multipartFile } from './support/multipart.ts';
import { TEST_NOW, testClock } from './support/server.ts';

/*
 * The working year (工作年度, issue 10 §5): a deliberate setting of the deployment, the default year of a new
 * household and an import, and an import into a year new to the importer's regions asks first.
 */
const COUNTY = '371324000000';
const TOWN_A = '371324106000';
const VILLAGE_A = '371324106202';
const TOWN_B = '371324002000';
const VILLAGE_B = '371324002201';
const VILLAGE_C = '371324101201'; // no households: its first import has no other year
const URL = '/api/v1/settings/working-year';

let db: TestDb;
let app: App;
let system: LoggedIn;
let county: LoggedIn;
let townA: LoggedIn;
let townB: LoggedIn;
let cadre: LoggedIn;
let cadreC: LoggedIn;
let inspector: LoggedIn;
const dataDir = mkdtempSync(join(tmpdir(), 'zhenfu-working-year-'));

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  // Uploads need a data directory (the shared test server has none).
  const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: dataDir, ZHENFU_SECRET: TEST_SECRET });
  app = await buildServer({ db, config, logger: false, clock: testClock });
  await app.ready();
  system = await loginAs(app, [{ role: 'system_admin', regionCode: '000000000000' }]);
  county = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  townA = await loginAs(app, [{ role: 'town_official', regionCode: TOWN_A }]);
  townB = await loginAs(app, [{ role: 'town_official', regionCode: TOWN_B }]);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE_A }]);
  cadreC = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE_C }]);
  inspector = await loginAs(app, [{ role: 'inspector', regionCode: COUNTY }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const as = (who: LoggedIn, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers: { cookie: who.cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function workingYear(who: LoggedIn) {
  const res = await as(who, 'GET', URL);
  expect(res.statusCode).toBe(200);
  return res.json<{ year: number; source: string; canChange: boolean }>();
}

/**
 * A registered (poor) household of `year`, seeded: the figures "latest year" reads count those. Without a
 * year, an ordinary household through the API, which writes it into the working year.
 */
async function create(who: LoggedIn, village: string, year?: number): Promise<number> {
  if (year !== undefined) return (await seedHousehold(app, who, poorHouseholdInput(village, { year }))).id;
  const input: Record<string, unknown> = householdInput(village);
  delete input.year;
  const res = await as(who, 'POST', '/api/v1/households', input);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: number }>().id;
}

async function yearsOf(id: number): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    'SELECT year FROM household_years WHERE household_id = $1 ORDER BY year',
    [id],
  );
  return rows.map((r) => r.year);
}

function csv(village: string, householdNo = uniqueHouseholdNo()): string {
  const id = memberInput('01').idNumber;
  return `户编号,行政区划代码,姓名,证件号码,与户主关系,户类型,户状态,主要致贫原因,工资性收入\n${householdNo},${village},导入甲,${id},01,01,01,01,5000\n`;
}

function upload(who: LoggedIn, body: string, query: string) {
  const { payload, contentType } = multipartFile('h.csv', body);
  return app.inject({
    method: 'POST',
    url: `/api/v1/imports${query}`,
    payload,
    headers: { cookie: who.cookie, 'content-type': contentType },
  });
}

async function settled(who: LoggedIn, jobId: number): Promise<string> {
  for (let i = 0; i < 400; i += 1) {
    const job = (await as(who, 'GET', `/api/v1/jobs/${jobId}`)).json<{ status: string }>();
    if (job.status === 'done' || job.status === 'failed') return job.status;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${jobId} did not finish`);
}

/** A 202 followed to its end (so no job still runs when the server closes). */
async function accepted(who: LoggedIn, res: Awaited<ReturnType<typeof upload>>): Promise<string> {
  expect(res.statusCode, res.body).toBe(202);
  return settled(who, res.json<{ jobId: number }>().jobId);
}

async function householdYears(householdNo: string): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    `SELECT y.year FROM household_years y JOIN households h ON h.id = y.household_id
     WHERE h.household_no = $1 ORDER BY y.year`,
    [householdNo],
  );
  return rows.map((r) => r.year);
}

describe('the working year setting', () => {
  it('is the year of the server’s today while the registry is empty, and only a country admin may change it', async () => {
    expect(await workingYear(system)).toEqual({
      year: TEST_NOW.getFullYear(),
      source: 'today',
      canChange: true,
    });
    for (const who of [county, townA, cadre, inspector])
      expect((await workingYear(who)).canChange).toBe(false);
  });

  it('is the latest year with households in the whole registry while not set', async () => {
    await create(county, VILLAGE_A, 2020);
    await create(county, VILLAGE_B, 2024);
    expect(await workingYear(cadre)).toEqual({ year: 2024, source: 'latest', canChange: false });
  });

  it('refuses a change by every role but a country-wide system administrator, and changes nothing', async () => {
    const countySystem = await loginAs(app, [{ role: 'system_admin', regionCode: COUNTY }]);
    for (const who of [county, townA, cadre, inspector, countySystem]) {
      const res = await as(who, 'PUT', URL, { year: 2020 });
      expect(res.statusCode).toBe(403);
      expect(res.json<{ error: { message: { zh: string; en: string } } }>().error.message.zh).toContain(
        '工作年度',
      );
    }
    expect(await db.query('SELECT * FROM settings')).toEqual([]);
    expect(await workingYear(system)).toMatchObject({ year: 2024, source: 'latest' });
  });

  it('refuses junk with a 400 or 422 in zh and en, never a 5xx', async () => {
    const junk: [unknown, number][] = [
      [{ year: 'abc' }, 400],
      [{ year: 2020.5 }, 400],
      [{ year: 2012 }, 400],
      [{ year: 2101 }, 400],
      [{}, 400],
      [{ year: null }, 400],
      [[2020], 400],
      [{ year: 2027 }, 422],
    ];
    for (const [payload, status] of junk) {
      const res = await as(system, 'PUT', URL, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      const { message } = res.json<{ error: { message: { zh: string; en: string } } }>().error;
      expect(message.zh).not.toBe('');
      expect(message.en).not.toBe('');
    }
    const text = await app.inject({
      method: 'PUT',
      url: URL,
      headers: { cookie: system.cookie, 'content-type': 'application/json' },
      payload: '{"year":',
    });
    expect(text.statusCode).toBe(400);
    expect((await as(system, 'PUT', URL, { year: 2027 })).json()).toMatchObject({
      error: { code: 'DATE_NOT_A_FACT', fields: [{ field: 'year', code: 'YEAR_IN_FUTURE' }] },
    });
    expect(await db.query('SELECT * FROM settings')).toEqual([]);
  });

  it('is set by a system administrator, read by everyone, and audited in the same transaction', async () => {
    const res = await as(system, 'PUT', URL, { year: 2020 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ year: 2020, source: 'setting', canChange: true });
    expect(await workingYear(cadre)).toEqual({ year: 2020, source: 'setting', canChange: false });
    expect((await as(system, 'PUT', URL, { year: 2021 })).statusCode).toBe(200);
    expect((await as(system, 'PUT', URL, { year: 2020 })).statusCode).toBe(200);
    const audit = await db.query<{ actor: string; before: unknown; after: unknown; region: string | null }>(
      `SELECT actor, before, after, region_code AS region FROM audit_log
       WHERE action = 'settings.working_year' ORDER BY id`,
    );
    expect(audit).toEqual([
      { actor: system.username, before: { year: null }, after: { year: 2020 }, region: null },
      { actor: system.username, before: { year: 2020 }, after: { year: 2021 }, region: null },
      { actor: system.username, before: { year: 2021 }, after: { year: 2020 }, region: null },
    ]);
  });

  it('cannot be changed without an audit row: the database refuses it', async () => {
    await expect(
      db.transaction((tx) => tx.query(`UPDATE settings SET value = '2019'::jsonb`)),
    ).rejects.toThrow(/audit/);
    expect((await workingYear(system)).year).toBe(2020);
  });
});

describe('defaults follow the working year (2020 here, while 2024 is the latest year)', () => {
  it('a household created without a year gets its facts in the working year', async () => {
    const id = await create(cadre, VILLAGE_A);
    expect(await yearsOf(id)).toEqual([2020]);
  });

  it('an import without a year goes into the working year', async () => {
    const no = uniqueHouseholdNo();
    const res = await upload(cadre, csv(VILLAGE_A, no), '');
    expect(res.statusCode, res.body).toBe(202);
    const { jobId, year } = res.json<{ jobId: number; year: number }>();
    expect(year).toBe(2020);
    expect(await settled(cadre, jobId)).toBe('done');
    expect(await householdYears(no)).toEqual([2020]);
  });

  it('`zhenfu import` without --year too, and says which year it took', async () => {
    const no = uniqueHouseholdNo();
    const out = io();
    const status = await runImport(db, file(csv(VILLAGE_A, no)), { json: true }, out, TEST_NOW);
    expect(status).toBe(0);
    expect(out.stderr.text()).toContain('年度 / year: 2020（工作年度 / the working year）');
    expect(out.stderr.text()).not.toContain('IMPORT_NEW_YEAR');
    expect(await householdYears(no)).toEqual([2020]);
  });
});

describe('"latest year" is the latest year with households in the region read', () => {
  it('a town sees its own latest year, not another town’s', async () => {
    const years = async (who: LoggedIn) =>
      (await as(who, 'GET', '/api/v1/stats/years'))
        .json<{ years: { year: number }[] }>()
        .years.map((y) => y.year);
    expect(await years(townA)).toEqual([2020]);
    expect(await years(townB)).toEqual([2024]);
    const list = async (who: LoggedIn) =>
      (await as(who, 'GET', '/api/v1/households')).json<{ year: number | null }>().year;
    expect(await list(townA)).toBe(2020);
    expect(await list(townB)).toBe(2024);
  });
});

describe('an import into a year new to the importer’s regions', () => {
  it('answers 409 IMPORT_NEW_YEAR in zh and en unless confirmed, and queues nothing', async () => {
    const jobs = async () => (await db.query('SELECT id FROM jobs')).length;
    const before = await jobs();
    const res = await upload(county, csv(VILLAGE_A), '?year=2023');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: {
        code: 'IMPORT_NEW_YEAR',
        message: { zh: expect.stringContaining('2023'), en: expect.stringContaining('2023') },
        details: { year: 2023, latestYear: 2024 },
      },
    });
    expect(await jobs()).toBe(before);
    const no = uniqueHouseholdNo();
    const confirmed = await upload(county, csv(VILLAGE_A, no), '?year=2023&confirmNewYear=true');
    expect(confirmed.statusCode, confirmed.body).toBe(202);
    expect(await settled(county, confirmed.json<{ jobId: number }>().jobId)).toBe('done');
    expect(await householdYears(no)).toEqual([2023]);
  });

  it('is new by the importer’s own regions: 2024 has households in town B, none in town A', async () => {
    expect((await upload(townA, csv(VILLAGE_A), '?year=2024')).statusCode).toBe(409);
    expect((await upload(townA, csv(VILLAGE_A), '?year=2024&confirmNewYear=false')).statusCode).toBe(409);
    expect(await accepted(townB, await upload(townB, csv(VILLAGE_B), '?year=2024'))).toBe('done');
    expect(await accepted(townA, await upload(townA, csv(VILLAGE_A), '?year=2020'))).toBe('done');
  });

  it('does not ask about the first import of a region with no households at all', async () => {
    expect(await accepted(cadreC, await upload(cadreC, csv(VILLAGE_C), '?year=2022'))).toBe('done');
  });

  it('`zhenfu import` warns on stderr in zh and en and imports anyway (a script has nobody to ask)', async () => {
    const no = uniqueHouseholdNo();
    const out = io();
    const status = await runImport(db, file(csv(VILLAGE_A, no)), { year: '2019', json: true }, out, TEST_NOW);
    expect(status).toBe(0);
    expect(out.stderr.text()).toContain('警告 IMPORT_NEW_YEAR');
    expect(out.stderr.text()).toContain('warning IMPORT_NEW_YEAR: Your regions have no households in 2019');
    expect(JSON.parse(out.stdout.text())).toMatchObject({ households: { imported: 1 } });
    expect(await householdYears(no)).toEqual([2019]);
  });
});

let files = 0;
function file(content: string): string {
  files += 1;
  const path = join(dataDir, `cli-${files}.csv`);
  writeFileSync(path, content);
  return path;
}

function sink() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}
const io = () => ({
  stdout: sink(),
  stderr: Object.assign(sink(), { isTTY: false }) as unknown as NodeJS.WriteStream & { text(): string },
});
