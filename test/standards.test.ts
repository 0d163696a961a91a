import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { DomainError } from '../src/app/errors.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { resolveStandard } from '../src/modules/standards/resolve.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer, TEST_NOW } from './support/server.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';

const V1 = '371324106202';
const PROVINCE = '370000000000';
const COUNTY = '371324000000';
const THIS_YEAR = TEST_NOW.getFullYear();

let db: TestDb;
let app: App;
let system: LoggedIn; // system administrator of the country
let province: LoggedIn; // administrator of the whole province
let county: LoggedIn;
let cadre: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  system = await loginAs(app, [{ role: 'system_admin', regionCode: '000000000000' }]);
  province = await loginAs(app, [{ role: 'county_admin', regionCode: PROVINCE }]);
  county = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: V1 }]);
  // This year's national line: households registered without a year of identification take it.
  expect((await put(system, String(THIS_YEAR), { line: 4800, reason: '本年度标准' })).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

function put(who: LoggedIn, path: string, payload: Record<string, unknown>) {
  return app.inject({
    method: 'PUT',
    url: `/api/v1/standards/${path}`,
    headers: { cookie: who.cookie },
    payload,
  });
}
async function list(who: LoggedIn, query = '') {
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/standards${query}`,
    headers: { cookie: who.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json();
}
async function versions() {
  const [row] = await db.query<{ n: number; a: number }>(
    `SELECT (SELECT count(*) FROM poverty_standards)::int AS n,
            (SELECT count(*) FROM audit_log WHERE entity = 'poverty_standard')::int AS a`,
  );
  return row!;
}

describe('the seeded national lines', () => {
  it('are readable by any logged-in user, with the monitoring range', async () => {
    const body = await list(cadre);
    type Item = { year: number; province: string | null; line: number };
    const lines: Record<number, Item> = Object.fromEntries(
      (body.items as Item[]).filter((i) => i.province === null).map((i) => [i.year, i]),
    );
    expect(lines[2014]!.line).toBe(2800);
    expect(lines[2015]!.line).toBe(2855);
    expect(lines[2019]!.line).toBe(3218);
    expect(lines[2020]).toMatchObject({
      line: 4000,
      monitoringMultiplier: 1.5,
      monitoringLine: 6000,
      version: 1,
    });
    expect(body.effective.find((e: { year: number }) => e.year === 2020)).toMatchObject({
      source: 'national',
      line: 4000,
    });
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/standards' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('resolve for a village, and a year without a line is a clear error', async () => {
    expect(await resolveStandard(db, V1, 2020)).toMatchObject({
      line: 4000,
      monitoringLine: 6000,
      source: 'national',
      province: '37',
    });
    const error = await resolveStandard(db, V1, 2016).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('NO_POVERTY_LINE');
    expect((error as DomainError).messages.zh).toContain('2016');
    expect((error as DomainError).messages.en).toContain('No poverty line configured for 2016');
  });
});

describe('setting lines', () => {
  it('lets a provincial line override the national one for its province only', async () => {
    const own = await put(province, '2027/provinces/37', {
      line: 5000,
      monitoringMultiplier: 1.6,
      reason: '省定标准高于国家标准',
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ year: 2027, province: '37', version: 1, monitoringLine: 8000 });
    expect((await put(system, '2027', { line: 4500, reason: '国家标准' })).statusCode).toBe(200);

    expect(await resolveStandard(db, V1, 2027)).toMatchObject({
      line: 5000,
      source: 'provincial',
      province: '37',
    });
    expect(await resolveStandard(db, '110101001001', 2027)).toMatchObject({
      line: 4500,
      monitoringMultiplier: 1.5,
      source: 'national',
      province: '11',
    });
    const body = await list(cadre, '?year=2027&province=37');
    expect(body.items.map((i: { province: string | null }) => i.province)).toEqual([null, '37']);
    expect(body.effective).toEqual([
      expect.objectContaining({ year: 2027, source: 'provincial', line: 5000 }),
    ]);
    expect((await list(cadre, '?year=2027')).effective[0]).toMatchObject({ source: 'national', line: 4500 });
  });

  it('keeps every version with who, when and why, and audits each change', async () => {
    const before = await versions();
    expect((await put(system, '2028', { line: 4600, reason: '初定' })).statusCode).toBe(200);
    const second = await put(system, '2028', { line: 4700, monitoringMultiplier: 1.4, reason: '物价上涨' });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      version: 2,
      line: 4700,
      reason: '物价上涨',
      changedBy: system.username,
    });
    expect(await versions()).toEqual({ n: before.n + 2, a: before.a + 2 });

    const [item] = (await list(cadre, '?year=2028')).items;
    expect(item).toMatchObject({ version: 2, line: 4700, monitoringLine: 6580 });
    expect(item.history).toEqual([expect.objectContaining({ version: 1, line: 4600, reason: '初定' })]);
    const audit = await db.query<{
      action: string;
      before: { line: number } | null;
      after: { line: number };
    }>(
      `SELECT action, before, after FROM audit_log WHERE entity = 'poverty_standard' ORDER BY id DESC LIMIT 2`,
    );
    expect(audit.map((a) => a.action)).toEqual(['standard.change', 'standard.create']);
    expect(audit[0]).toMatchObject({ before: { line: 4600 }, after: { line: 4700 } });
  });

  it('never rewrites the past, but lets a past year without a line be filled in once', async () => {
    const before = await versions();
    const national = await put(system, '2020', { line: 4100, reason: '改' });
    expect(national.statusCode).toBe(422);
    expect(national.json().error.code).toBe('STANDARD_PAST_YEAR');
    expect(national.json().error.message.zh).toContain('2020');
    // The national line is in force for the province in 2020: a provincial line would rewrite it too.
    expect((await put(province, '2020/provinces/37', { line: 4100, reason: '改' })).statusCode).toBe(422);
    expect(await versions()).toEqual(before);

    const gap = await put(system, '2021', { line: 4000, reason: '补录 2021 年标准' });
    expect(gap.statusCode).toBe(200);
    expect(gap.json()).toMatchObject({ monitoringLine: 6000 });
    expect((await put(system, '2021', { line: 4200, reason: '再改' })).statusCode).toBe(422);
  });

  it('refuses a change under households already identified by the line', async () => {
    const created = await seedHousehold(app, county, poorHouseholdInput(V1, { identifiedYear: THIS_YEAR }));
    const [row] = await db.query<{ line: number; year: number }>(
      `SELECT s.line, s.year FROM households h JOIN poverty_standards s ON s.id = h.standard_id WHERE h.id = $1`,
      [created.id],
    );
    expect(row).toEqual({ line: 4800, year: THIS_YEAR });
    const audit = await db.query<{ after: { household: { standardId: number } } }>(
      `SELECT after FROM audit_log WHERE action = 'household.create' AND entity_id = $1`,
      [String(created.id)],
    );
    expect(audit[0]!.after.household.standardId).toEqual(expect.any(Number));

    const before = await versions();
    // Other tests register households of this year too: the refusal counts them all.
    const [users] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM households h JOIN poverty_standards s ON s.id = h.standard_id
        WHERE s.year = $1`,
      [THIS_YEAR],
    );
    const again = await put(system, String(THIS_YEAR), { line: 5000, reason: '上调' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('STANDARD_IN_USE');
    // One household was identified: the message says so in the singular.
    expect(users!.n).toBe(1);
    expect(again.json().error.message.en).toContain('1 household was identified');
    const provincial = await put(province, `${THIS_YEAR}/provinces/37`, { line: 5000, reason: '省定' });
    expect(provincial.statusCode).toBe(409);
    expect(await versions()).toEqual(before);
  });

  it("records the identified year's standard, or this year's when none is recorded", async () => {
    const create = async (overrides: Record<string, unknown>) => {
      const { id } = await seedHousehold(app, county, poorHouseholdInput(V1, overrides));
      const [row] = await db.query<{ year: number | null }>(
        `SELECT s.year FROM households h LEFT JOIN poverty_standards s ON s.id = h.standard_id WHERE h.id = $1`,
        [id],
      );
      return row!.year;
    };
    expect(await create({ identifiedYear: 2015 })).toBe(2015);
    expect(await create({})).toBe(THIS_YEAR);
    expect(await create({ identifiedYear: 2016 })).toBeNull(); // no line configured: registration goes on
  });

  it('stays as identified: an edit leaves it alone, and the year of identification is the procedure’s', async () => {
    const { id } = await seedHousehold(app, county, poorHouseholdInput(V1, { identifiedYear: 2015 }));
    const standardYear = async () => {
      const [row] = await db.query<{ year: number | null; version: number }>(
        `SELECT s.year, h.version FROM households h LEFT JOIN poverty_standards s ON s.id = h.standard_id
         WHERE h.id = $1`,
        [id],
      );
      return row!;
    };
    const patch = async (payload: Record<string, unknown>) => {
      const { version } = await standardYear();
      return app.inject({
        method: 'PATCH',
        url: `/api/v1/households/${id}`,
        headers: { cookie: county.cookie },
        payload: { version, ...payload },
      });
    };
    expect((await patch({ groupName: '第二组' })).statusCode).toBe(200);
    expect((await standardYear()).year).toBe(2015);
    const corrected = await patch({ identifiedYear: 2019 });
    expect(corrected.statusCode).toBe(422);
    expect(corrected.json().error).toMatchObject({
      code: 'STATUS_BY_PROCEDURE',
      fields: [expect.objectContaining({ field: 'identifiedYear' })],
    });
    expect((await standardYear()).year).toBe(2015);
  });
});

