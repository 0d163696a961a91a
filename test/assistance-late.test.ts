import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { shellActor, type Actor } from '../src/modules/auth/actor.ts';
import { createCase } from '../src/modules/cases/commands/create-case.ts';
import type { Decision } from '../src/modules/cases/guard.ts';
import { lockCases } from '../src/modules/cases/repo.ts';
import { scheduleStepTimers, startOfDay } from '../src/modules/cases/timers.ts';
import { stepOf } from '../src/modules/cases/transitions.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import type { CreateHouseholdInput } from '../src/modules/registry/schemas.ts';
import { auditedWrite, insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { call } from './support/assistance.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { fireDue } from './support/jobs.ts';
import { insertOutsideRegions } from './support/notice-fixtures.ts';
import { createTestServer, TEST_TODAY } from './support/server.ts';

/**
 * The one-month rule (issue 11 §5, issue 13 §4): the cases' `cases.assistance_due` timer, driven by runDueJobs
 * at chosen days, flags a household with no measure in force by its due day — once — and the late list shows it
 * until its problem is solved. Cases are opened by the real command and registered by SQL (with its audit row)
 * as a fixture, as in test/case-timers.test.ts.
 */
const COUNTY = '371324000000';
const TOWN = '371324106000';
const VILLAGE = '371324106201';
const shell = shellActor('test');
const clerk: Actor = {
  userId: null,
  username: 'clerk',
  source: 'api',
  grants: [
    { role: 'village_cadre', regionCode: VILLAGE },
    { role: 'town_official', regionCode: TOWN },
  ],
  requestId: null,
};

let db: TestDb;
let app: App;
let admin: LoggedIn;
let outsider: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  await insertOutsideRegions(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  outsider = await loginAs(app, [{ role: 'county_admin', regionCode: '371302000000' }]);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

/** Timers due after the test server's today (2026-06-30) fire only when the test says (support/jobs.ts). */
const runOn = (day: string) => fireDue(app.db, app.config, startOfDay(day));

/** A household registered by an identification decided on `decidedOn`; returns the household and the case. */
async function registered(decidedOn: string): Promise<{ householdId: number; caseId: number }> {
  const input = householdInput(VILLAGE) as CreateHouseholdInput;
  const householdId = await db.transaction((tx) => createHousehold(tx, shell, input, TEST_TODAY));
  const body = {
    type: 'identification' as const,
    householdId,
    year: 2020,
    reason: '测试',
    date: '2026-01-05',
  };
  const caseId = await db.transaction((tx) => createCase(tx, clerk, body, TEST_TODAY));
  await db.transaction(async (tx) => {
    const [before] = await lockCases(tx, [caseId]);
    const decision = {
      step: stepOf('identification', 'county_review', 'county_approve')!,
      grant: { role: 'county_admin', regionCode: VILLAGE },
      outcome: 'completed',
      facts: {},
    } as Decision;
    await tx.query(
      `UPDATE cases SET stage = 'registered', outcome = 'completed', closed_on = $2, version = version + 1
       WHERE id = $1`,
      [caseId, decidedOn],
    );
    await recordAudit(tx, shell, {
      action: 'test.move',
      entity: 'case',
      entityId: caseId,
      regionCode: VILLAGE,
    });
    await scheduleStepTimers(tx, [{ case: before!, decision }], decidedOn);
  });
  return { householdId, caseId };
}

const measure = (householdId: number, startOn: string, endOn?: string) =>
  call(app, admin, 'POST', '/api/v1/assistance', {
    householdId,
    year: 2026,
    category: 'employment',
    description: '推荐到县城工厂务工',
    startOn,
    ...(endOn ? { endOn } : {}),
  });

const problemsOf = (householdId: number) =>
  db.query<{ id: number; category: string; source: string; sourceKey: string; state: string }>(
    `SELECT id::int, category, source, source_key AS "sourceKey", state FROM problems WHERE household_id = $1`,
    [householdId],
  );

describe('the one-month rule', () => {
  it('flags a household without a measure by its due day, once, and lists it until solved', async () => {
    const late = await registered('2026-06-15');
    const helped = await registered('2026-06-15');
    const before = await registered('2026-06-15');
    const tooLate = await registered('2026-06-15');
    expect((await measure(helped.householdId, '2026-07-01')).statusCode).toBe(201);
    expect((await measure(before.householdId, '2026-06-01', '2026-12-31')).statusCode).toBe(201);
    expect((await measure(tooLate.householdId, '2026-07-20')).statusCode).toBe(201);
    // An ended measure is no help now.
    expect((await measure(late.householdId, '2025-01-01', '2025-12-31')).statusCode).toBe(201);

    await runOn('2026-07-14');
    expect(await problemsOf(late.householdId)).toEqual([]);
    await runOn('2026-07-15');
    expect(await problemsOf(late.householdId)).toEqual([
      expect.objectContaining({
        category: 'other',
        source: 'procedure',
        sourceKey: `assistance:${late.caseId}`,
        state: 'open',
      }),
    ]);
    expect(await problemsOf(tooLate.householdId)).toHaveLength(1);
    expect(await problemsOf(helped.householdId)).toEqual([]);
    expect(await problemsOf(before.householdId)).toEqual([]);

    const list = await call(app, admin, 'GET', `/api/v1/assistance/late?region=${COUNTY}`);
    expect(list.statusCode).toBe(200);
    const items = list.json().items as {
      householdId: number;
      caseId: number;
      decidedOn: string;
      measuresSince: number;
    }[];
    expect(items.map((i) => i.householdId).sort()).toEqual([late.householdId, tooLate.householdId].sort());
    expect(items.find((i) => i.householdId === tooLate.householdId)).toMatchObject({
      caseId: tooLate.caseId,
      decidedOn: '2026-06-15',
      measuresSince: 1,
    });

    // Solved (a fixture: the problems module's action needs its evidence), it leaves the list.
    const [problem] = await problemsOf(late.householdId);
    await auditedWrite(db, `UPDATE problems SET state = 'solved', solved_on = '2026-06-30' WHERE id = $1`, [
      problem!.id,
    ]);
    const after = (await call(app, admin, 'GET', `/api/v1/assistance/late?region=${VILLAGE}`)).json();
    expect(after.items.map((i: { householdId: number }) => i.householdId)).toEqual([tooLate.householdId]);
    expect((await call(app, outsider, 'GET', `/api/v1/assistance/late?region=${COUNTY}`)).statusCode).toBe(
      404,
    );
  });

  it('opens nothing twice when the timer fires again', async () => {
    const late = await registered('2026-06-20');
    await runOn('2026-07-20');
    const [job] = await db.query<{ payload: unknown }>(`SELECT payload FROM jobs WHERE key = $1`, [
      `cases.assistance_due:${late.caseId}`,
    ]);
    const { flagLateAssistance } = await import('../src/modules/assistance/flag.ts');
    const again = await db.transaction((tx) =>
      flagLateAssistance(tx, shell, late.caseId, (job!.payload as { dueOn: string }).dueOn, '2026-07-21'),
    );
    expect(again).toEqual({ flagged: null, decidedOn: '2026-06-20' });
    expect(await problemsOf(late.householdId)).toHaveLength(1);
  });
});
