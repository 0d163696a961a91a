import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/app/config.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import type { Db } from '../src/db/types.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { shellActor, type Actor } from '../src/modules/auth/actor.ts';
import { actOnCases } from '../src/modules/cases/commands/act.ts';
import { createCase } from '../src/modules/cases/commands/create-case.ts';
import type { Decision } from '../src/modules/cases/guard.ts';
import { lockCases } from '../src/modules/cases/repo.ts';
import { ASSISTANCE_DUE, scheduleStepTimers, STAGE_LIMIT, startOfDay } from '../src/modules/cases/timers.ts';
import { stepOf, type CaseType } from '../src/modules/cases/transitions.ts';
import { runDueJobs } from '../src/modules/jobs/runner.ts';
import { scheduleJob } from '../src/modules/jobs/timers.ts';
import { systemActor } from '../src/modules/access/job-actor.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import type { CreateHouseholdInput } from '../src/modules/registry/schemas.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { TEST_TODAY } from './support/server.ts';

/**
 * The cases' deadlines (issue 11 §5), driven by runDueJobs at chosen days: nothing sleeps, nothing reads the
 * clock of the day. Cases are opened and moved by the real commands; a test that needs a stage the guard's
 * facts would take long to reach moves the case there by SQL, with its audit row, as a fixture.
 */
const VILLAGE = '371324106201';
const TOWN = '371324106000';
const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' });
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
const runOn = (db: Db, day: string) => runDueJobs(db, config, startOfDay(day));

async function household(db: Db): Promise<number> {
  const input = householdInput(VILLAGE) as CreateHouseholdInput;
  return db.transaction((tx) => createHousehold(tx, shell, input, TEST_TODAY));
}

async function open(db: Db, type: CaseType, date: string): Promise<number> {
  const householdId = await household(db);
  const body = { type, householdId, year: 2020, reason: '测试', date };
  return db.transaction((tx) => createCase(tx, clerk, body, TEST_TODAY));
}

async function caseFlags(db: Db, id: number) {
  const [row] = await db.query<{ overdue: boolean; escalatedTo: string | null; noticeReady: boolean }>(
    `SELECT overdue, escalated_to AS "escalatedTo", notice_ready AS "noticeReady" FROM cases WHERE id = $1`,
    [id],
  );
  return row!;
}

const audits = async (db: Db, id: number, action: string) =>
  (
    await db.query<{ actor: string; after: Record<string, unknown> }>(
      `SELECT actor, after FROM audit_log WHERE entity = 'case' AND entity_id = $1 AND action = $2 ORDER BY id`,
      [String(id), action],
    )
  ).map((r) => ({ actor: r.actor, after: r.after }));

/** Moves a case by SQL (a fixture), with the audit row the database requires. */
async function moveTo(db: Db, id: number, set: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`UPDATE cases SET ${set}, version = version + 1 WHERE id = $1`, [id]);
    await recordAudit(tx, shell, { action: 'test.move', entity: 'case', entityId: id, regionCode: VILLAGE });
  });
}

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
});
afterAll(() => db.dispose());