describe('who may set lines', () => {
  it('takes a grant on the whole province for its line and a country-wide system administrator for the national one', async () => {
    const before = await versions();
    expect((await put(county, '2029/provinces/37', { line: 5000, reason: 'x' })).statusCode).toBe(403);
    expect((await put(province, '2029', { line: 5000, reason: 'x' })).statusCode).toBe(403);
    expect((await put(cadre, '2029', { line: 5000, reason: 'x' })).statusCode).toBe(403);
    expect(await versions()).toEqual(before);
    expect((await put(system, '2029/provinces/37', { line: 5000, reason: 'x' })).statusCode).toBe(200);
  });
});

describe('bad input', () => {
  it.each([
    ['2030', { line: 0, monitoringMultiplier: 5, reason: ' ' }, ['line', 'monitoringMultiplier', 'reason']],
    ['2012', { line: 3000, reason: 'x' }, ['year']],
    ['2030/provinces/99', { line: 3000, reason: 'x' }, ['province']],
    ['2030/provinces/3a', { line: 3000, reason: 'x' }, ['province']],
    ['2030', { line: '3000', reason: 'x' }, ['line']],
    ['2030', { line: 3000 }, ['reason']],
  ])('PUT %s %j names %j and changes nothing', async (path, body, fields) => {
    const before = await versions();
    const res = await put(system, path, body);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.fields.map((f: { field: string }) => f.field)).toEqual(fields);
    expect(error.message.zh).toBeTruthy();
    expect(error.message.en).toBeTruthy();
    expect(await versions()).toEqual(before);
  });
});

describe('the database', () => {
  it('refuses to change a version in place, even with an audit row', async () => {
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, shellActor('test'), {
          action: 'test.rewrite',
          entity: 'poverty_standard',
          entityId: null,
          regionCode: null,
        });
        await tx.query(`UPDATE poverty_standards SET line = 1 WHERE year = 2020`);
      }),
    ).rejects.toThrow(/history/);
    expect((await resolveStandard(db, V1, 2020)).line).toBe(4000);
  });
});
