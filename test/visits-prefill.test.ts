import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';
import { CHECKS } from './support/visits.ts';

/** A visit's burden is judged by the server from what it holds (issue 13): never from a list the client sends. */
const VILLAGE = '371324106201';

let db: TestDb;
let app: App;
let cadre: LoggedIn;
let household: number;
let seq = 0;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
  // The household's year says its water is not secure; nothing is recorded of the other guarantees.
  const input = householdInput(VILLAGE);
  household = (
    await seedHousehold(app, undefined, { ...input, facts: { ...input.facts, waterSecure: false } })
  ).id;
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

const visit = (extra: Record<string, unknown>) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/visits',
    headers: { cookie: cadre.cookie },
    payload: {
      clientId: `prefill-${process.pid}-${++seq}-abcdef`,
      householdId: household,
      at: '2026-06-30T09:40:00+08:00',
      position: { lat: 34.85, lng: 118.05, accuracy: 12 },
      notes: '家中一切正常',
      ...extra,
    },
  });
const lastEntry = async () =>
  (
    await db.query<{ typed: number; prefilled: number }>(
      `SELECT typed, prefilled FROM burden_entries WHERE action = 'visit.create' ORDER BY id DESC LIMIT 1`,
    )
  )[0];
const entries = async () =>
  (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM burden_entries'))[0]!.n;

describe('the burden of a visit', () => {
  it('counts a check left as the household’s facts had it as pre-filled, with what the phone filled in', async () => {
    const res = await visit({ checks: { ...CHECKS, water: false } });
    expect(res.statusCode, res.body).toBe(201);
    // The phone's five (household, time, latitude, longitude, accuracy) and the six checks as held; the notes typed.
    expect(await lastEntry()).toEqual({ typed: 1, prefilled: 11 });
  });

  it('counts a changed check as typed: water seen secure now, medical no longer', async () => {
    const res = await visit({ checks: { ...CHECKS, medical: false } });
    expect(res.statusCode, res.body).toBe(201);
    expect(await lastEntry()).toEqual({ typed: 3, prefilled: 9 });
  });

  it('takes no list of pre-filled fields from the client: refused, nothing recorded', async () => {
    const before = await entries();
    const res = await visit({ checks: CHECKS, prefilled: ['notes', 'checks.water'] });
    expect(res.statusCode).toBe(400);
    expect(await entries()).toBe(before);
  });
});
