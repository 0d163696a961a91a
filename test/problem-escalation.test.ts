import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/app/config.ts';
import type { App } from '../src/app/context.ts';
import type { Db } from '../src/db/types.ts';
import { systemActor } from '../src/modules/access/job-actor.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { startOfDay } from '../src/modules/cases/timers.ts';
import { runDueJobs } from '../src/modules/jobs/runner.ts';
import { ESCALATION_SWEEP, sweepProblems } from '../src/modules/problems/escalation.ts';
import { openProblems } from '../src/modules/problems/open.ts';
import { insertTestRegions, loginAs } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { problemStatsDrift } from './support/problems.ts';
import { createTestServer } from './support/server.ts';

/**
 * The problems' daily sweep (issue 13 §3), called with chosen days: overdue after the due date, the town's
 * inbox after escalationDays.town (7), the county's after .county (14); once; caught up after days missed.
 */
const VILLAGE = '371324106201';
const TOWN = '371324106000';
const COUNTY = '371324000000';
const shell = shellActor('test');
const system = systemActor(null);
const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' });

let db: TestDb;
let app: App;
beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  app = await createTestServer(db);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

async function problemDue(q: Db, due: string): Promise<number> {
  const item = {
    regionCode: VILLAGE,
    category: 'water' as const,
    description: '饮水问题',
    source: 'manual' as const,
    due,
  };
  const [id] = await q.transaction((tx) => openProblems(tx, shell, [item], '2026-01-01'));
  return id!;
}

const sweep = (day: string) => db.transaction((tx) => sweepProblems(tx, system, day));

async function flags(id: number) {
  const [row] = await db.query<{ overdue: boolean; handler: string }>(
    `SELECT overdue, handler_region_code AS handler FROM problems WHERE id = $1`,
    [id],
  );
  const events = await db.query<{ action: string; region: string }>(
    `SELECT action, region_code AS region FROM problem_events WHERE problem_id = $1 AND action <> 'open' ORDER BY id`,
    [id],
  );
  return { ...row!, events: events.map((e) => `${e.action}:${e.region}`) };
}

describe('the escalation sweep', () => {
  it('flags overdue after the due day, then moves it to the town and the county, each once', async () => {
    const id = await problemDue(db, '2027-03-01');
    await sweep('2027-03-01');
    expect(await flags(id)).toEqual({ overdue: false, handler: VILLAGE, events: [] });
    await sweep('2027-03-02');
    expect(await flags(id)).toEqual({ overdue: true, handler: VILLAGE, events: [`overdue:${VILLAGE}`] });
    await sweep('2027-03-07');
    expect((await flags(id)).handler).toBe(VILLAGE);
    await sweep('2027-03-08');
    await sweep('2027-03-08');
    expect(await flags(id)).toEqual({
      overdue: true,
      handler: TOWN,
      events: [`overdue:${VILLAGE}`, `escalate:${TOWN}`],
    });
    await sweep('2027-03-15');
    await sweep('2027-03-16');
    expect(await flags(id)).toEqual({
      overdue: true,
      handler: COUNTY,
      events: [`overdue:${VILLAGE}`, `escalate:${TOWN}`, `escalate:${COUNTY}`],
    });
    const audits = await db.query<{ action: string; actor: string }>(
      `SELECT action, actor FROM audit_log WHERE entity = 'problem' AND entity_id = $1 AND action <> 'problem.open' ORDER BY id`,
      [String(id)],
    );
    expect(audits).toEqual([
      { action: 'problem.overdue', actor: 'system' },
      { action: 'problem.escalate', actor: 'system' },
      { action: 'problem.escalate', actor: 'system' },
    ]);
    expect(await problemStatsDrift(db)).toEqual([]);
  });

  it('catches up a problem long overdue straight to the county, and leaves a solved one alone', async () => {
    const late = await problemDue(db, '2027-01-01');
    const solved = await problemDue(db, '2027-01-01');
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE problems SET state = 'solved', version = version + 1 WHERE id = $1`, [solved]);
      await recordAudit(tx, shell, {
        action: 'test.solve',
        entity: 'problem',
        entityId: solved,
        regionCode: VILLAGE,
      });
    });
    await sweep('2027-02-01');
    expect(await flags(late)).toEqual({
      overdue: true,
      handler: COUNTY,
      events: [`overdue:${VILLAGE}`, `escalate:${COUNTY}`],
    });
    expect(await flags(solved)).toEqual({ overdue: false, handler: VILLAGE, events: [] });
  });

  it('runs as the daily sweep of the job runner, and the levels’ inboxes hold what reached them', async () => {
    const id = await problemDue(db, '2027-05-01');
    await runDueJobs(db, config, startOfDay('2027-05-09'));
    const [job] = await db.query<{ status: string }>(`SELECT status FROM jobs WHERE key = $1`, [
      `sweep:${ESCALATION_SWEEP}:2027-05-09`,
    ]);
    expect(job?.status).toBe('done');
    expect((await flags(id)).handler).toBe(TOWN);
    const town = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
    const village = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
    const inbox = (who: typeof town) =>
      app
        .inject({
          method: 'GET',
          url: '/api/v1/problems?inbox=true&limit=200',
          headers: { cookie: who.cookie },
        })
        .then((r) => r.json().items.map((p: { id: number }) => p.id));
    expect(await inbox(town)).toContain(id);
    expect(await inbox(village)).not.toContain(id);
    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/problems/${id}`,
      headers: { cookie: town.cookie },
    });
    expect(detail.json()).toMatchObject({ handlerLevel: 'town', overdue: true });
  });
});

describe('the maintained counts', () => {
  it('equal the counts from scratch after random openings, steps and sweeps', async () => {
    await db.query(
      `INSERT INTO regions (code, level, parent_code, name) VALUES
         ('371324107000', 4, '371324000000', '第二镇'), ('371324107201', 5, '371324107000', '第二村')
       ON CONFLICT (code) DO NOTHING`,
    );
    const villages = [VILLAGE, '371324107201'];
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('open' as const),
        village: fc.nat(1),
        count: fc.integer({ min: 1, max: 4 }),
        dueDay: fc.integer({ min: 1, max: 28 }),
      }),
      fc.record({
        kind: fc.constant('set' as const),
        pick: fc.nat(),
        state: fc.constantFrom('open', 'in_progress', 'solved', 'confirmed'),
      }),
      fc.record({ kind: fc.constant('sweep' as const), day: fc.integer({ min: 1, max: 28 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        for (const o of ops) {
          if (o.kind === 'open') {
            const item = {
              regionCode: villages[o.village]!,
              category: 'other' as const,
              description: '随机',
              source: 'manual' as const,
              due: `2028-02-${String(o.dueDay).padStart(2, '0')}`,
            };
            await db.transaction((tx) => openProblems(tx, shell, Array(o.count).fill(item), '2026-01-01'));
          } else if (o.kind === 'set') {
            await db.transaction(async (tx) => {
              const rows = await tx.query<{ id: number }>(`SELECT id::int FROM problems ORDER BY id`);
              const id = rows[o.pick % rows.length]!.id;
              await tx.query(
                `UPDATE problems SET state = $2, overdue = overdue AND $2 IN ('open', 'in_progress'), version = version + 1 WHERE id = $1`,
                [id, o.state],
              );
              await recordAudit(tx, shell, {
                action: 'test.set',
                entity: 'problem',
                entityId: id,
                regionCode: VILLAGE,
              });
            });
          } else await sweep(`2028-03-${String(o.day).padStart(2, '0')}`);
        }
        expect(await problemStatsDrift(db)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
