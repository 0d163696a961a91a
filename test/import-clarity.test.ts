import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor, type Actor } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { importFile } from '../src/modules/registry/import/file.ts';
import { importRows, type ImportOptions } from '../src/modules/registry/import/pipeline.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput, idNumberFor, uniqueHouseholdNo } from './support/factories.ts';
import { createTestServer } from './support/server.ts';

/** Issue 10 §8: the errors a clerk meets on the console say what to do. */
const V1 = '371324106202';
const V2 = '371324107203'; // another town
const COUNTY = '371324000000';
const YEAR = 2024;
const OPTIONS: ImportOptions = { year: YEAR, today: '2024-12-31' };
const shell = shellActor('test', 'import');

let db: TestDb;
let app: App;
let cadre1: LoggedIn;
let cadre2: LoggedIn;
let county: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  cadre1 = await loginAs(app, [{ role: 'village_cadre', regionCode: V1 }]);
  cadre2 = await loginAs(app, [{ role: 'village_cadre', regionCode: V2 }]);
  county = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

async function create(who: LoggedIn, body: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/households',
    headers: { cookie: who.cookie },
    payload: body,
  });
}

/** An importing actor holding one grant (the import functions take the actor as the job would). */
const actorOn = (role: 'village_cadre' | 'county_admin', regionCode: string): Actor => ({
  userId: null,
  username: `test:${role}`,
  source: 'import',
  grants: [{ role, regionCode }],
  requestId: null,
});

type Row = Record<string, string | number | null>;

/** One household of one head in the import format. */
function headRow(overrides: Row = {}): Row {
  return {
    户编号: uniqueHouseholdNo(),
    行政区划代码: V2,
    姓名: '张建国',
    证件号码: idNumberFor('1', 1970),
    与户主关系: '01',
    户类型: '01',
    户状态: '01',
    主要致贫原因: '01',
    联系电话: '13812345678',
    ...overrides,
  };
}

async function* rowsOf(rows: Row[]) {
  for (const r of rows) yield r;
}

describe('PERSON_IN_OTHER_HOUSEHOLD names the household when the caller may read it', () => {
  it('in the API: the number inside the scope, "outside your region" otherwise', async () => {
    const first = householdInput(V1);
    expect((await create(cadre1, first)).statusCode).toBe(201);
    const person = first.members[1]!;

    const inside = await create(county, householdInput(V2, { members: [{ ...person, relation: '01' }] }));
    expect(inside.statusCode).toBe(409);
    const issue = inside.json().error.fields[0];
    expect(issue.code).toBe('PERSON_IN_OTHER_HOUSEHOLD');
    expect(issue.message.zh).toContain(first.householdNo);
    expect(issue.message.en).toContain(first.householdNo);

    const outside = await create(cadre2, householdInput(V2, { members: [{ ...person, relation: '01' }] }));
    expect(outside.statusCode).toBe(409);
    const hidden = outside.json().error.fields[0];
    expect(hidden.code).toBe('PERSON_IN_OTHER_HOUSEHOLD');
    expect(hidden.message.zh).toContain('管辖范围之外');
    expect(hidden.message.en).toContain('outside your region');
    expect(outside.body).not.toContain(first.householdNo);
    expect(outside.body).not.toContain(V1);
  });

  it('in the import: the row error says the same', async () => {
    const first = householdInput(V1);
    expect((await create(cadre1, first)).statusCode).toBe(201);
    const id = first.members[0]!.idNumber;

    const inside = await importRows(
      db,
      actorOn('county_admin', COUNTY),
      rowsOf([headRow({ 证件号码: id })]),
      OPTIONS,
    );
    expect(inside.errors).toHaveLength(1);
    expect(inside.errors[0]).toMatchObject({ code: 'PERSON_IN_OTHER_HOUSEHOLD', column: '证件号码' });
    expect(inside.errors[0]!.message).toContain(first.householdNo);

    const outside = await importRows(
      db,
      actorOn('village_cadre', V2),
      rowsOf([headRow({ 证件号码: id })]),
      OPTIONS,
    );
    expect(outside.errors[0]).toMatchObject({ code: 'PERSON_IN_OTHER_HOUSEHOLD' });
    expect(outside.errors[0]!.message).toContain('outside your region');
    expect(outside.errors[0]!.message).not.toContain(first.householdNo);
  });
});

