import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { kickRunners } from '../src/modules/jobs/runner.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { auditedWrite, loginAs, type LoggedIn } from './support/auth.ts';
import { getCaseView, openCase, seedExitReady, walkCase, type CaseStaff } from './support/cases.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

const COUNTY = '371324000000';
const TOWN = '371324106000';
const V1 = '371324106202';
const V2 = '371324106203';
const OTHER_COUNTY = '371302000000';

let db: TestDb;
let app: App;
let staff: CaseStaff; // village V1, its town, the county
let otherVillage: string;
let otherStaff: CaseStaff; // of a village of 兰山区

interface Result {
  id: number;
  ok: boolean;
  code: string | null;
}

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  await loadRegions(db, { county: '371302' });
  app = await createTestServer(db);
  const [row] = await db.query<{ code: string }>(
    `SELECT code FROM regions WHERE level = 5 AND code LIKE '371302%' ORDER BY code LIMIT 1`,
  );
  otherVillage = row!.code;
  staff = {
    village_cadre: await loginAs(app, [{ role: 'village_cadre', regionCode: V1 }]),
    town_official: await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]),
    county_admin: await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]),
  };
  otherStaff = {
    village_cadre: await loginAs(app, [{ role: 'village_cadre', regionCode: otherVillage }]),
    town_official: await loginAs(app, [
      { role: 'town_official', regionCode: otherVillage.slice(0, 9) + '000' },
    ]),
    county_admin: await loginAs(app, [{ role: 'county_admin', regionCode: OTHER_COUNTY }]),
  };
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

/** An exit case of a household that meets the criteria (unless `perCapita`/`facts` say otherwise), at `stage`. */
async function exitCase(
  stage: string,
  options: { who?: CaseStaff; village?: string; opened?: string; perCapita?: number; facts?: object } = {},
) {
  const who = options.who ?? staff;
  const householdId = await seedExitReady(
    app,
    who.village_cadre,
    options.village ?? V1,
    options.perCapita,
    options.facts as Record<string, unknown>,
  );
  const opened = await openCase(app, who.village_cadre, {
    type: 'exit',
    householdId,
    date: options.opened ?? '2026-05-01',
  });
  return { householdId, view: await walkCase(app, who, opened.id, stage) };
}

function bulk(who: LoggedIn, payload: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: '/api/v1/cases/bulk', headers: { cookie: who.cookie }, payload });
}

