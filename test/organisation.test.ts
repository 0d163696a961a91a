import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createCadre, pairHousehold } from './support/casework.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';

const VILLAGE = '371324106201';
const TOWN = '371324106000';
const COUNTY = '371324000000';
const OTHER_COUNTY = '371302000000';
let db: TestDb;
let app: App;
let admin: LoggedIn;
let town: LoggedIn;
let inspector: LoggedIn;
let outsider: LoggedIn;
let unitId: number;

const send = (method: 'GET' | 'POST' | 'PATCH', url: string, who: LoggedIn, payload?: object) =>
  app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });
const code = (res: { json: <T>() => T }) => res.json<{ error: { code: string } }>().error.code;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  town = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
  inspector = await loginAs(app, [{ role: 'inspector', regionCode: COUNTY }]);
  outsider = await loginAs(app, [{ role: 'county_admin', regionCode: OTHER_COUNTY }]);
  const res = await send('POST', '/api/v1/units', admin, {
    regionCode: COUNTY,
    name: '县农业农村局',
    level: 'county',
    kind: 'party_government',
  });
  expect(res.statusCode).toBe(201);
  unitId = res.json<{ id: number }>().id;
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('units and branches', () => {
  it('keeps units by region: duplicates refused, others 404, readers 403', async () => {
    const again = await send('POST', '/api/v1/units', admin, {
      regionCode: COUNTY,
      name: '县农业农村局',
      level: 'county',
      kind: 'party_government',
    });
    expect(again.statusCode).toBe(422);
    expect(code(again)).toBe('DUPLICATE_NAME');
    const unit = { regionCode: COUNTY, name: '县水利局', level: 'county', kind: 'institution' };
    expect((await send('POST', '/api/v1/units', inspector, unit)).statusCode).toBe(403);
    expect((await send('POST', '/api/v1/units', outsider, unit)).statusCode).toBe(404);
    expect((await send('GET', '/api/v1/units', outsider)).json<{ total: number }>().total).toBe(0);
    const list = (await send('GET', `/api/v1/units?region=${COUNTY}`, inspector)).json<{ total: number }>();
    expect(list.total).toBeGreaterThan(0);
    const patched = await send('PATCH', `/api/v1/units/${unitId}`, admin, {
      version: 1,
      kind: 'institution',
    });
    expect(patched.statusCode).toBe(200);
    expect(
      (await send('PATCH', `/api/v1/units/${unitId}`, admin, { version: 1, kind: 'other' })).statusCode,
    ).toBe(409);
    expect(
      (await send('PATCH', `/api/v1/units/${unitId}`, outsider, { version: 2, kind: 'other' })).statusCode,
    ).toBe(404);
  });

  it('registers a village branch', async () => {
    const res = await send('POST', '/api/v1/branches', town, {
      villageCode: VILLAGE,
      name: '测试村党支部',
      secretaryName: '刘书记',
      membersCount: 32,
    });
    expect(res.statusCode).toBe(201);
    const notVillage = await send('POST', '/api/v1/branches', town, {
      villageCode: TOWN,
      name: '镇',
      membersCount: 1,
    });
    expect(notVillage.statusCode).toBe(400);
    const org = (await send('GET', `/api/v1/villages/${VILLAGE}/organisation`, inspector)).json<{
      branches: { name: string; membersCount: number }[];
      village: { town: string };
    }>();
    expect(org.branches).toEqual([expect.objectContaining({ name: '测试村党支部', membersCount: 32 })]);
    expect(org.village.town).toBe('车辋镇');
    expect((await send('GET', `/api/v1/villages/${VILLAGE}/organisation`, outsider)).statusCode).toBe(404);
  });
});

