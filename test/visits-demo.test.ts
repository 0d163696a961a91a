import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { seedDemoVisits } from '../src/modules/visits/demo.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';
import { pair, seedCadre, seedTeam } from './support/visits.ts';

const COUNTY = '371324000000';
const VILLAGE = '371324106201';

let db: TestDb;
let app: App;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  const cadres = [
    await seedCadre(db, COUNTY, null),
    await seedCadre(db, COUNTY, null),
    await seedCadre(db, COUNTY, null),
  ];
  await seedTeam(db, VILLAGE, cadres, '2025-01-01');
  for (let i = 0; i < 3; i++) {
    const { id } = await seedHousehold(app, undefined, householdInput(VILLAGE));
    await pair(db, cadres[i]!, id, '2025-01-01');
  }
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('the demo year of presence and visits', () => {
  it('checks the team in on most working days and visits each paired household monthly, once', async () => {
    const context = { county: COUNTY, today: '2026-06-30' };
    const line = await seedDemoVisits(db, shellActor('demo'), context);
    const [counts] = await db.query<{
      checkins: number;
      weekend: number;
      visits: number;
      households: number;
    }>(
      `SELECT (SELECT count(*)::int FROM checkins) AS checkins,
              (SELECT count(*)::int FROM checkins WHERE extract(isodow FROM day) >= 6) AS weekend,
              (SELECT count(*)::int FROM visits) AS visits,
              (SELECT count(DISTINCT household_id)::int FROM visits) AS households`,
    );
    // 3 members × ~250 working days × 4/5
    expect(counts!.checkins).toBeGreaterThan(500);
    expect(counts!.checkins).toBeLessThan(3 * 260);
    expect(counts!.weekend).toBe(0);
    expect(counts!.households).toBe(3);
    expect(counts!.visits).toBeGreaterThanOrEqual(3 * 11);
    expect(counts!.visits).toBeLessThanOrEqual(3 * 13);
    expect(line).toContain(String(counts!.visits));
    await seedDemoVisits(db, shellActor('demo'), context);
    const [again] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM visits');
    expect(again!.n).toBe(counts!.visits);
  });
});
