import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput, memberInput } from './support/factories.ts';
import { createTestServer } from './support/server.ts';

/**
 * An edit's burden is reckoned from the record the server holds (burden/record.ts heldUnchanged): the fields
 * that changed were typed, the other fields the record held were pre-filled — the same whether the client sends
 * the unchanged fields back or only the changes (as the console does).
 */
const VILLAGE = '371324106201';

let db: TestDb;
let app: App;
let cadre: LoggedIn;

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie: cadre.cookie }, ...(payload ? { payload } : {}) });

/**
 * Seven household fields typed; with the identification standard the server defaults, `relocated` (never
 * null: false unless said) and the village, ten held.
 */
const HOUSEHOLD = {
  naturalVillage: '东庄',
  groupName: '一组',
  phone: '13812345678',
  bankAccount: '6228480012345678',
  landArea: 2.5,
  housingArea: 120,
  safeWater: true,
};
/** A member's ten fields held. */
const memberFields = () => ({
  ...memberInput('01'),
  migrantWorkPlace: '青岛',
  migrantWorkMonths: 6,
  phone: '13912345678',
});

async function register(): Promise<{ id: number; version: number; memberId: number; member: object }> {
  const member = memberFields();
  const created = await call('POST', '/api/v1/households', {
    ...householdInput(VILLAGE, HOUSEHOLD),
    members: [member],
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: number }>().id;
  const page = await call('GET', `/api/v1/households/${id}`);
  const h = page.json<{ version: number; members: { id: number; version: number }[] }>();
  return { id, version: h.version, memberId: h.members[0]!.id, member };
}

const lastEntry = async (action: string) => {
  const [entry] = await db.query<{ typed: number; prefilled: number }>(
    `SELECT typed, prefilled FROM burden_entries WHERE action = $1 ORDER BY id DESC LIMIT 1`,
    [action],
  );
  return entry;
};

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('the burden of an edit', () => {
  it('counts a household sent back whole with two fields changed as 2 typed, 8 pre-filled', async () => {
    const h = await register();
    const res = await call('PATCH', `/api/v1/households/${h.id}`, {
      ...HOUSEHOLD,
      identificationStandard: '1',
      relocated: false,
      regionCode: VILLAGE,
      version: h.version,
      groupName: '三组',
      landArea: 3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await lastEntry('household.update')).toEqual({ typed: 2, prefilled: 8 });
  });

  it('counts the same when only the changes are sent, as the console does', async () => {
    const h = await register();
    const res = await call('PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      groupName: '三组',
      landArea: 3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await lastEntry('household.update')).toEqual({ typed: 2, prefilled: 8 });
  });

  it('counts a field cleared as typed, and a value sent again unchanged as no typing', async () => {
    const h = await register();
    const res = await call('PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      naturalVillage: null,
      phone: HOUSEHOLD.phone,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await lastEntry('household.update')).toEqual({ typed: 1, prefilled: 9 });
  });

  it('counts a member sent back whole with two fields changed as 2 typed, 8 pre-filled, and the same with the changes alone', async () => {
    const whole = await register();
    const sentWhole = await call('PATCH', `/api/v1/members/${whole.memberId}`, {
      ...whole.member,
      version: 1,
      education: '4',
      migrantWorkMonths: 8,
    });
    expect(sentWhole.statusCode, sentWhole.body).toBe(204);
    expect(await lastEntry('member.update')).toEqual({ typed: 2, prefilled: 8 });

    const changes = await register();
    const sentChanges = await call('PATCH', `/api/v1/members/${changes.memberId}`, {
      version: 1,
      education: '4',
      migrantWorkMonths: 8,
    });
    expect(sentChanges.statusCode, sentChanges.body).toBe(204);
    expect(await lastEntry('member.update')).toEqual({ typed: 2, prefilled: 8 });
  });
});
