import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';
import { CHECKS, pair, seedCadre } from './support/visits.ts';

/**
 * A phone's offline queue synced at once (issue 13, "Speed and reliability"): 200 visits made without network
 * arrive together; then the connection drops half-way and the phone sends everything again.
 */
const COUNTY = '371324000000';
const VILLAGE = '371324106201';

let db: TestDb;
let app: App;
let cadre: LoggedIn;
const households: number[] = [];

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  cadre = await loginAs(app, [{ role: 'paired_cadre', regionCode: COUNTY }]);
  const cadreId = await seedCadre(db, COUNTY, cadre.userId);
  for (let i = 0; i < 5; i++) {
    const { id } = await seedHousehold(app, undefined, householdInput(VILLAGE));
    await pair(db, cadreId, id);
    households.push(id);
  }
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

const queue = (prefix: string) =>
  Array.from({ length: 200 }, (_, i) => ({
    clientId: `${prefix}-${String(i).padStart(3, '0')}-0123456789`,
    householdId: households[i % households.length]!,
    at: new Date(Date.UTC(2026, 5, 1 + (i % 28), 1, i % 60)).toISOString(),
    position: { lat: 34.85, lng: 118.05, accuracy: 15 },
    checks: CHECKS,
    notes: `离线走访 ${i}`,
  }));
const send = (payload: object) =>
  app.inject({ method: 'POST', url: '/api/v1/visits', payload, headers: { cookie: cadre.cookie } });
const stored = async (prefix: string) =>
  (
    await db.query<{ n: number; distinct: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT client_id)::int AS distinct FROM visits WHERE client_id LIKE $1`,
      [`${prefix}-%`],
    )
  )[0]!;

describe('an offline queue synced at once', () => {
  it('stores 200 visits sent together, each once', async () => {
    const visits = queue('burst');
    const answers = await Promise.all(visits.map(send));
    expect(answers.map((a) => a.statusCode)).toEqual(visits.map(() => 201));
    expect(await stored('burst')).toEqual({ n: 200, distinct: 200 });
  });

  it('loses nothing and stores nothing twice when the connection drops half-way', async () => {
    const visits = queue('drop');
    // The first half reached the server; the phone never saw the answers, so it sends the whole queue again.
    await Promise.all(visits.slice(0, 100).map(send));
    const answers = await Promise.all(visits.map(send));
    expect(answers.slice(0, 100).map((a) => a.statusCode)).toEqual(Array(100).fill(200));
    expect(answers.slice(100).map((a) => a.statusCode)).toEqual(Array(100).fill(201));
    expect(await stored('drop')).toEqual({ n: 200, distinct: 200 });
    // Each answer is the visit of its own clientId.
    expect(answers.map((a) => a.json().clientId)).toEqual(visits.map((v) => v.clientId));
  });

  it('two identical requests racing store one visit', async () => {
    const [visit] = queue('race');
    const answers = await Promise.all([send(visit!), send(visit!), send(visit!)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await stored('race')).toEqual({ n: 1, distinct: 1 });
  });
});
