import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createCadre, pairHousehold } from './support/casework.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { memberInput, poorHouseholdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';

/**
 * A paired cadre end to end: a user with the paired_cadre role and a cadre record of that login sees exactly
 * the households of their open pairings (personal data unmasked), any other household is not there (404),
 * and ending the pairing or revoking the grant ends it.
 */
const VILLAGE = '371324106201';
const COUNTY = '371324000000';
let db: TestDb;
let app: App;
let admin: LoggedIn;
let cadreUser: LoggedIn;
let paired: number[];
let other: number;
let pairingIds: number[];

const get = (url: string, who: LoggedIn) =>
  app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  cadreUser = await loginAs(app, [{ role: 'paired_cadre', regionCode: COUNTY }]);
  const households = [];
  for (let i = 0; i < 3; i++)
    households.push((await seedHousehold(app, admin, poorHouseholdInput(VILLAGE))).id);
  paired = households.slice(0, 2);
  other = households[2]!;
  const cadreId = await createCadre(app, admin.cookie, { regionCode: COUNTY, userId: cadreUser.userId });
  pairingIds = [
    await pairHousehold(app, admin.cookie, { cadreId, householdId: paired[0]!, from: '2026-01-05' }),
    await pairHousehold(app, admin.cookie, {
      userId: cadreUser.userId,
      householdId: paired[1]!,
      from: '2026-01-05',
    }),
  ];
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('a paired cadre', () => {
  it('lists exactly their paired households, personal data unmasked', async () => {
    const res = await get(`/api/v1/households?region=${VILLAGE}`, cadreUser);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: { id: number }[]; total: number }>();
    expect(body.items.map((h) => h.id).sort()).toEqual([...paired].sort());
    expect(body.total).toBe(2);
    const page = await get(`/api/v1/households/${paired[0]}`, cadreUser);
    expect(page.statusCode).toBe(200);
    expect(page.json<{ phone: string }>().phone).toBe('13812345678');
    const head = page.json<{ members: { idNumber: string }[] }>().members[0]!;
    expect(head.idNumber).not.toContain('*');
  });

  it('finds any other household of the same village not there', async () => {
    for (const path of ['', '/history', '/assessments'])
      expect((await get(`/api/v1/households/${other}${path}`, cadreUser)).statusCode).toBe(404);
    expect((await get(`/api/v1/households/${paired[0]}/history`, cadreUser)).statusCode).toBe(200);
    const join = (id: number) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/households/${id}/members`,
        headers: { cookie: cadreUser.cookie },
        payload: {
          version: 1,
          event: 'birth',
          eventDate: '2026-06-01',
          member: memberInput('07', '2', 2026),
        },
      });
    expect((await join(other)).statusCode).toBe(404);
    // Their own household they read, but the roster is the village's to write.
    expect((await join(paired[0]!)).statusCode).toBe(403);
  });

  it("reads the pairings of their households (the household page's responsible cadre), no other", async () => {
    const ofHousehold = async (id: number) =>
      (await get(`/api/v1/pairings?householdId=${id}`, cadreUser)).json<{
        items: { id: number; open: boolean }[];
      }>().items;
    expect(await ofHousehold(paired[0]!)).toMatchObject([{ id: pairingIds[0], open: true }]);
    expect(await ofHousehold(other)).toEqual([]);
    const all = await get(`/api/v1/pairings?region=${VILLAGE}`, cadreUser);
    expect(
      all
        .json<{ items: { id: number }[] }>()
        .items.map((p) => p.id)
        .sort(),
    ).toEqual([...pairingIds].sort());
  });

  it('reads their own cadre record', async () => {
    const res = await get('/api/v1/cadres/me', cadreUser);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ load: number; phone: string }>()).toMatchObject({ load: 2, phone: '13900001111' });
    expect((await get('/api/v1/cadres/me', admin)).json<{ error: { code: string } }>().error.code).toBe(
      'NO_CADRE_RECORD',
    );
  });

  it('loses a household when its pairing ends', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/pairings/${pairingIds[1]}/end`,
      headers: { cookie: admin.cookie },
      payload: { date: '2026-06-01', reason: '干部调整' },
    });
    expect(res.statusCode).toBe(200);
    expect((await get(`/api/v1/households/${paired[1]}`, cadreUser)).statusCode).toBe(404);
    const list = (await get(`/api/v1/households?region=${VILLAGE}`, cadreUser)).json<{
      items: { id: number }[];
    }>();
    expect(list.items.map((h) => h.id)).toEqual([paired[0]]);
  });

  it('loses every household when the grant is revoked', async () => {
    const user = await get(`/api/v1/users/${cadreUser.userId}`, admin);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${cadreUser.userId}`,
      headers: { cookie: admin.cookie },
      payload: {
        version: user.json<{ user: { version: number } }>().user.version,
        grants: [{ role: 'contributor', regionCode: COUNTY }],
      },
    });
    expect(res.statusCode).toBe(200);
    expect((await get(`/api/v1/households/${paired[0]}`, cadreUser)).statusCode).toBe(404);
    const list = await get(`/api/v1/households?region=${VILLAGE}`, cadreUser);
    expect(list.statusCode).toBe(404);
  });
});
