import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/app/config.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { caseTypes } from '../src/modules/cases/transitions.ts';
import { runDueJobs } from '../src/modules/jobs/runner.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { generateDemoCounty, type DemoSummary } from '../src/modules/registry/demo/generate.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { TEST_NOW, TEST_TODAY } from './support/server.ts';

/**
 * The demo county's cases (issue 11, "Done means"): a small demo county gets, through the real commands, a
 * case in every stage of every household procedure, some overdue once the timers have run, an objection
 * waiting on a running notice, rejected and withdrawn cases, and a village's exit assessment.
 */
const actor = shellActor('test', 'demo');
const OPTIONS = { county: '371324', households: 150, seed: 7, year: 2020, cases: true, today: TEST_TODAY };
const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' });

let db: TestDb;
let summary: DemoSummary;
beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  summary = await generateDemoCounty(db, actor, OPTIONS);
  await runDueJobs(db, config, TEST_NOW);
}, 240_000);
afterAll(() => db.dispose());

const cases = () =>
  db.query<{ type: string; stage: string; outcome: string | null; overdue: boolean; id: number }>(
    'SELECT id, type, stage, outcome, overdue FROM cases ORDER BY id',
  );

describe('the demo county’s cases', () => {
  it('has a case in every stage of every household procedure, each made without a refusal', async () => {
    expect(summary.cases?.failures).toEqual([]);
    const rows = await cases();
    for (const def of caseTypes().filter((d) => d.subject === 'household')) {
      const reached = new Set(rows.filter((r) => r.type === def.type).map((r) => r.stage));
      expect(
        [...def.stages].filter((s) => !reached.has(s)),
        def.type,
      ).toEqual([]);
    }
    // The last stage of each is a completed case: the household's standing was written by the procedure.
    const completed = rows.filter((r) => r.outcome === 'completed').map((r) => `${r.type}:${r.stage}`);
    expect(completed).toEqual(
      expect.arrayContaining([
        'identification:registered',
        'return:registered',
        'exit:exited',
        'monitoring:monitored',
        'risk_elimination:eliminated',
      ]),
    );
    const [registered] = await db.query<{ status: string }>(
      `SELECT y.status FROM cases c JOIN household_years y ON y.household_id = c.household_id AND y.year = c.year
       WHERE c.type = 'identification' AND c.outcome = 'completed'`,
    );
    expect(registered?.status).toBe('01');
  });

  it('has overdue cases escalated, an objection waiting, rejected and withdrawn cases and a village exit', async () => {
    const rows = await cases();
    const open = rows.filter((r) => r.outcome === null);
    const overdue = open.filter((r) => r.overdue);
    expect(overdue.length).toBeGreaterThan(3);
    expect(overdue.length).toBeLessThan(open.length / 2);
    const [objection] = await db.query<{ stage: string; endedOn: string | null }>(
      `SELECT c.stage, n.ended_on AS "endedOn" FROM objections o JOIN cases c ON c.id = o.case_id
       JOIN notices n ON n.id = o.notice_id WHERE o.outcome IS NULL`,
    );
    expect(objection).toEqual({ stage: 'village_notice', endedOn: null });
    const closed = rows.filter((r) => r.outcome === 'rejected' || r.outcome === 'withdrawn');
    expect(closed.map((r) => `${r.type}:${r.outcome}`).sort()).toEqual([
      'exit:rejected',
      'identification:rejected',
      'monitoring:withdrawn',
    ]);
    expect(rows.filter((r) => r.type === 'village_exit')).toHaveLength(1);
  });

  it('adds nothing when run again with the same seed', async () => {
    const before = (await cases()).length;
    const again = await generateDemoCounty(db, actor, OPTIONS);
    expect(again.cases).toEqual({ cases: 0, failures: [] });
    expect(await cases()).toHaveLength(before);
  });
});