describe('phones are checked as phone numbers', () => {
  it('in the API: household, member and cadre phones; mobiles and landlines pass', async () => {
    const good = householdInput(V1, { phone: '0539-5211234' });
    expect((await create(cadre1, good)).statusCode).toBe(201);
    // A well-formed cadre phone is still refused on a registration: the cadre comes from a pairing.
    const paired = await create(cadre1, householdInput(V1, { cadrePhone: '05395211234-801' }));
    expect(paired.statusCode).toBe(422);
    expect(paired.json().error).toMatchObject({
      code: 'CADRE_BY_PAIRING',
      fields: [{ field: 'cadrePhone' }],
    });

    const members = householdInput(V1).members;
    members[1] = { ...members[1]!, phone: '1381234567' } as (typeof members)[1];
    const bad = householdInput(V1, { phone: '12345', cadrePhone: 'call me', members });
    const res = await create(cadre1, bad);
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as { field: string; code: string }[];
    expect(fields.filter((f) => f.code === 'PHONE').map((f) => f.field)).toEqual(
      expect.arrayContaining(['phone', 'cadrePhone', 'members.1.phone']),
    );
  });

  it('in the import: a row error naming the column', async () => {
    const summary = await importRows(
      db,
      actorOn('village_cadre', V2),
      rowsOf([headRow({ 联系电话: '138-1234', 帮扶责任人电话: '0539-5211234' })]),
      OPTIONS,
    );
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'PHONE', column: '联系电话' })]);
  });
});

describe('a masked export says so, and is refused as a whole by the import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhenfu-clarity-'));

  it('marks the file and the response, and the import answers one error for the file', async () => {
    const h = householdInput(V1);
    expect((await create(cadre1, h)).statusCode).toBe(201);
    const town = await loginAs(app, [{ role: 'town_official', regionCode: '371324106000' }]);
    for (const format of ['csv', 'xlsx'] as const) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/exports?region=371324106202&year=2020&format=${format}`,
        headers: { cookie: town.cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-zhenfu-masked']).toBe('true');
      if (format === 'csv') expect(res.body).toContain('本文件个人信息已脱敏');
      const path = join(dir, `masked.${format}`);
      writeFileSync(path, res.rawPayload);
      const refused = importFile(db, shell, path, { year: 2020, today: '2024-12-31' });
      await expect(refused).rejects.toMatchObject({ code: 'IMPORT_MASKED_EXPORT' });
      await expect(refused).rejects.toMatchObject({
        messages: { zh: expect.stringContaining('脱敏导出'), en: expect.stringContaining('masked export') },
      });
    }
  });

  it('refuses a masked file whose marker row was deleted, by the stars in its ID numbers', async () => {
    const masked = headRow({ 证件号码: '371324********0017', 联系电话: '138****5678' });
    const refused = importRows(db, shell, rowsOf([masked, headRow()]), OPTIONS);
    await expect(refused).rejects.toMatchObject({ code: 'IMPORT_MASKED_EXPORT' });
  });

  it('leaves an unmasked export unmarked', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/exports?region=371324106202&year=2020&format=csv`,
      headers: { cookie: county.cookie },
    });
    expect(res.headers['x-zhenfu-masked']).toBe('false');
    expect(res.body).not.toContain('脱敏');
  });
});

describe('an ID number Excel turned into a number gets a hint', () => {
  const HINT = /请将证件号码列设置为文本格式后重新录入.*format the ID column as text and enter it again/;

  it('for the scientific notation, the rounded 18 digits and a number cell', async () => {
    const summary = await importRows(
      db,
      shell,
      rowsOf([
        headRow({ 证件号码: '3.71324E+17' }),
        headRow({ 证件号码: '371324195001020000' }),
        // What a number cell holds: the nearest double, as Excel stores it.
        headRow({ 证件号码: Number('371324195001020017') }),
      ]),
      OPTIONS,
    );
    expect(summary.errors).toHaveLength(3);
    for (const e of summary.errors) {
      expect(e.column).toBe('证件号码');
      expect(e.message).toMatch(HINT);
    }
  });

  it('not for an ID number that is only mistyped', async () => {
    const summary = await importRows(
      db,
      shell,
      rowsOf([headRow({ 证件号码: '37132419500102001' })]),
      OPTIONS,
    );
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]!.message).not.toMatch(HINT);
  });
});

describe('an empty income cell is unknown, not 0 yuan (issue 10 §4)', () => {
  const incomeOf = async (householdNo: string) =>
    (
      await db.query<{ wage: number | null; property: number | null; perCapita: number | null }>(
        `SELECT y.wage_income::float8 AS wage, y.property_income::float8 AS property,
                y.per_capita_income::float8 AS "perCapita"
         FROM household_years y JOIN households h ON h.id = y.household_id
         WHERE h.household_no = $1 AND y.year = $2`,
        [householdNo, YEAR],
      )
    )[0]!;

  it('all income cells empty: the income is unknown; one given: the empty ones beside it are none', async () => {
    const unknown = headRow({
      工资性收入: '',
      生产经营性收入: '',
      财产性收入: null,
      转移性收入: '',
      生产经营性支出: '',
    });
    const partial = headRow({
      工资性收入: 8000,
      生产经营性收入: '',
      财产性收入: null,
      转移性收入: '',
      生产经营性支出: '',
    });
    const summary = await importRows(db, shell, rowsOf([unknown, partial]), OPTIONS);
    expect(summary.errors).toEqual([]);
    expect(await incomeOf(unknown.户编号 as string)).toEqual({ wage: null, property: null, perCapita: null });
    expect(await incomeOf(partial.户编号 as string)).toMatchObject({
      property: 0,
      perCapita: 8000,
    });
  });
});
