import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';
import { seedCadre, seedTeam } from './support/visits.ts';

const COUNTY = '371324000000';
const VILLAGE = '371324106201';

let db: TestDb;
let app: App;
let member: LoggedIn;
let loner: LoggedIn;
let countyAdmin: LoggedIn;
let outsider: LoggedIn;
let memberCadre: number;
let seq = 0;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  member = await loginAs(app, [{ role: 'work_team', regionCode: VILLAGE }]);
  loner = await loginAs(app, [{ role: 'first_secretary', regionCode: VILLAGE }]);
  countyAdmin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  outsider = await loginAs(app, [{ role: 'county_admin', regionCode: '371302000000' }]);
  memberCadre = await seedCadre(db, COUNTY, member.userId, '李驻村');
  const others = [await seedCadre(db, COUNTY, null, '王队长'), await seedCadre(db, COUNTY, null, '赵书记')];
  await seedTeam(db, VILLAGE, [...others, memberCadre], '2026-01-01');
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

const checkin = (who: LoggedIn, at: string, extra: Record<string, unknown> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/checkins',
    headers: { cookie: who.cookie },
    payload: {
      clientId: `checkin-${++seq}-abcdef`,
      at,
      position: { lat: 34.85, lng: 118.05, accuracy: 20 },
      ...extra,
    },
  });
const get = (who: LoggedIn, url: string) =>
  app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM checkins'))[0]!.n;

describe('check-ins', () => {
  it('checks a team member in at the team village, once per clientId', async () => {
    const res = await checkin(member, '2026-06-01T08:30:00+08:00');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      cadreId: memberCadre,
      cadreName: '李驻村',
      villageCode: VILLAGE,
      day: '2026-06-01',
    });
    const before = await count();
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/checkins',
      headers: { cookie: member.cookie },
      payload: {
        clientId: res.json().clientId,
        at: '2026-06-01T08:30:00+08:00',
        position: { lat: 34.85, lng: 118.05, accuracy: 20 },
      },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(res.json());
    expect(await count()).toBe(before);
  });

  it('counts the day in China time', async () => {
    const res = await checkin(member, '2026-06-01T23:30:00Z');
    expect(res.json().day).toBe('2026-06-02');
  });

  it('refuses a future time, a login without a cadre record, and a village of no team without a choice', async () => {
    const future = await checkin(member, '2026-07-01T09:00:00+08:00');
    expect(future.statusCode).toBe(422);
    expect(future.json().error.code).toBe('FUTURE_TIME');
    const nobody = await checkin(countyAdmin, '2026-06-01T09:00:00+08:00');
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().error.code).toBe('NO_CADRE_RECORD');
    await seedCadre(db, COUNTY, loner.userId, '孤书记');
    const noTeam = await checkin(loner, '2026-06-01T09:00:00+08:00');
    expect(noTeam.statusCode).toBe(422);
    expect(noTeam.json().error.code).toBe('NO_TEAM');
    expect((await checkin(loner, '2026-06-01T09:00:00+08:00', { villageCode: VILLAGE })).statusCode).toBe(
      201,
    );
    const wrong = await checkin(member, '2026-06-03T09:00:00+08:00', { villageCode: '371324106202' });
    expect(wrong.statusCode).toBe(422);
  });

  it('lists check-ins in scope only', async () => {
    const own = await get(member, '/api/v1/checkins');
    expect(own.statusCode).toBe(200);
    expect(own.json().total).toBeGreaterThanOrEqual(2);
    expect(
      (await get(countyAdmin, `/api/v1/checkins?cadreId=${memberCadre}&from=2026-06-01&to=2026-06-01`)).json()
        .total,
    ).toBe(1);
    expect((await get(outsider, '/api/v1/checkins')).json().total).toBe(0);
  });

  it('attendance: days in the village against the share of working days', async () => {
    // Every working day of May 2026 from the 6th on (the calendar's holidays are not working days).
    const days: string[] = [];
    for (let d = 6; d <= 31; d++) {
      const day = `2026-05-${String(d).padStart(2, '0')}`;
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6) days.push(day);
    }
    for (const day of days) expect((await checkin(member, `${day}T08:00:00+08:00`)).statusCode).toBe(201);
    const res = await get(countyAdmin, '/api/v1/attendance?year=2026&month=5');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items).toHaveLength(3);
    const mine = items.find((i: { cadreId: number }) => i.cadreId === memberCadre);
    expect(mine.days).toBe(days.length);
    expect(mine.requiredDays).toBe(Math.ceil(0.5 * mine.workingDays));
    expect(mine.met).toBe(true);
    expect(items.find((i: { cadreId: number }) => i.cadreId !== memberCadre).met).toBe(false);
    const year = await get(countyAdmin, '/api/v1/attendance?year=2026');
    expect(year.json().items.find((i: { cadreId: number }) => i.cadreId === memberCadre).days).toBe(
      days.length + 2,
    );
    expect((await get(outsider, '/api/v1/attendance?year=2026')).json().items).toEqual([]);
  });
});