async function state(id: number) {
  const [c] = await db.query<{ stage: string; version: number; outcome: string | null }>(
    'SELECT stage, version, outcome FROM cases WHERE id = $1',
    [id],
  );
  const [e] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_events WHERE case_id = $1', [
    id,
  ]);
  const [a] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'case' AND entity_id = $1::text`,
    [String(id)],
  );
  return { ...c!, events: e!.n, audits: a!.n };
}

const codes = (results: Result[]) => Object.fromEntries(results.map((r) => [r.id, r.code]));

describe('bulk county approval', () => {
  it('approves the cases that pass and answers each refused one with its code, leaving it as it was', async () => {
    const passA = await exitCase('county_review');
    const passB = await exitCase('county_review');
    // Re-visited after the notice: food is no longer secure — the approval checks the criteria again.
    const relapsed = await exitCase('county_review');
    await auditedWrite(db, 'UPDATE household_years SET food_secure = false WHERE household_id = $1', [
      relapsed.householdId,
    ]);
    const early = await exitCase('village_notice');
    // Reached county review on 2026-06-30: an approval dated the 25th would come before it.
    const late = await exitCase('county_review', { opened: '2026-06-20' });
    const closed = await exitCase('proposed');
    const withdraw = await app.inject({
      method: 'POST',
      url: `/api/v1/cases/${closed.view.id}/actions`,
      headers: { cookie: staff.village_cadre.cookie },
      payload: {
        action: 'withdraw',
        version: closed.view.version,
        date: '2026-05-02',
        reason: '农户撤回申请',
      },
    });
    expect(withdraw.statusCode).toBe(200);
    const elsewhere = await exitCase('county_review', { who: otherStaff, village: otherVillage });

    const refused = [relapsed, early, late, closed, elsewhere].map((c) => c.view.id);
    const before = new Map(await Promise.all(refused.map(async (id) => [id, await state(id)] as const)));
    const ids = [passA, passB, relapsed, early, late, closed, elsewhere].map((c) => c.view.id);
    const res = await bulk(staff.county_admin, {
      caseIds: [...ids, 99_999_999],
      action: 'county_approve',
      date: '2026-06-25',
      comment: '县级审定',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ results: Result[]; jobId: number | null }>();
    expect(body.jobId).toBeNull();
    expect(body.results.map((r) => r.id)).toEqual([...ids, 99_999_999]);
    expect(codes(body.results)).toEqual({
      [passA.view.id]: null,
      [passB.view.id]: null,
      [relapsed.view.id]: 'CRITERIA_NOT_MET',
      [early.view.id]: 'WRONG_STAGE',
      [late.view.id]: 'DATE_INVALID',
      [closed.view.id]: 'WRONG_STAGE',
      [elsewhere.view.id]: 'NOT_FOUND',
      99_999_999: 'NOT_FOUND',
    });
    for (const r of body.results) if (!r.ok) expect(r).toHaveProperty('message.zh');

    for (const id of refused) expect(await state(id)).toEqual(before.get(id));
    for (const c of [passA, passB]) {
      const view = (await getCaseView(app, staff.county_admin, c.view.id)).json();
      expect(view).toMatchObject({ stage: 'exited', outcome: 'completed', version: c.view.version + 1 });
      expect(view.events.at(-1)).toMatchObject({
        action: 'county_approve',
        actorRole: 'county_admin',
        date: '2026-06-25',
        comment: '县级审定',
      });
      const [audit] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.county_approve' AND entity_id = $1`,
        [String(c.view.id)],
      );
      expect(audit!.n).toBe(1);
      const [year] = await db.query<{ status: string }>(
        'SELECT status FROM household_years WHERE household_id = $1 AND year = 2020',
        [c.householdId],
      );
      expect(year!.status).toBe('02');
    }
  });

  it('refuses a role that may not take the step, case by case', async () => {
    const c = await exitCase('county_review');
    const res = await bulk(staff.town_official, { caseIds: [c.view.id], action: 'county_approve' });
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toEqual([
      expect.objectContaining({ id: c.view.id, ok: false, code: 'FORBIDDEN' }),
    ]);
    expect((await state(c.view.id)).stage).toBe('county_review');
  });
});

describe('bulk steps of the village', () => {
  it('ends the notices whose period is over and holds those not over or under objection', async () => {
    const due = await exitCase('village_notice');
    // Posted on 2026-06-23: the notice runs to the 30th.
    const recent = await exitCase('village_notice', { opened: '2026-06-20' });
    const objected = await exitCase('village_notice');
    await auditedWrite(
      db,
      `INSERT INTO objections (case_id, notice_id, source, content, received_on)
       SELECT case_id, id, 'staff', '该户收入情况不实', posted_on FROM notices
       WHERE case_id = $1 AND ended_on IS NULL`,
      [objected.view.id],
    );
    const ofV2 = await exitCase('village_notice', {
      who: { ...staff, village_cadre: await loginAs(app, [{ role: 'village_cadre', regionCode: V2 }]) },
      village: V2,
    });
    const ids = [due, recent, objected, ofV2].map((c) => c.view.id);
    const res = await bulk(staff.village_cadre, { caseIds: ids, action: 'end_notice', date: '2026-06-29' });
    expect(res.statusCode).toBe(200);
    expect(codes(res.json().results)).toEqual({
      [due.view.id]: null,
      [recent.view.id]: 'NOTICE_NOT_ELAPSED',
      [objected.view.id]: 'OBJECTION_OPEN',
      [ofV2.view.id]: 'NOT_FOUND',
    });
    expect((await state(due.view.id)).stage).toBe('county_review');
    for (const c of [recent, objected]) expect((await state(c.view.id)).stage).toBe('village_notice');
  });

  it('verifies the households whose facts meet the criteria and names what is missing or failing', async () => {
    const good = await exitCase('proposed');
    const poor = await exitCase('proposed', { perCapita: 2_000 });
    const unassessed = await exitCase('proposed', { facts: { foodSecure: null } });
    const res = await bulk(staff.village_cadre, {
      caseIds: [good.view.id, poor.view.id, unassessed.view.id],
      action: 'verify',
      date: '2026-05-02',
    });
    expect(codes(res.json().results)).toEqual({
      [good.view.id]: null,
      [poor.view.id]: 'CRITERIA_NOT_MET',
      [unassessed.view.id]: 'EVIDENCE_MISSING',
    });
    const signed = await bulk(staff.village_cadre, {
      caseIds: [good.view.id],
      action: 'sign',
      date: '2026-05-03',
    });
    // The signature is evidence: a bulk step without it is refused for each case.
    expect(signed.json().results[0]).toMatchObject({ ok: false, code: 'EVIDENCE_MISSING' });
  });
});