describe('deadlines of the cases', () => {
  it('flags a case overdue after its stage limit and escalates it to the level above, once', async () => {
    const id = await open(db, 'identification', '2026-04-01');
    await runOn(db, '2026-04-30');
    expect(await caseFlags(db, id)).toMatchObject({ overdue: false, escalatedTo: null });
    await runOn(db, '2026-05-01');
    // The village must appraise: its town sees the case.
    expect(await caseFlags(db, id)).toMatchObject({ overdue: true, escalatedTo: TOWN });
    const rows = await audits(db, id, 'case.overdue');
    expect(rows).toEqual([
      {
        actor: 'system',
        after: expect.objectContaining({ timer: 'stage_limit', dueOn: '2026-05-01', escalatedTo: TOWN }),
      },
    ]);
    // Fired again (a retry, a second runner): nothing changes a second time.
    const [job] = await db.query<{ payload: unknown }>(`SELECT payload FROM jobs WHERE key = $1`, [
      `${STAGE_LIMIT}:${id}`,
    ]);
    await scheduleJob(db, {
      kind: STAGE_LIMIT,
      key: `${STAGE_LIMIT}:${id}`,
      runAt: startOfDay('2026-05-01'),
      payload: job!.payload,
      actor: systemActor(VILLAGE),
      regionCode: VILLAGE,
      replace: true,
    });
    await runOn(db, '2026-05-02');
    expect(await audits(db, id, 'case.overdue')).toHaveLength(1);
  });

  it('re-times the limit at each step, clears the flag, and lets a stale timer do nothing', async () => {
    const id = await open(db, 'identification', '2026-04-01');
    const stale = await db.query<{ payload: unknown }>(`SELECT payload FROM jobs WHERE key = $1`, [
      `${STAGE_LIMIT}:${id}`,
    ]);
    const appraise = {
      action: 'appraise' as const,
      date: '2026-04-20',
      inputs: {
        minutes: { documentNo: '评议〔2026〕1号', date: '2026-04-20' },
        votes: { present: 20, for: 15, against: 2 },
      },
    };
    const [moved] = await db.transaction((tx) => actOnCases(tx, clerk, [id], appraise, TEST_TODAY));
    expect(moved).toMatchObject({ ok: true });
    // The first stage's deadline has passed, but the case is in its second stage since 04-20.
    await runOn(db, '2026-05-05');
    expect(await caseFlags(db, id)).toMatchObject({ overdue: false });
    // A timer of the first stage that was firing when the case moved: its run finds the case moved on.
    await scheduleJob(db, {
      kind: STAGE_LIMIT,
      key: `stale:${id}`,
      runAt: startOfDay('2026-05-01'),
      payload: stale[0]!.payload,
      actor: systemActor(VILLAGE),
      regionCode: VILLAGE,
    });
    await runOn(db, '2026-05-06');
    expect(await caseFlags(db, id)).toMatchObject({ overdue: false });
    const [result] = await db.query<{ result: unknown }>(`SELECT result FROM jobs WHERE key = $1`, [
      `stale:${id}`,
    ]);
    expect(result!.result).toEqual({ skipped: 'moved on' });
    await runOn(db, '2026-05-20');
    expect(await caseFlags(db, id)).toMatchObject({ overdue: true, escalatedTo: TOWN });
  });

  it('cancels the timers of a case that closes', async () => {
    const id = await open(db, 'identification', '2026-04-01');
    const withdraw = { action: 'withdraw' as const, date: '2026-04-02', reason: '农户撤回申请', inputs: {} };
    await db.transaction((tx) => actOnCases(tx, clerk, [id], withdraw, TEST_TODAY));
    const keys = await db.query(`SELECT 1 FROM jobs WHERE key LIKE 'cases.%:' || $1`, [String(id)]);
    expect(keys).toEqual([]);
    await runOn(db, '2026-06-01');
    expect(await caseFlags(db, id)).toMatchObject({ overdue: false });
  });

  it('marks a posted notice ready to end once its period is over, and only then', async () => {
    const id = await open(db, 'identification', '2026-05-01');
    await moveTo(db, id, `stage = 'verified', stage_since = '2026-05-02'`);
    const post = { action: 'post_notice' as const, date: '2026-05-03', inputs: {} };
    const [posted] = await db.transaction((tx) => actOnCases(tx, clerk, [id], post, TEST_TODAY));
    expect(posted).toMatchObject({ ok: true });
    await runOn(db, '2026-05-09');
    expect(await caseFlags(db, id)).toMatchObject({ noticeReady: false });
    await runOn(db, '2026-05-10');
    expect(await caseFlags(db, id)).toMatchObject({ noticeReady: true });
    expect(await audits(db, id, 'case.notice_ready')).toHaveLength(1);
    const end = { action: 'end_notice' as const, date: '2026-05-10', inputs: {} };
    const [ended] = await db.transaction((tx) => actOnCases(tx, clerk, [id], end, TEST_TODAY));
    expect(ended).toMatchObject({ ok: true });
    // The step clears the flag; the notice timer of the last stage does not set it again.
    await runOn(db, '2026-05-11');
    expect(await caseFlags(db, id)).toMatchObject({ noticeReady: false, overdue: false });
  });

  it('flags a monitoring case still open 15 days after its lead', async () => {
    const id = await open(db, 'monitoring', '2026-05-01');
    await runOn(db, '2026-05-15');
    expect(await caseFlags(db, id)).toMatchObject({ overdue: false });
    await runOn(db, '2026-05-16');
    expect(await caseFlags(db, id)).toMatchObject({ overdue: true, escalatedTo: TOWN });
    // The clock and the stage's limit fall on the same day: one flag, one audit row.
    expect(await audits(db, id, 'case.overdue')).toHaveLength(1);
  });

  it('records once that assistance should have started a month after registration', async () => {
    const id = await open(db, 'identification', '2026-04-01');
    await db.transaction(async (tx) => {
      const [before] = await lockCases(tx, [id]);
      const decision = {
        step: stepOf('identification', 'county_review', 'county_approve')!,
        grant: { role: 'county_admin', regionCode: VILLAGE },
        outcome: 'completed',
        facts: {},
      } as Decision;
      await tx.query(
        `UPDATE cases SET stage = 'registered', outcome = 'completed', closed_on = '2026-05-01',
           version = version + 1 WHERE id = $1`,
        [id],
      );
      await recordAudit(tx, shell, {
        action: 'test.move',
        entity: 'case',
        entityId: id,
        regionCode: VILLAGE,
      });
      await scheduleStepTimers(tx, [{ case: before!, decision }], '2026-05-01');
    });
    await runOn(db, '2026-05-30');
    expect(await audits(db, id, 'case.assistance_due')).toEqual([]);
    await runOn(db, '2026-05-31');
    const [job] = await db.query<{ payload: unknown }>(`SELECT payload FROM jobs WHERE key = $1`, [
      `${ASSISTANCE_DUE}:${id}`,
    ]);
    await scheduleJob(db, {
      kind: ASSISTANCE_DUE,
      key: `${ASSISTANCE_DUE}:${id}`,
      runAt: startOfDay('2026-05-31'),
      payload: job!.payload,
      actor: systemActor(VILLAGE),
      regionCode: VILLAGE,
      replace: true,
    });
    await runOn(db, '2026-06-01');
    expect(await audits(db, id, 'case.assistance_due')).toEqual([
      { actor: 'system', after: expect.objectContaining({ dueOn: '2026-05-31' }) },
    ]);
    expect(await caseFlags(db, id)).toMatchObject({ overdue: false });
  });
});

describe('deadlines across a restart', () => {
  const base = mkdtempSync(join(tmpdir(), 'zhenfu-case-timers-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  /** A second process on the same database: PGlite reopened from its directory, or a new PostgreSQL pool. */
  async function restartable(): Promise<{ first: Db; reopen(): Promise<Db> }> {
    if (process.env.ZHENFU_TEST_DB === 'postgres') {
      const url = db.url!;
      return { first: db, reopen: () => openPostgres(url, { max: 2 }) };
    }
    const dir = join(base, 'data');
    const first = await openPglite(dir, new Blob([await readFile(inject('pgliteTemplate'))]));
    await migrate(first);
    await insertTestRegions(first);
    return {
      first,
      async reopen() {
        await first.close();
        return openPglite(dir);
      },
    };
  }

  it('fires a deadline set before the restart', async () => {
    const databases = await restartable();
    const id = await open(databases.first, 'identification', '2026-03-01');
    const second = await databases.reopen();
    try {
      await runOn(second, '2026-03-31');
      expect(await caseFlags(second, id)).toMatchObject({ overdue: true, escalatedTo: TOWN });
    } finally {
      await second.close();
    }
  });
});
