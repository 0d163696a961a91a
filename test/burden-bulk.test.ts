import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { kickRunners } from '../src/modules/jobs/runner.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { auditedWrite, loginAs, type LoggedIn } from './support/auth.ts';
import { openCase, seedExitReady, walkCase, type CaseStaff } from './support/cases.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer, testClock } from './support/server.ts';

/**
 * The burden of a bulk case action (burden meter, cases/bulk-meter.ts): the request typed once, in the region
 * it answers to; every case it moved pre-filled in its village; a job's request counted once however often it
 * runs, at the server's clock.
 */
const COUNTY = '371324000000';
const TOWN = '371324106000';
const V1 = '371324106202';
const V2 = '371324106203';

let db: TestDb;
let app: App;
let staff: CaseStaff;

interface Entry {
  username: string;
  region: string;
  typed: number;
  prefilled: number;
  at: string;
}
/** The bulk entries recorded after the entry `since` (a test's own), by region. */
const entries = (since: number) =>
  db.query<Entry>(
    `SELECT username, region_code AS region, typed, prefilled, at FROM burden_entries
     WHERE id > $1 AND action = 'case.bulk.county_approve' ORDER BY region_code, id`,
    [since],
  );
const lastEntry = async () =>
  (await db.query<{ id: number }>(`SELECT coalesce(max(id), 0)::int AS id FROM burden_entries`))[0]!.id;
const brief = (list: Entry[]) => list.map(({ region, typed, prefilled }) => ({ region, typed, prefilled }));

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  staff = {
    village_cadre: await loginAs(app, [
      { role: 'village_cadre', regionCode: V1 },
      { role: 'village_cadre', regionCode: V2 },
    ]),
    town_official: await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]),
    county_admin: await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]),
  };
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

async function caseAt(stage: string, village = V1) {
  const householdId = await seedExitReady(app, staff.village_cadre, village);
  const opened = await openCase(app, staff.village_cadre, { type: 'exit', householdId, date: '2026-05-01' });
  return { householdId, id: (await walkCase(app, staff, opened.id, stage)).id };
}

const bulk = (who: LoggedIn, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/v1/cases/bulk', headers: { cookie: who.cookie }, payload });

describe('the burden of a bulk case action', () => {
  it('records the request typed once and each case moved as pre-filled in its village', async () => {
    const a = await caseAt('county_review');
    const b = await caseAt('county_review', V2);
    const relapsed = await caseAt('county_review');
    await auditedWrite(db, 'UPDATE household_years SET food_secure = false WHERE household_id = $1', [
      relapsed.householdId,
    ]);
    const since = await lastEntry();
    const res = await bulk(staff.county_admin, {
      caseIds: [a.id, b.id, relapsed.id],
      action: 'county_approve',
      date: '2026-06-25',
      comment: '县级审定',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ results: { ok: boolean }[] }>().results.map((r) => r.ok)).toEqual([true, true, false]);
    const at = testClock().toISOString();
    const who = staff.county_admin.username;
    // The request: action, date, comment and the cases chosen (one selection) typed, in the county (the
    // caller's grant); a case each in its village with the step's three fields pre-filled; the refused case
    // wrote nothing and costs nothing.
    expect((await entries(since)).map((e) => ({ ...e, at: new Date(e.at).toISOString() }))).toEqual([
      { username: who, region: COUNTY, typed: 4, prefilled: 0, at },
      { username: who, region: V1, typed: 0, prefilled: 3, at },
      { username: who, region: V2, typed: 0, prefilled: 3, at },
    ]);
  });

  it('counts a filter as typed and the date the server supplied as pre-filled', async () => {
    // The case refused in the test before still waits at county review: the filter selects it, refused again.
    await caseAt('county_review');
    const since = await lastEntry();
    const res = await bulk(staff.county_admin, {
      filter: { regionCode: TOWN, type: 'exit', stage: 'county_review' },
      action: 'county_approve',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ results: { ok: boolean }[] }>().results.map((r) => r.ok)).toEqual([false, true]);
    // The filter's three fields and the action typed; the date supplied.
    expect(brief(await entries(since))).toEqual([
      { region: TOWN, typed: 4, prefilled: 1 },
      { region: V1, typed: 0, prefilled: 2 },
    ]);
  });

  it('records nothing for a request refused as a whole', async () => {
    const since = await lastEntry();
    const both = await bulk(staff.county_admin, {
      caseIds: [1],
      filter: { regionCode: TOWN, type: 'exit', stage: 'county_review' },
      action: 'county_approve',
    });
    expect(both.statusCode).toBe(400);
    expect(await lastEntry()).toBe(since);
  });
});

describe('the burden of a bulk action run as a job', () => {
  async function settled(id: number): Promise<{ status: string; result: { ok: number } }> {
    for (let i = 0; i < 600; i += 1) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/jobs/${id}`,
        headers: { cookie: staff.county_admin.cookie },
      });
      const job = res.json<{ status: string; result: { ok: number } }>();
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`job ${id} did not finish`);
  }

  it('records the request with the job, the cases as they move, and nothing again on a rerun', async () => {
    const cases = [await caseAt('county_review'), await caseAt('county_review', V2)];
    const since = await lastEntry();
    // 1,001 ids: past the limit, so the real path of a job; the ids that name no case move nothing.
    const absent = Array.from({ length: 999 }, (_, i) => 90_000_000 + i);
    const res = await bulk(staff.county_admin, {
      caseIds: [...cases.map((c) => c.id), ...absent],
      action: 'county_approve',
    });
    expect(res.statusCode, res.body).toBe(202);
    const { jobId } = res.json<{ jobId: number }>();
    expect((await settled(jobId)).result.ok).toBe(2);
    const at = testClock().toISOString();
    const first = await entries(since);
    // The cases chosen and the action typed, the date supplied; each case moved pre-filled action and date.
    expect(brief(first)).toEqual([
      { region: COUNTY, typed: 2, prefilled: 1 },
      { region: V1, typed: 0, prefilled: 2 },
      { region: V2, typed: 0, prefilled: 2 },
    ]);
    expect(first.every((e) => new Date(e.at).toISOString() === at)).toBe(true);

    // As the runner does after a crash: run again, it moves nothing and types nothing twice.
    await db.query(`UPDATE jobs SET status = 'queued', worker = NULL WHERE id = $1`, [jobId]);
    kickRunners();
    expect((await settled(jobId)).result.ok).toBe(0);
    expect(await entries(since)).toEqual(first);
  });
});