describe('choosing the cases', () => {
  it('takes the open cases a filter selects within the caller’s scope only', async () => {
    const mine = await exitCase('county_review');
    const elsewhere = await exitCase('county_review', { who: otherStaff, village: otherVillage });
    const res = await bulk(staff.county_admin, {
      filter: { regionCode: V1, type: 'exit', stage: 'county_review' },
      action: 'county_approve',
    });
    expect(res.statusCode).toBe(200);
    const ids = res.json<{ results: Result[] }>().results.map((r) => r.id);
    expect(ids).toContain(mine.view.id);
    expect(ids).not.toContain(elsewhere.view.id);
    expect((await state(elsewhere.view.id)).stage).toBe('county_review');
    const outside = await bulk(staff.county_admin, {
      filter: { regionCode: otherVillage, type: 'exit', stage: 'county_review' },
      action: 'county_approve',
    });
    expect(outside.statusCode).toBe(404);
  });

  it('wants either ids or a filter', async () => {
    const both = await bulk(staff.county_admin, {
      caseIds: [1],
      filter: { regionCode: V1, type: 'exit', stage: 'county_review' },
      action: 'county_approve',
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.code).toBe('VALIDATION');
    const neither = await bulk(staff.county_admin, { action: 'county_approve' });
    expect(neither.statusCode).toBe(400);
  });
});

describe('more than 1,000 cases', () => {
  interface Job {
    status: string;
    progress: { done: number; total: number };
    result: { total: number; ok: number; counts: Record<string, number>; refused: Record<string, number[]> };
  }
  async function settled(id: number, who: LoggedIn): Promise<Job> {
    for (let i = 0; i < 600; i += 1) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/jobs/${id}`,
        headers: { cookie: who.cookie },
      });
      expect(res.statusCode).toBe(200);
      const job = res.json<Job>();
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`job ${id} did not finish`);
  }

  it('run as a job with progress, whose summary counts each code; run again, it moves nothing twice', async () => {
    const cases = [await exitCase('county_review'), await exitCase('county_review')];
    const relapsed = await exitCase('county_review');
    await auditedWrite(db, 'UPDATE household_years SET food_secure = false WHERE household_id = $1', [
      relapsed.householdId,
    ]);
    const real = [...cases, relapsed].map((c) => c.view.id);
    // 1,001 ids: past the limit, so the real path of a job; the ids that name no case answer NOT_FOUND.
    const absent = Array.from({ length: 998 }, (_, i) => 90_000_000 + i);
    const res = await bulk(staff.county_admin, {
      caseIds: [...real, ...absent],
      action: 'county_approve',
      date: '2026-06-28',
    });
    expect(res.statusCode).toBe(202);
    const { results, jobId } = res.json<{ results: Result[]; jobId: number }>();
    expect(results).toEqual([]);
    const job = await settled(jobId, staff.county_admin);
    expect(job.status).toBe('done');
    expect(job.progress).toEqual({ done: 1001, total: 1001 });
    expect(job.result).toEqual({
      total: 1001,
      ok: 2,
      counts: { CRITERIA_NOT_MET: 1, NOT_FOUND: 998 },
      refused: { CRITERIA_NOT_MET: [relapsed.view.id], NOT_FOUND: absent },
    });
    const after = await Promise.all(real.map(state));
    expect(after.map((s) => s.stage)).toEqual(['exited', 'exited', 'county_review']);

    // As the runner does after a crash: the job is queued again and runs from the start.
    await db.query(`UPDATE jobs SET status = 'queued', worker = NULL WHERE id = $1`, [jobId]);
    kickRunners();
    const again = await settled(jobId, staff.county_admin);
    expect(again.result.ok).toBe(0);
    expect(again.result.counts).toEqual({ WRONG_STAGE: 2, CRITERIA_NOT_MET: 1, NOT_FOUND: 998 });
    expect(await Promise.all(real.map(state))).toEqual(after);
  });
});