describe('work teams', () => {
  let cadres: number[];
  beforeAll(async () => {
    cadres = [];
    for (const name of ['赵队长', '钱书记', '孙队员', '李队员'])
      cadres.push(await createCadre(app, admin.cookie, { regionCode: COUNTY, name, unitId }));
  });
  const team = (members: [number, string][], termTo = '2027-03-01') => ({
    villageCode: VILLAGE,
    sendingUnitId: unitId,
    termFrom: '2025-03-01',
    termTo,
    members: members.map(([cadreId, role]) => ({ cadreId, role })),
  });

  it("applies the province's rules: size, term, one leader and one first secretary", async () => {
    const [a, b, c, d] = cadres as [number, number, number, number];
    const small = await send(
      'POST',
      '/api/v1/teams',
      admin,
      team([
        [a, 'leader'],
        [b, 'first_secretary'],
      ]),
    );
    expect(code(small)).toBe('TEAM_TOO_SMALL');
    const short = await send(
      'POST',
      '/api/v1/teams',
      admin,
      team(
        [
          [a, 'leader'],
          [b, 'first_secretary'],
          [c, 'member'],
        ],
        '2027-02-28',
      ),
    );
    expect(code(short)).toBe('TEAM_TERM_TOO_SHORT');
    const twoLeaders = await send(
      'POST',
      '/api/v1/teams',
      admin,
      team([
        [a, 'leader'],
        [b, 'leader'],
        [c, 'first_secretary'],
      ]),
    );
    expect(code(twoLeaders)).toBe('TEAM_ROLES');
    const ok = await send(
      'POST',
      '/api/v1/teams',
      admin,
      team([
        [a, 'leader'],
        [b, 'first_secretary'],
        [c, 'member'],
      ]),
    );
    expect(ok.statusCode).toBe(201);
    const id = ok.json<{ id: number }>().id;
    const added = await send('POST', `/api/v1/teams/${id}/members`, admin, {
      cadreId: d,
      role: 'member',
      from: '2026-01-01',
    });
    expect(added.statusCode).toBe(201);
    const taken = await send('POST', `/api/v1/teams/${id}/members`, admin, {
      cadreId: d,
      role: 'member',
      from: '2026-02-01',
    });
    expect(code(taken)).toBe('ALREADY_MEMBER');
    const detail = added.json<{
      members: { id: number; cadreId: number; phone: string }[];
      sendingUnit: { id: number };
    }>();
    expect(detail.members).toHaveLength(4);
    expect(detail.sendingUnit.id).toBe(unitId);
    const member = detail.members.find((m) => m.cadreId === d)!;
    const ended = await send('POST', `/api/v1/teams/${id}/members/${member.id}/end`, admin, {
      date: '2026-06-01',
    });
    expect(ended.statusCode).toBe(200);
    // The town official sees no personal data: phones masked.
    const seen = (await send('GET', `/api/v1/teams/${id}`, town)).json<{ members: { phone: string }[] }>();
    expect(seen.members[0]!.phone).toContain('*');
    expect((await send('GET', `/api/v1/teams/${id}`, outsider)).statusCode).toBe(404);
    const { teamOfCadreOn } = await import('../src/modules/organisation/cadres.ts');
    expect(await teamOfCadreOn(db, a, '2026-06-30')).toEqual({ teamId: id, villageCode: VILLAGE });
    expect(await teamOfCadreOn(db, d, '2026-06-30')).toBeNull();
  });
});

