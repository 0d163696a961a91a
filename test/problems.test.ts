import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { pairCadre, problemStatsDrift } from './support/problems.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';

/** 问题清单 (issue 13 §3) through the API: recording, the steps and who may take them, the list and the board. */
const VILLAGE = '371324106201';
const TOWN = '371324106000';
const COUNTY = '371324000000';
const OTHER_COUNTY = '371302000000';

let db: TestDb;
let app: App;
let county: LoggedIn;
let town: LoggedIn;
let village: LoggedIn;
let paired: LoggedIn;
let stranger: LoggedIn;
let householdId: number;
let unpairedId: number;
let cadreId: number;

beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  app = await createTestServer(db);
  county = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  town = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
  village = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
  paired = await loginAs(app, [{ role: 'paired_cadre', regionCode: COUNTY }]);
  stranger = await loginAs(app, [{ role: 'county_admin', regionCode: OTHER_COUNTY }]);
  householdId = (await seedHousehold(app, undefined, poorHouseholdInput(VILLAGE))).id;
  unpairedId = (await seedHousehold(app, undefined, poorHouseholdInput(VILLAGE))).id;
  cadreId = await pairCadre(db, VILLAGE, householdId, paired.userId);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const post = (who: LoggedIn, url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers: { cookie: who.cookie } });
const get = (who: LoggedIn, url: string) =>
  app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

