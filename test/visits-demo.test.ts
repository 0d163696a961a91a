import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { seedDemoVisits } from '../src/modules/visits/demo.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';
import { pair, seedCadre, seedTeam } from './support/visits.ts';

const COUNTY = '371324000000';
const VILLAGE = '371324106201';

let db: TestDb;
let app: App;
/** The first cadre's login (a team member and a paired cadre); the two others have none. */
let member: LoggedIn;
const context = { county: COUNTY, today: '2026-06-30' };
let line: string;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  member = await loginAs(app, [{ role: 'work_team', regionCode: VILLAGE }]);
  const cadres = [
    await seedCadre(db, COUNTY, member.userId),
    await seedCadre(db, COUNTY, null),
    await seedCadre(db, COUNTY, null),
  ];
  await seedTeam(db, VILLAGE, cadres, '2025-01-01');
  for (let i = 0; i < 3; i++) {
    const { id } = await seedHousehold(app, undefined, householdInput(VILLAGE));
    await pair(db, cadres[i]!, id, '2025-01-01');
  }
  line = await seedDemoVisits(db, shellActor('demo'), context);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('the demo year of presence and visits', () => {
  it('checks the team in on most working days and visits each paired household monthly, once', async () => {
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
    const metered = async () =>
      db.query<{ username: string; action: string; n: number; typed: number; prefilled: number }>(
        `SELECT username, action, count(*)::int AS n, sum(typed)::int AS typed, sum(prefilled)::int AS prefilled
         FROM burden_entries GROUP BY 1, 2 ORDER BY 2`,
      );
    const before = await metered();
    await seedDemoVisits(db, shellActor('demo'), context);
    const [again] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM visits');
    expect(again!.n).toBe(counts!.visits);
    expect(await metered()).toEqual(before);
  });

  it('meters what the cadre with a login did under their name, never under the shell that loaded it', async () => {
    const [own] = await db.query<{ checkins: number; visits: number }>(
      `SELECT (SELECT count(*)::int FROM checkins k JOIN cadres c ON c.id = k.cadre_id WHERE c.user_id = $1) AS checkins,
              (SELECT count(*)::int FROM visits WHERE user_id = $1) AS visits`,
      [member.userId],
    );
    expect(own!.visits).toBeGreaterThan(0);
    const entries = await db.query<{
      username: string;
      action: string;
      n: number;
      typed: number;
      prefilled: number;
    }>(
      `SELECT username, action, count(*)::int AS n, sum(typed)::int AS typed, sum(prefilled)::int AS prefilled
       FROM burden_entries GROUP BY 1, 2 ORDER BY 2`,
    );
    // A check-in is all the phone's (id, time, position); a visit's notes typed, its six checks as held.
    expect(entries).toEqual([
      {
        username: member.username,
        action: 'checkin.create',
        n: own!.checkins,
        typed: 0,
        prefilled: 5 * own!.checkins,
      },
      {
        username: member.username,
        action: 'visit.create',
        n: own!.visits,
        typed: own!.visits,
        prefilled: 11 * own!.visits,
      },
    ]);
  });
});