describe('pairings', () => {
  it('one open pairing per household; the household follows it; the history is kept', async () => {
    const { id: household } = await seedHousehold(app, admin, poorHouseholdInput(VILLAGE));
    const first = await createCadre(app, admin.cookie, {
      regionCode: COUNTY,
      name: '周干部',
      unitId,
      phone: '13700000001',
    });
    const second = await createCadre(app, admin.cookie, {
      regionCode: COUNTY,
      name: '吴干部',
      phone: '13700000002',
    });
    const pairing = await pairHousehold(app, admin.cookie, {
      cadreId: first,
      householdId: household,
      from: '2026-01-01',
    });
    const page = async () =>
      (await send('GET', `/api/v1/households/${household}`, admin)).json<{
        cadreName: string | null;
        cadreUnit: string | null;
        cadrePhone: string | null;
        version: number;
      }>();
    expect(await page()).toMatchObject({
      cadreName: '周干部',
      cadreUnit: '县农业农村局',
      cadrePhone: '13700000001',
    });
    const twice = await send('POST', '/api/v1/pairings', admin, {
      cadreId: second,
      householdId: household,
      from: '2026-02-01',
    });
    expect(code(twice)).toBe('PAIRING_EXISTS');
    const future = await send('POST', '/api/v1/pairings', admin, {
      cadreId: second,
      householdId: household,
      from: '2027-01-01',
    });
    expect(future.statusCode).toBe(422);
    expect(
      (
        await send('POST', '/api/v1/pairings', inspector, {
          cadreId: second,
          householdId: household,
          from: '2026-02-01',
        })
      ).statusCode,
    ).toBe(403);

    // The household's cadre fields are the pairing's: an equal value is no change, another is refused.
    const current = await page();
    const same = await send('PATCH', `/api/v1/households/${household}`, admin, {
      version: current.version,
      cadreName: '周干部',
    });
    expect(same.statusCode).toBe(200);
    const other = await send('PATCH', `/api/v1/households/${household}`, admin, {
      version: (await page()).version,
      cadreName: '别人',
    });
    expect(other.statusCode).toBe(422);
    expect(code(other)).toBe('CADRE_BY_PAIRING');

    const end = await send('POST', `/api/v1/pairings/${pairing}/end`, admin, {
      date: '2026-05-31',
      reason: '工作调动',
    });
    expect(end.json()).toMatchObject({ open: false, to: '2026-05-31', endReason: '工作调动' });
    expect(await page()).toMatchObject({ cadreName: null, cadreUnit: null, cadrePhone: null });
    expect(
      code(await send('POST', `/api/v1/pairings/${pairing}/end`, admin, { date: '2026-05-31', reason: 'x' })),
    ).toBe('PAIRING_ENDED');
    await pairHousehold(app, admin.cookie, { cadreId: second, householdId: household, from: '2026-06-01' });
    expect((await page()).cadreName).toBe('吴干部');

    const history = (await send('GET', `/api/v1/pairings?householdId=${household}`, admin)).json<{
      items: { cadreId: number; open: boolean }[];
    }>();
    expect(history.items.map((p) => [p.cadreId, p.open])).toEqual([
      [second, true],
      [first, false],
    ]);
    const cadre = (await send('GET', `/api/v1/cadres/${second}`, admin)).json<{
      load: number;
      pairings: unknown[];
      phone: string;
    }>();
    expect(cadre).toMatchObject({ load: 1, phone: '13700000002' });
    expect(
      (await send('GET', `/api/v1/cadres/${second}`, inspector)).json<{ phone: string }>().phone,
    ).toContain('*');
    const changes = (await send('GET', `/api/v1/households/${household}/history`, admin)).json<{
      items: { field: string }[];
    }>();
    expect(changes.items.filter((c) => c.field === 'cadreName').length).toBe(3);
    const org = (await send('GET', `/api/v1/villages/${VILLAGE}/organisation`, admin)).json<{
      households: { paired: number };
    }>();
    expect(org.households.paired).toBeGreaterThanOrEqual(1);
  });

  it('refuses a login that already has a cadre, and an unknown one', async () => {
    const user = await loginAs(app, [{ role: 'paired_cadre', regionCode: COUNTY }]);
    await createCadre(app, admin.cookie, { regionCode: COUNTY, userId: user.userId });
    const again = await send('POST', '/api/v1/cadres', admin, {
      regionCode: COUNTY,
      name: '重复',
      userId: user.userId,
    });
    expect(code(again)).toBe('USER_HAS_CADRE');
    const none = await send('POST', '/api/v1/cadres', admin, {
      regionCode: COUNTY,
      name: '无人',
      userId: 999999,
    });
    expect(code(none)).toBe('NO_SUCH_USER');
  });
});
