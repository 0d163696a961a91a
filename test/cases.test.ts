import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import type { CaseView } from '../src/modules/cases/schemas.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import {
  getCaseView,
  inputsFor,
  openCase,
  PAPER,
  seedExitReady,
  takeStep,
  VOTES,
  walkCase,
  type CaseStaff,
} from './support/cases.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { createTestServer } from './support/server.ts';

/**
 * The procedures through the API, one step at a time: whole identification, exit, monitoring and risk
 * elimination runs write the household's standing; every refusal of the guard answers its code and changes
 * nothing (each test here fails without its guard); a user of another village, town or county neither sees
 * nor moves a case. The test server's today is 2026-06-30; cases are of 2020 and dated from 2026-05-01.
 */
const COUNTY = '371324000000';
const TOWN = '371324106000';
const VILLAGE = '371324106204';
const NEIGHBOUR = '371324106220';

let db: TestDb;
let app: App;
let staff: CaseStaff;
let neighbourCadre: LoggedIn;
let otherTownOfficial: LoggedIn;
let otherCounty: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  await loadRegions(db, { county: '371302' });
  app = await createTestServer(db);
  staff = {
    village_cadre: await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]),
    town_official: await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]),
    county_admin: await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]),
  };
  neighbourCadre = await loginAs(app, [{ role: 'village_cadre', regionCode: NEIGHBOUR }]);
  otherTownOfficial = await loginAs(app, [{ role: 'town_official', regionCode: '371324101000' }]);
  otherCounty = await loginAs(app, [{ role: 'county_admin', regionCode: '371302000000' }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

/** An ordinary household (type 00, no status) registered through the API, poor by income (3,000 < 4,000). */
async function applicant(overrides: Record<string, unknown> = {}): Promise<number> {
  const input = householdInput(VILLAGE, { housingRating: 'A', safeWater: true, ...overrides });
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/households',
    headers: { cookie: staff.village_cadre.cookie },
    payload: { ...input, facts: { ...input.facts, foodSecure: true, clothingSecure: true } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: number }>().id;
}

async function household(householdId: number) {
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/households/${householdId}?year=2020`,
    headers: { cookie: staff.county_admin.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ exitYear: number | null; facts: Record<string, unknown> }>();
}
const yearFacts = async (householdId: number) => (await household(householdId)).facts;

async function view(id: number): Promise<CaseView> {
  const res = await getCaseView(app, staff.county_admin, id);
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** Takes a step expected to be refused, and checks the case did not move. */
async function refused(
  who: LoggedIn,
  c: CaseView,
  body: Record<string, unknown>,
  status: number,
  code: string,
) {
  const res = await takeStep(app, who, c.id, { version: c.version, ...body });
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json<{ error: { code: string } }>().error.code).toBe(code);
  const after = await view(c.id);
  expect({ stage: after.stage, version: after.version, events: after.events.length }).toEqual({
    stage: c.stage,
    version: c.version,
    events: c.events.length,
  });
  return res.json<{
    error: { code: string; details: Record<string, unknown>; message: { zh: string; en: string } };
  }>().error;
}

describe('whole procedures write the standing', () => {
  it('identification: two notices and an announcement, then registered as poor with type, causes and standard', async () => {
    const id = await applicant();
    const opened = await openCase(app, staff.village_cadre, { type: 'identification', householdId: id });
    expect(opened.actions.map((a) => a.action)).toEqual(['appraise', 'withdraw']);
    const done = await walkCase(app, staff, opened.id, 'registered');
    expect(done.outcome).toBe('completed');
    expect(done.notices.map((n) => n.level)).toEqual(['village', 'town', 'announcement']);
    expect(done.events.map((e) => [e.action, e.actorRole])).toEqual([
      ['appraise', 'village_cadre'],
      ['verify', 'village_cadre'],
      ['post_notice', 'village_cadre'],
      ['end_notice', 'village_cadre'],
      ['town_approve', 'town_official'],
      ['end_notice', 'town_official'],
      ['county_approve', 'county_admin'],
    ]);
    const facts = await yearFacts(id);
    expect(facts).toMatchObject({ status: '01', householdType: '01', mainCause: '01' });
    expect(done.actions).toEqual([]);
  });

  it('exit: verified, signed, noticed and approved → exited (02) with the exit year', async () => {
    const id = await seedExitReady(app, undefined, VILLAGE);
    const c = await openCase(app, staff.village_cadre, { type: 'exit', householdId: id });
    const done = await walkCase(app, staff, c.id, 'exited');
    expect(done.outcome).toBe('completed');
    const after = await household(id);
    expect(after.facts.status).toBe('02');
    expect(after.exitYear).toBe(2020);
  });

  it('monitoring, then risk elimination: monitoring type and risks, then 风险已消除', async () => {
    const id = await seedExitReady(app, undefined, VILLAGE, 5_000, { status: '02' });
    const m = await openCase(app, staff.village_cadre, { type: 'monitoring', householdId: id });
    await walkCase(app, staff, m.id, 'monitored');
    expect(await yearFacts(id)).toMatchObject({
      monitoringType: '1',
      riskTypes: ['01'],
      monitoringState: '1',
    });
    const r = await openCase(app, staff.village_cadre, {
      type: 'risk_elimination',
      householdId: id,
      date: '2026-06-01',
    });
    const refusedVerify = await takeStep(app, staff.village_cadre, r.id, {
      action: 'verify',
      version: r.version,
      date: '2026-06-02',
      inputs: {},
    });
    // 5,000 per person is above the line (4,000) but inside the monitoring range (6,000): not yet eliminated.
    expect(refusedVerify.json().error.code).toBe('CRITERIA_NOT_MET');
    expect(refusedVerify.json().error.details.criteria[0]).toMatchObject({ code: 'INCOME_BELOW_LINE' });
    expect(refusedVerify.json().error.message.zh).toContain('6,000');
  });
});

describe('the guard refuses with a stable code and changes nothing', () => {
  it('WRONG_STAGE for a step the stage does not allow, 403 for a role that may not take it', async () => {
    const c = await openCase(app, staff.village_cadre, {
      type: 'identification',
      householdId: await applicant(),
    });
    await refused(staff.village_cadre, c, { action: 'verify', inputs: {} }, 422, 'WRONG_STAGE');
    await refused(
      staff.town_official,
      c,
      { action: 'appraise', inputs: inputsFor(['minutes']) },
      403,
      'FORBIDDEN',
    );
    await refused(
      staff.county_admin,
      c,
      { action: 'appraise', inputs: inputsFor(['minutes']) },
      403,
      'FORBIDDEN',
    );
  });

  it('409 for a stale version', async () => {
    const c = await openCase(app, staff.village_cadre, {
      type: 'identification',
      householdId: await applicant(),
    });
    const res = await takeStep(app, staff.village_cadre, c.id, {
      action: 'appraise',
      version: c.version + 1,
      inputs: inputsFor(['minutes']),
    });
    expect(res.statusCode).toBe(409);
    expect((await view(c.id)).stage).toBe('applied');
  });

  it('EVIDENCE_MISSING without the minutes or the votes, and a vote without a majority is refused', async () => {
    const c = await openCase(app, staff.village_cadre, {
      type: 'identification',
      householdId: await applicant(),
    });
    const missing = await refused(
      staff.village_cadre,
      c,
      { action: 'appraise', inputs: {} },
      422,
      'EVIDENCE_MISSING',
    );
    expect(missing.details.missing).toEqual(['minutes', 'minutes']);
    await refused(
      staff.village_cadre,
      c,
      { action: 'appraise', inputs: { minutes: PAPER, votes: { present: 10, for: 5, against: 5 } } },
      422,
      'INPUT_INVALID',
    );
    await refused(
      staff.village_cadre,
      c,
      { action: 'appraise', inputs: { minutes: { evidenceId: 999_999 }, votes: VOTES } },
      422,
      'INPUT_INVALID',
    );
  });

  it('EVIDENCE_MISSING at verify when the year’s income is unknown', async () => {
    const id = await applicant({
      facts: {
        householdType: '00',
        wageIncome: null,
        businessIncome: null,
        propertyIncome: null,
        transferIncome: null,
        businessCosts: null,
      },
    });
    const c = await walkCase(
      app,
      staff,
      (await openCase(app, staff.village_cadre, { type: 'identification', householdId: id })).id,
      'appraised',
    );
    const body = await refused(
      staff.village_cadre,
      c,
      { action: 'verify', date: '2026-05-03', inputs: inputsFor(['poverty_facts']) },
      422,
      'EVIDENCE_MISSING',
    );
    expect(body.details.missing).toContain('income_and_assessment');
  });

  it('NOTICE_NOT_ELAPSED before posted + 7 days; OBJECTION_OPEN until the objection is answered', async () => {
    const c = await walkCase(
      app,
      staff,
      (
        await openCase(app, staff.village_cadre, {
          type: 'exit',
          householdId: await seedExitReady(app, undefined, VILLAGE),
        })
      ).id,
      'village_notice',
    );
    const notice = c.notices.find((n) => n.endedOn === null)!;
    expect(notice.periodDays).toBe(7);
    const early = await refused(
      staff.village_cadre,
      c,
      { action: 'end_notice', date: c.stageSince, inputs: {} },
      422,
      'NOTICE_NOT_ELAPSED',
    );
    expect(early.details.endsOn).toBe(notice.endsOn);
    const objection = await app.inject({
      method: 'POST',
      url: `/api/v1/cases/${c.id}/objections`,
      headers: { cookie: staff.village_cadre.cookie },
      payload: { content: '该户家中有车辆，收入核算有误', date: c.stageSince },
    });
    expect(objection.statusCode, objection.body).toBe(201);
    const held = await view(c.id);
    await refused(
      staff.village_cadre,
      held,
      { action: 'end_notice', date: notice.endsOn, inputs: {} },
      422,
      'OBJECTION_OPEN',
    );
    const answer = await app.inject({
      method: 'POST',
      url: `/api/v1/objections/${objection.json().id}/answer`,
      headers: { cookie: staff.village_cadre.cookie },
      payload: {
        outcome: 'dismissed',
        answer: '经核实车辆为借用，不影响收入',
        date: notice.endsOn,
        version: 1,
      },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const ended = await takeStep(app, staff.village_cadre, c.id, {
      action: 'end_notice',
      version: (await view(c.id)).version,
      date: notice.endsOn,
      inputs: {},
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().stage).toBe('county_review');
  });

  it('an upheld objection sends the case back to verification', async () => {
    const c = await walkCase(
      app,
      staff,
      (
        await openCase(app, staff.village_cadre, {
          type: 'exit',
          householdId: await seedExitReady(app, undefined, VILLAGE),
        })
      ).id,
      'village_notice',
    );
    const objection = await app.inject({
      method: 'POST',
      url: `/api/v1/cases/${c.id}/objections`,
      headers: { cookie: staff.village_cadre.cookie },
      payload: { content: '该户仍有学生辍学', date: c.stageSince },
    });
    const answer = await app.inject({
      method: 'POST',
      url: `/api/v1/objections/${objection.json().id}/answer`,
      headers: { cookie: staff.village_cadre.cookie },
      payload: { outcome: 'upheld', answer: '属实，重新核实', date: c.stageSince, version: 1 },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const back = await view(c.id);
    expect(back.stage).toBe('proposed');
    expect(back.notices.every((n) => n.endedOn !== null)).toBe(true);
  });

  it('CRITERIA_NOT_MET at verify and again at county_approve, each failing criterion listed', async () => {
    const poorStill = await seedExitReady(app, undefined, VILLAGE, 3_000, { foodSecure: false });
    const c = await openCase(app, staff.village_cadre, { type: 'exit', householdId: poorStill });
    const body = await refused(
      staff.village_cadre,
      c,
      { action: 'verify', date: '2026-05-02', inputs: {} },
      422,
      'CRITERIA_NOT_MET',
    );
    const codes = (body.details.criteria as { code: string }[]).map((x) => x.code);
    expect(codes).toEqual(expect.arrayContaining(['INCOME_BELOW_LINE', 'GUARANTEE_NOT_MET']));
    expect(body.message.zh).toContain('4,000');

    // Facts that change after verification are checked again by the county's approval.
    const later = await walkCase(
      app,
      staff,
      (
        await openCase(app, staff.village_cadre, {
          type: 'exit',
          householdId: await seedExitReady(app, undefined, VILLAGE),
        })
      ).id,
      'county_review',
    );
    const h = await app.inject({
      method: 'GET',
      url: `/api/v1/households/${later.householdId}?year=2020`,
      headers: { cookie: staff.county_admin.cookie },
    });
    const corrected = await app.inject({
      method: 'PATCH',
      url: `/api/v1/households/${later.householdId}`,
      headers: { cookie: staff.county_admin.cookie },
      payload: {
        version: h.json().version,
        year: 2020,
        facts: { wageIncome: 6_000 },
        reason: '收入核算更正',
      },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const approval = await refused(
      staff.county_admin,
      later,
      { action: 'county_approve', inputs: {} },
      422,
      'CRITERIA_NOT_MET',
    );
    expect((approval.details.criteria as { code: string }[]).map((x) => x.code)).toEqual([
      'INCOME_BELOW_LINE',
    ]);

    // 扶真贫: a household above the line with every guarantee met is not poor; its identification is refused.
    const notPoor = await seedExitReady(app, undefined, VILLAGE, 10_000, {
      status: null,
      householdType: '00',
      mainCause: null,
    });
    const rich = await openCase(app, staff.village_cadre, { type: 'identification', householdId: notPoor });
    const verify = await refused(
      staff.village_cadre,
      await walkCase(app, staff, rich.id, 'appraised'),
      { action: 'verify', date: '2026-05-03', inputs: inputsFor(['poverty_facts']) },
      422,
      'CRITERIA_NOT_MET',
    );
    expect((verify.details.criteria as { code: string }[])[0]!.code).toBe('NOT_POOR');
  });

  it('DATE_INVALID for a day in the future or before the previous step', async () => {
    const c = await openCase(app, staff.village_cadre, {
      type: 'identification',
      householdId: await applicant(),
    });
    for (const date of ['2026-07-01', '2026-04-30', '2026-02-30'])
      await refused(
        staff.village_cadre,
        c,
        { action: 'appraise', date, inputs: inputsFor(['minutes']) },
        422,
        'DATE_INVALID',
      );
  });

  it('CASE_EXISTS for a second open case of a type; CASE_NOT_APPLICABLE for a type the standing excludes', async () => {
    const id = await applicant();
    await openCase(app, staff.village_cadre, { type: 'identification', householdId: id });
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: staff.village_cadre.cookie },
      payload: { type: 'identification', householdId: id, year: 2020, reason: '重复申请' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CASE_EXISTS');
    const exit = await app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: staff.village_cadre.cookie },
      payload: { type: 'exit', householdId: id, year: 2020, reason: '不是贫困户' },
    });
    expect(exit.statusCode).toBe(422);
    expect(exit.json().error.code).toBe('CASE_NOT_APPLICABLE');
  });

  it('reject and withdraw need a reason, end the case and keep its record', async () => {
    const c = await openCase(app, staff.village_cadre, {
      type: 'identification',
      householdId: await applicant(),
    });
    await refused(staff.village_cadre, c, { action: 'withdraw', inputs: {} }, 422, 'REASON_REQUIRED');
    const res = await takeStep(app, staff.town_official, c.id, {
      action: 'reject',
      version: c.version,
      reason: '申请材料不实',
      inputs: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'rejected', stage: 'applied', actions: [] });
    expect(res.json().events.at(-1)).toMatchObject({ action: 'reject', reason: '申请材料不实' });
  });
});

describe('scope: a user of another village, town or county neither sees nor moves a case', () => {
  it('answers 404 (never 403) and lists nothing of it', async () => {
    const c = await openCase(app, staff.village_cadre, {
      type: 'identification',
      householdId: await applicant(),
    });
    for (const outsider of [neighbourCadre, otherTownOfficial, otherCounty]) {
      expect((await getCaseView(app, outsider, c.id)).statusCode).toBe(404);
      const step = await takeStep(app, outsider, c.id, {
        action: 'appraise',
        version: c.version,
        inputs: inputsFor(['minutes']),
      });
      expect(step.statusCode).toBe(404);
      const list = await app.inject({
        method: 'GET',
        url: '/api/v1/cases?state=all&limit=200',
        headers: { cookie: outsider.cookie },
      });
      expect(list.json<{ items: { id: number }[] }>().items.map((i) => i.id)).not.toContain(c.id);
    }
    expect((await view(c.id)).version).toBe(c.version);
  });

  it('counts only the cases in the caller’s regions, by type and stage', async () => {
    const count = async (who: LoggedIn) => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/cases/counts',
        headers: { cookie: who.cookie },
      });
      expect(res.statusCode).toBe(200);
      const body = res.json<{ byStage: { type: string; stage: string; count: number }[] }>();
      return body.byStage.find((b) => b.type === 'identification' && b.stage === 'applied')?.count ?? 0;
    };
    const before = await count(staff.village_cadre);
    const outsiders = await Promise.all([neighbourCadre, otherCounty].map(count));
    await openCase(app, staff.village_cadre, { type: 'identification', householdId: await applicant() });
    expect(await count(staff.village_cadre)).toBe(before + 1);
    expect(await Promise.all([neighbourCadre, otherCounty].map(count))).toEqual(outsiders);
  });
});
