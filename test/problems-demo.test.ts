import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellActor } from '../src/modules/auth/actor.ts';
import { seedDemoProblems } from '../src/modules/problems/demo.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { problemStatsDrift } from './support/problems.ts';

/** The demo step of the problems: every state, some overdue and escalated to the town and the county. */
const actor = shellActor('demo', 'demo');
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  await generateDemoCounty(db, actor, { county: '371324', households: 120, seed: 5, year: 2026 });
});
afterAll(() => db.dispose());

describe('seedDemoProblems', () => {
  it('leaves problems in every state, some escalated to the town and the county', async () => {
    const line = await seedDemoProblems(db, actor, {
      county: '371324000000',
      today: '2026-06-30',
      year: 2026,
    });
    expect(line).toContain('demo problems');
    const rows = await db.query<{ state: string; level: number; reopened: boolean }>(
      `SELECT state, length(rtrim(handler_region_code, '0')) AS level,
              EXISTS (SELECT 1 FROM problem_events e WHERE e.problem_id = p.id AND e.action = 'reopen') AS reopened
       FROM problems p`,
    );
    expect(new Set(rows.map((r) => r.state))).toEqual(
      new Set(['open', 'in_progress', 'solved', 'confirmed']),
    );
    expect(rows.some((r) => r.reopened)).toBe(true);
    expect(rows.some((r) => r.level <= 6)).toBe(true);
    expect(rows.some((r) => r.level > 6 && r.level <= 9)).toBe(true);
    expect(await problemStatsDrift(db)).toEqual([]);
  });
});
