import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { HOLIDAYS_2026 } from '../src/modules/portal/calendar/holidays.ts';
import { COUNTRY } from '../src/modules/regions/region-code.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createCadre, pairHousehold } from './support/casework.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';
import { CHECKS } from './support/visits.ts';

/**
 * A work team's June 2026 through the HTTP API (the test clock's today is 2026-06-30): a team of three in a
 * village, the deployment's calendar of 2026 holidays, check-ins on chosen days, visits to the households the
 * members are paired with, then the month's and the year's attendance against the province's rule — half
 * the working days, or 220 days a year once the province sets it. A member of another village's team reaches
 * nothing here.
 *
 * The calendar of 2026 (portal/calendar/holidays.ts, the State Council's notice): June has 21 working days
 * (22 weekdays, less the Dragon Boat Festival on Friday 19 June); January–June 120; the whole year 248.
 */
const COUNTY = '371324000000';
const VILLAGE = '371324106201';
const OTHER_VILLAGE = '371324106202';
const JUNE_WORKING_DAYS = 21;
const HALF_YEAR_WORKING_DAYS = 120;
const YEAR_WORKING_DAYS = 248;

let db: TestDb;
let app: App;
let admin: LoggedIn;
let sysadmin: LoggedIn;
/** The team: a leader, a first secretary and a member, each a login with a cadre record. */
const team = {} as Record<'leader' | 'secretary' | 'member', { login: LoggedIn; cadreId: number }>;
/** A member of the other village's team. */
let stranger: LoggedIn;
let households: { leader: number; member: number };
let seq = 0;

const send = (who: LoggedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });
const created = async (who: LoggedIn, url: string, payload: object): Promise<{ id: number }> => {
  const res = await send(who, 'POST', url, payload);
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json();
};

/** The working days of June 2026 (the calendar's: weekdays, less 19 June). */
const JUNE = Array.from({ length: 30 }, (_, i) => `2026-06-${String(i + 1).padStart(2, '0')}`).filter(
  (day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()) && day !== '2026-06-19',
);
const NEAR = { lat: 34.85, lng: 118.05, accuracy: 20 };

const checkIn = (who: LoggedIn, at: string, extra: Record<string, unknown> = {}) =>
  send(who, 'POST', '/api/v1/checkins', {
    clientId: `month-checkin-${++seq}`,
    at,
    position: NEAR,
    ...extra,
  });
async function checkInOn(who: LoggedIn, days: string[], time = '08:30:00') {
  for (const day of days) {
    const res = await checkIn(who, `${day}T${time}+08:00`);
    expect(res.statusCode, res.body).toBe(201);
  }
}

const visit = (who: LoggedIn, householdId: number, at: string, extra: object = {}) =>
  send(who, 'POST', '/api/v1/visits', {
    clientId: `month-visit-${++seq}`,
    householdId,
    at,
    position: NEAR,
    checks: CHECKS,
    ...extra,
  });

/**
 * The team's June: the leader in the village every working day; the member eleven days (half of 21, rounded
 * up), one of them twice; the first secretary ten, one short — the tenth checked in at 23:30 UTC on 9 June,
 * which is 10 June in China time. The leader visits their household twice, the member theirs once and finds a
 * problem.
 */
async function liveTheMonth() {
  await checkInOn(team.leader.login, JUNE);
  await checkInOn(team.member.login, JUNE.slice(0, 11));
  await checkInOn(team.member.login, [JUNE[0]!], '17:45:00');
  await checkInOn(
    team.secretary.login,
    JUNE.slice(0, 10).filter((d) => d !== '2026-06-10'),
  );
  const late = await checkIn(team.secretary.login, '2026-06-09T23:30:00Z');
  expect(late.statusCode, late.body).toBe(201);
  for (const at of ['2026-06-03T10:00:00+08:00', '2026-06-24T15:30:00+08:00'])
    expect((await visit(team.leader.login, households.leader, at)).statusCode).toBe(201);
  const found = await visit(team.member.login, households.member, '2026-06-10T10:00:00+08:00', {
    checks: { ...CHECKS, water: false },
    problems: [{ category: 'water', description: '自来水管冻裂，饮水不便' }],
  });
  expect(found.statusCode, found.body).toBe(201);
  expect(found.json().problemIds).toHaveLength(1);
}