async function record(who: LoggedIn, body: Record<string, unknown> = {}): Promise<number> {
  const res = await post(who, '/api/v1/problems', {
    householdId,
    category: 'medical',
    description: '家庭成员未参加城乡居民医保',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function step(who: LoggedIn, id: number, body: Record<string, unknown>) {
  const version = (await get(county, `/api/v1/problems/${id}`)).json().version;
  return post(who, `/api/v1/problems/${id}/actions`, { version, date: '2026-06-30', ...body });
}

const evidence = { documentNo: '兰医保〔2026〕12号', date: '2026-06-29' };

describe('recording a problem', () => {
  it('owns it to the paired cadre, dues it by the rules, and shows it in the lists', async () => {
    const id = await record(village);
    const detail = (await get(village, `/api/v1/problems/${id}`)).json();
    expect(detail).toMatchObject({
      householdId,
      regionCode: VILLAGE,
      source: 'manual',
      owner: { kind: 'cadre', id: cadreId, name: '张帮扶' },
      due: '2026-07-30',
      state: 'open',
      overdue: false,
      handlerRegionCode: VILLAGE,
      handlerLevel: 'village',
      version: 1,
      openedOn: '2026-06-30',
      actions: ['start', 'solve'],
    });
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['open']);
    const list = (await get(county, `/api/v1/problems?region=${VILLAGE}&householdId=${householdId}`)).json();
    expect(list.items.map((p: { id: number }) => p.id)).toContain(id);
    expect(list.total).toBe(list.items.length);
    const burden = await db.query(`SELECT action FROM burden_entries WHERE action = 'problem.create'`);
    expect(burden.length).toBeGreaterThan(0);
  });

  it('records a village problem, and refuses junk, a past due date, an unknown owner and a household out of reach', async () => {
    const res = await post(village, '/api/v1/problems', {
      villageCode: VILLAGE,
      category: 'water',
      description: '自来水管网老化',
      due: '2026-09-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    const both = await post(village, '/api/v1/problems', { category: 'water', description: 'x' });
    expect(both.json().error.code).toBe('HOUSEHOLD_OR_VILLAGE');
    const past = await post(village, '/api/v1/problems', {
      householdId,
      category: 'water',
      description: 'x',
      due: '2026-06-01',
    });
    expect([past.statusCode, past.json().error.code]).toEqual([422, 'DATE_INVALID']);
    const owner = await post(village, '/api/v1/problems', {
      householdId,
      category: 'water',
      description: 'x',
      ownerCadreId: 999999,
    });
    expect([owner.statusCode, owner.json().error.code]).toEqual([422, 'UNKNOWN_OWNER']);
    const junk = await post(village, '/api/v1/problems', {
      householdId,
      category: 'nonsense',
      description: '',
    });
    expect(junk.statusCode).toBe(400);
    const away = await post(stranger, '/api/v1/problems', {
      householdId,
      category: 'water',
      description: 'x',
    });
    expect(away.statusCode).toBe(404);
    const unpaired = await post(paired, '/api/v1/problems', {
      householdId: unpairedId,
      category: 'water',
      description: 'x',
    });
    expect(unpaired.statusCode).toBe(404);
  });
});

describe('the steps', () => {
  it('goes open → in progress → solved (with evidence) → confirmed by the level above, and reopens with a reason', async () => {
    const id = await record(village);
    expect((await step(village, id, { action: 'start' })).statusCode).toBe(200);
    const bare = await step(village, id, { action: 'solve' });
    expect([bare.statusCode, bare.json().error.code]).toEqual([422, 'EVIDENCE_REQUIRED']);
    const solved = await step(village, id, { action: 'solve', evidence, note: '已办理参保' });
    expect(solved.json()).toMatchObject({ state: 'solved', solvedOn: '2026-06-30', version: 3 });
    // The village may not confirm its own work; the town may.
    expect((await step(village, id, { action: 'confirm' })).statusCode).toBe(403);
    expect((await get(town, `/api/v1/problems/${id}`)).json().actions).toEqual(['confirm', 'reopen']);
    const confirmed = await step(town, id, { action: 'confirm' });
    expect(confirmed.json()).toMatchObject({ state: 'confirmed', confirmedOn: '2026-06-30' });
    const noReason = await step(county, id, { action: 'reopen' });
    expect([noReason.statusCode, noReason.json().error.code]).toEqual([422, 'REASON_REQUIRED']);
    const reopened = await step(county, id, { action: 'reopen', note: '回访发现仍未参保' });
    expect(reopened.json()).toMatchObject({
      state: 'open',
      solvedOn: null,
      confirmedOn: null,
      due: '2026-07-30',
      handlerRegionCode: VILLAGE,
    });
    expect(reopened.json().events.map((e: { action: string }) => e.action)).toEqual([
      'open',
      'start',
      'solve',
      'confirm',
      'reopen',
    ]);
    const audits = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'problem' AND entity_id = $1 ORDER BY id`,
      [String(id)],
    );
    expect(audits.map((a) => a.action)).toEqual([
      'problem.open',
      'problem.start',
      'problem.solve',
      'problem.confirm',
      'problem.reopen',
    ]);
  });

  it('refuses a stale version, a wrong state, a date in the future or before the last step, and a self-confirmation', async () => {
    const id = await record(village);
    const stale = await post(village, `/api/v1/problems/${id}/actions`, {
      action: 'start',
      version: 7,
      date: '2026-06-30',
    });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const wrong = await step(town, id, { action: 'confirm' });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([422, 'WRONG_STATE']);
    const future = await step(village, id, { action: 'start', date: '2026-07-01' });
    expect([future.statusCode, future.json().error.code]).toEqual([422, 'DATE_INVALID']);
    const before = await step(village, id, { action: 'start', date: '2026-06-29' });
    expect([before.statusCode, before.json().error.code]).toEqual([422, 'DATE_INVALID']);
    const notADay = await step(village, id, { action: 'start', date: '2026-02-30' });
    expect([notADay.statusCode, notADay.json().error.code]).toEqual([422, 'DATE_INVALID']);
    // A town official who solves it may not confirm it too.
    expect((await step(town, id, { action: 'solve', evidence })).statusCode).toBe(200);
    const self = await step(town, id, { action: 'confirm' });
    expect([self.statusCode, self.json().error.code]).toEqual([403, 'SELF_CONFIRM']);
    expect((await step(county, id, { action: 'confirm' })).statusCode).toBe(200);
  });

  it('lets the paired cadre start and solve their household’s problems but never confirm', async () => {
    const id = await record(paired, { category: 'income', description: '务工收入下降' });
    expect((await get(paired, `/api/v1/problems/${id}`)).json().actions).toEqual(['start', 'solve']);
    expect((await step(paired, id, { action: 'start' })).statusCode).toBe(200);
    const solved = await step(paired, id, { action: 'solve', evidence });
    expect(solved.json()).toMatchObject({ state: 'solved', actions: [] });
    expect((await step(paired, id, { action: 'confirm' })).statusCode).toBe(403);
    const other = await record(village, { householdId: unpairedId });
    expect((await get(paired, `/api/v1/problems/${other}`)).statusCode).toBe(404);
    const mine = (await get(paired, '/api/v1/problems')).json();
    expect(mine.items.every((p: { householdId: number }) => p.householdId === householdId)).toBe(true);
    expect((await get(stranger, `/api/v1/problems/${id}`)).statusCode).toBe(404);
    expect((await get(stranger, '/api/v1/problems')).json().total).toBe(0);
  });
});

describe('the board', () => {
  it('counts per region from the maintained figures, equal to the counts from scratch', async () => {
    const board = (await get(county, `/api/v1/problems/board?region=${COUNTY}`)).json();
    const [counted] = await db.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE state = 'open')::int AS open,
              count(*) FILTER (WHERE state = 'in_progress')::int AS "inProgress",
              count(*) FILTER (WHERE state = 'solved')::int AS solved,
              count(*) FILTER (WHERE state = 'confirmed')::int AS confirmed,
              count(*) FILTER (WHERE overdue)::int AS overdue FROM problems`,
    );
    expect(board.totals).toEqual(counted);
    expect(board.byRegion).toEqual([{ code: TOWN, name: '车辋镇', ...counted }]);
    const townBoard = (await get(town, `/api/v1/problems/board?region=${TOWN}`)).json();
    expect(townBoard.byRegion).toEqual([{ code: VILLAGE, name: '测试村', ...counted }]);
    expect((await get(stranger, `/api/v1/problems/board?region=${COUNTY}`)).statusCode).toBe(404);
    expect(await problemStatsDrift(db)).toEqual([]);
  });
});
