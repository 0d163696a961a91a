import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellActor } from '../src/modules/auth/actor.ts';
import { seedDemoOrganisation } from '../src/modules/organisation/demo.ts';
import { seedDemoProblems } from '../src/modules/problems/demo.ts';
import { problemEvents } from '../src/modules/problems/queries.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { problemStatsDrift } from './support/problems.ts';

/** The demo step of the problems: every state, some overdue and escalated to the town and the county. */
const actor = shellActor('demo', 'demo');
const CONTEXT = { county: '371324000000', today: '2026-06-30', year: 2026 };
let db: TestDb;
let line: string;
beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  await generateDemoCounty(db, actor, { county: '371324', households: 120, seed: 5, year: 2026 });
  // The organisation's step makes the people who act on the problems.
  await seedDemoOrganisation(db, actor, CONTEXT);
  line = await seedDemoProblems(db, actor, CONTEXT);
}, 240_000);
afterAll(() => db.dispose());

describe('seedDemoProblems', () => {
  it('leaves problems in every state, some escalated to the town and the county', async () => {
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

  it('is done by whom a county’s would be: the village finds and solves, its town confirms, the system escalates', async () => {
    const events = await db.query<{
      action: string;
      actor: string;
      role: string;
      region: string;
      own: boolean;
    }>(
      `SELECT e.action, e.actor_name AS actor, e.actor_role AS role, p.region_code AS region,
              EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = e.actor_user_id AND g.role = e.actor_role
                        AND p.region_code LIKE rtrim(g.region_code, '0') || '%') AS own
       FROM problem_events e JOIN problems p ON p.id = e.problem_id`,
    );
    expect(events.filter((e) => e.actor.startsWith('shell:'))).toEqual([]);
    const by = (actions: string[]) => events.filter((e) => actions.includes(e.action));
    for (const e of by(['open', 'start', 'solve'])) {
      expect(['village_cadre', 'first_secretary']).toContain(e.role);
      expect(e.own, `${e.actor} ${e.region}`).toBe(true);
    }
    for (const e of by(['confirm', 'reopen'])) {
      expect(e.role).toBe('town_official');
      expect(e.own, `${e.actor} ${e.region}`).toBe(true);
    }
    expect(by(['escalate']).length).toBeGreaterThan(0);
    expect(new Set(by(['escalate', 'overdue']).map((e) => e.actor))).toEqual(new Set(['system']));
    // Many people, not one: a cadre per village of the problems' households.
    expect(new Set(by(['solve']).map((e) => e.actor)).size).toBeGreaterThan(2);
  });

  it('names the person on the timeline: the account’s display name or their cadre record’s', async () => {
    const [confirmed] = await db.query<{ id: number; name: string }>(
      `SELECT e.problem_id::int AS id, u.display_name AS name FROM problem_events e
       JOIN users u ON u.id = e.actor_user_id WHERE e.action = 'confirm' LIMIT 1`,
    );
    const events = await problemEvents(db, confirmed!.id);
    const confirm = events.find((e) => e.action === 'confirm')!;
    expect(confirm.actorName).toBe(confirmed!.name);
    expect(confirm.actorName).not.toBe(confirm.actor);
  });
});