interface Attendance {
  cadreId: number;
  teamId: number;
  villageCode: string;
  days: number;
  workingDays: number;
  requiredDays: number;
  met: boolean;
}
async function attendance(who: LoggedIn, query: string): Promise<Map<number, Attendance>> {
  const res = await send(who, 'GET', `/api/v1/attendance?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return new Map(res.json<{ items: Attendance[] }>().items.map((i) => [i.cadreId, i]));
}
const figures = (a: Attendance | undefined) =>
  a && { days: a.days, workingDays: a.workingDays, requiredDays: a.requiredDays, met: a.met };

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  await db.query(
    `INSERT INTO regions (code, level, parent_code, name) VALUES ($1, 5, '371324106000', '邻村')`,
    [OTHER_VILLAGE],
  );
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  sysadmin = await loginAs(app, [{ role: 'system_admin', regionCode: COUNTRY }]);
  for (const day of HOLIDAYS_2026) {
    const res = await send(sysadmin, 'PUT', `/api/v1/calendar/${day.day}`, {
      workday: day.workday,
      name: day.name,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  const roles = { leader: 'work_team', secretary: 'first_secretary', member: 'work_team' } as const;
  const names = { leader: '刘队长', secretary: '陈书记', member: '孙队员' };
  for (const key of ['leader', 'secretary', 'member'] as const) {
    const login = await loginAs(app, [{ role: roles[key], regionCode: VILLAGE }]);
    const cadreId = await createCadre(app, admin.cookie, {
      regionCode: COUNTY,
      name: names[key],
      userId: login.userId,
    });
    team[key] = { login, cadreId };
  }
  await created(admin, '/api/v1/teams', {
    villageCode: VILLAGE,
    termFrom: '2026-01-01',
    termTo: '2028-01-01',
    members: [
      { cadreId: team.leader.cadreId, role: 'leader' },
      { cadreId: team.secretary.cadreId, role: 'first_secretary' },
      { cadreId: team.member.cadreId, role: 'member' },
    ],
  });
  stranger = await loginAs(app, [{ role: 'work_team', regionCode: OTHER_VILLAGE }]);
  const others = [
    await createCadre(app, admin.cookie, { regionCode: COUNTY, name: '邻村队长' }),
    await createCadre(app, admin.cookie, { regionCode: COUNTY, name: '邻村书记' }),
    await createCadre(app, admin.cookie, { regionCode: COUNTY, name: '邻村队员', userId: stranger.userId }),
  ];
  await created(admin, '/api/v1/teams', {
    villageCode: OTHER_VILLAGE,
    termFrom: '2026-01-01',
    termTo: '2028-01-01',
    members: others.map((cadreId, i) => ({
      cadreId,
      role: (['leader', 'first_secretary', 'member'] as const)[i]!,
    })),
  });
  // The registry's households the members are paired with (a poor household's standing is seeded).
  households = {
    leader: (await seedHousehold(app, admin, poorHouseholdInput(VILLAGE))).id,
    member: (await seedHousehold(app, admin, poorHouseholdInput(VILLAGE))).id,
  };
  for (const key of ['leader', 'member'] as const)
    await pairHousehold(app, admin.cookie, {
      cadreId: team[key].cadreId,
      householdId: households[key],
      from: '2026-01-01',
    });
  await liveTheMonth();
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe("a work team's month", () => {
  it('counts a day in China time and keeps the position of a check-in far away', async () => {
    const late = await send(
      admin,
      'GET',
      `/api/v1/checkins?cadreId=${team.secretary.cadreId}&from=2026-06-10&to=2026-06-10`,
    );
    expect(late.json().items).toEqual([
      expect.objectContaining({ at: '2026-06-09T23:30:00.000Z', day: '2026-06-10', villageCode: VILLAGE }),
    ]);
    // The phone's position is kept with the check-in; the village has no position on record to judge it by,
    // so a check-in far away (Beijing) is on the list for whoever checks the log. Here on a day already counted.
    const far = await checkIn(team.member.login, `${JUNE[1]}T12:00:00+08:00`, {
      position: { lat: 39.9, lng: 116.4, accuracy: 15 },
    });
    expect(far.statusCode).toBe(201);
    expect(far.json()).toMatchObject({ villageCode: VILLAGE, position: { lat: 39.9, lng: 116.4 } });
  });

  it("refuses a member of another village's team here; their own village counts them", async () => {
    const here = await checkIn(stranger, `${JUNE[2]}T09:00:00+08:00`, { villageCode: VILLAGE });
    expect(here.statusCode).toBe(422);
    expect(here.json().error.code).toBe('NOT_TEAM_VILLAGE');
    const own = await checkIn(stranger, `${JUNE[2]}T09:00:00+08:00`);
    expect(own.json()).toMatchObject({ villageCode: OTHER_VILLAGE });
    const counted = [...(await attendance(stranger, 'year=2026&month=6')).values()];
    expect(counted.map((a) => [a.villageCode, a.days])).toEqual([
      [OTHER_VILLAGE, 0],
      [OTHER_VILLAGE, 0],
      [OTHER_VILLAGE, 1],
    ]);
    // Their scope is their village: this village's attendance and check-ins are not theirs to read.
    expect((await attendance(stranger, `region=${VILLAGE}&year=2026&month=6`)).size).toBe(0);
    const theirs = await send(stranger, 'GET', `/api/v1/checkins?region=${VILLAGE}`);
    expect(theirs.json().total).toBe(0);
  });

  it('visits the paired households; the village reads them, the other village finds nothing', async () => {
    const list = await send(team.secretary.login, 'GET', `/api/v1/visits?householdId=${households.leader}`);
    expect(list.json().total).toBe(2);
    expect(list.json().items.map((v: { at: string }) => v.at)).toEqual([
      '2026-06-24T07:30:00.000Z',
      '2026-06-03T02:00:00.000Z',
    ]);
    expect(list.json().items[0].cadre.name).toBe('刘队长');
    const county = await send(admin, 'GET', `/api/v1/visits?region=${VILLAGE}`);
    expect(county.json().total).toBe(3);

    const mine = await send(team.leader.login, 'GET', '/api/v1/my/households');
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        householdId: households.leader,
        lastVisitAt: '2026-06-24T07:30:00.000Z',
        nextVisitDue: '2026-07-24',
        openProblems: 0,
      }),
    ]);
    const member = await send(team.member.login, 'GET', '/api/v1/my/households');
    expect(member.json().items[0]).toMatchObject({ householdId: households.member, openProblems: 1 });

    const id = list.json().items[0].id;
    expect((await send(stranger, 'GET', `/api/v1/visits/${id}`)).statusCode).toBe(404);
    expect(
      (await send(stranger, 'GET', `/api/v1/visits?householdId=${households.leader}`)).json().total,
    ).toBe(0);
    const refused = await visit(stranger, households.leader, '2026-06-25T10:00:00+08:00');
    expect(refused.json().error.code).toBe('NOT_FOUND');
    expect(refused.statusCode).toBe(404);
  });

  it("counts June's days in the village against half the working days", async () => {
    expect(JUNE).toHaveLength(JUNE_WORKING_DAYS);
    const june = await attendance(admin, `region=${VILLAGE}&year=2026&month=6`);
    expect(june.size).toBe(3);
    const rule = { workingDays: JUNE_WORKING_DAYS, requiredDays: 11 };
    expect(figures(june.get(team.leader.cadreId))).toEqual({ days: 21, ...rule, met: true });
    expect(figures(june.get(team.member.cadreId))).toEqual({ days: 11, ...rule, met: true });
    expect(figures(june.get(team.secretary.cadreId))).toEqual({ days: 10, ...rule, met: false });
    // The team's own leader reads the same figures.
    expect(
      figures((await attendance(team.leader.login, 'year=2026&month=6')).get(team.member.cadreId)),
    ).toEqual(figures(june.get(team.member.cadreId)));
    // May: no check-ins, 19 working days (31 days, 21 weekdays, 1–5 May off, Saturday 9 May worked).
    const may = await attendance(admin, `region=${VILLAGE}&year=2026&month=5`);
    expect(figures(may.get(team.leader.cadreId))).toEqual({
      days: 0,
      workingDays: 19,
      requiredDays: 10,
      met: false,
    });
  });

  it('counts the year so far: half the working days by default, 220 days a year once the province sets it', async () => {
    const year = await attendance(admin, `region=${VILLAGE}&year=2026`);
    expect(figures(year.get(team.leader.cadreId))).toEqual({
      days: 21,
      workingDays: HALF_YEAR_WORKING_DAYS,
      requiredDays: HALF_YEAR_WORKING_DAYS / 2,
      met: false,
    });
    const settings = await send(sysadmin, 'GET', '/api/v1/settings/procedures');
    const { defaults, west, provinces } = settings.json();
    const saved = await send(sysadmin, 'PUT', '/api/v1/settings/procedures', {
      defaults,
      west,
      provinces: { ...provinces, '37': { casework: { residentDaysPerYear: 220 } } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // 220 of the year's 248 working days, in proportion to the 120 gone by: ⌈220 × 120 / 248⌉ = 107.
    const set = await attendance(admin, `region=${VILLAGE}&year=2026`);
    expect(figures(set.get(team.leader.cadreId))).toEqual({
      days: 21,
      workingDays: HALF_YEAR_WORKING_DAYS,
      requiredDays: Math.ceil((220 * HALF_YEAR_WORKING_DAYS) / YEAR_WORKING_DAYS),
      met: false,
    });
    expect(figures(set.get(team.leader.cadreId))!.requiredDays).toBe(107);
    // A month is still counted by the share of its working days.
    const june = await attendance(admin, `region=${VILLAGE}&year=2026&month=6`);
    expect(june.get(team.secretary.cadreId)!.requiredDays).toBe(11);
  });
});
