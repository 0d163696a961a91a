import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellActor } from '../src/modules/auth/actor.ts';
import { seedDemoAssistance } from '../src/modules/assistance/demo.ts';
import { burdenRows } from '../src/modules/burden/queries.ts';
import { seedDemoOrganisation } from '../src/modules/organisation/demo.ts';
import { seedDemoProblems } from '../src/modules/problems/demo.ts';
import { seedDemoVisits } from '../src/modules/visits/demo.ts';
import { POOR_OR_MONITORED } from '../src/modules/organisation/village.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { demoCaseworkOnEmpty } from '../src/cli/demo-casework.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { TEST_TODAY } from './support/server.ts';

/** The demo county's casework (issue 13), step by step: each helper's step appends its own describe. */
const actor = shellActor('test', 'demo');
const CONTEXT = { county: '371324000000', today: TEST_TODAY, year: 2020 };

let db: TestDb;
let organisationLine: string;
beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  await generateDemoCounty(db, actor, {
    county: '371324',
    households: 150,
    seed: 7,
    year: 2020,
    today: TEST_TODAY,
  });
  organisationLine = await seedDemoOrganisation(db, actor, CONTEXT);
}, 240_000);
afterAll(() => db.dispose());

const one = async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params))[0]!;

describe('the demo organisation', () => {
  it('pairs every poor or monitored household, keeping its cadre fields in step', async () => {
    const counts = await one<{ poor: number; paired: number; astray: number }>(
      `SELECT count(*) FILTER (WHERE ${POOR_OR_MONITORED})::int AS poor,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = h.id AND p.ended_at IS NULL))::int AS paired,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pairings p JOIN cadres c ON c.id = p.cadre_id
                                              WHERE p.household_id = h.id AND p.ended_at IS NULL
                                                AND (c.name, c.phone) IS DISTINCT FROM (h.cadre_name, h.cadre_phone)))::int AS astray
       FROM households h`,
    );
    expect(counts.poor).toBeGreaterThan(0);
    expect(counts.paired).toBe(counts.poor);
    expect(counts.astray).toBe(0);
  });

  it('gives the three demo logins their records: 8 households, a first secretary and a team member', async () => {
    expect(organisationLine).toMatch(/cadre_demo \/ \S+/);
    expect(organisationLine).toMatch(/shuji_demo \/ \S+/);
    const cadre = await one<{ load: number }>(
      `SELECT count(*)::int AS load FROM pairings p JOIN cadres c ON c.id = p.cadre_id JOIN users u ON u.id = c.user_id
       WHERE u.username = 'cadre_demo' AND p.ended_at IS NULL`,
    );
    expect(cadre.load).toBe(8);
    const team = await db.query<{ username: string; role: string }>(
      `SELECT u.username, m.role FROM work_team_members m JOIN cadres c ON c.id = m.cadre_id
       JOIN users u ON u.id = c.user_id JOIN role_grants g ON g.user_id = u.id
       JOIN work_teams t ON t.id = m.team_id AND t.village_code = g.region_code
       WHERE u.username IN ('cadre_demo', 'shuji_demo', 'team_demo') ORDER BY u.username`,
    );
    expect(team).toEqual([
      { username: 'shuji_demo', role: 'first_secretary' },
      { username: 'team_demo', role: 'member' },
    ]);
    const branches = await one<{ n: number }>('SELECT count(*)::int AS n FROM party_branches');
    expect(branches.n).toBeGreaterThan(0);
  });

  it("prints the county's whole organisation, the cadres the registry's import made among them", async () => {
    const whole = await one<{ cadres: number; pairings: number }>(
      `SELECT (SELECT count(*)::int FROM cadres WHERE active) AS cadres,
              (SELECT count(*)::int FROM pairings WHERE ended_at IS NULL) AS pairings`,
    );
    expect(whole.cadres).toBeGreaterThan(4);
    expect(organisationLine).toContain(`${whole.cadres} 名干部 cadres, ${whole.pairings} 户结对 pairings`);
  });
});

describe('who did the demo casework', () => {
  // The later steps over the organisation above, as demo-casework.ts runs them.
  beforeAll(async () => {
    await seedDemoVisits(db, actor, CONTEXT);
    await seedDemoProblems(db, actor, CONTEXT);
    await seedDemoAssistance(db, actor, CONTEXT);
  }, 240_000);

  it('gives the county office, each town and village with households and every team member a login', async () => {
    const staff = await one<{
      towns: number;
      villages: number;
      logins: number;
      members: number;
      without: number;
    }>(
      `SELECT (SELECT count(DISTINCT left(region_code, 9))::int FROM households) AS towns,
              (SELECT count(DISTINCT region_code)::int FROM households) AS villages,
              (SELECT count(*)::int FROM role_grants g WHERE g.role IN ('county_admin', 'town_official', 'village_cadre')) AS logins,
              (SELECT count(*)::int FROM work_team_members) AS members,
              (SELECT count(*)::int FROM work_team_members m JOIN cadres c ON c.id = m.cadre_id WHERE c.user_id IS NULL) AS without`,
    );
    expect(staff.logins).toBe(1 + staff.towns + staff.villages);
    expect(staff.members).toBeGreaterThan(3);
    expect(staff.without).toBe(0);
  });

  it('writes nothing of the casework as the shell that loaded it', async () => {
    const shell = await one<{ events: number; burden: number; measures: number; projects: number }>(
      `SELECT (SELECT count(*)::int FROM problem_events WHERE actor_name LIKE 'shell:%') AS events,
              (SELECT count(*)::int FROM burden_entries WHERE username LIKE 'shell:%') AS burden,
              (SELECT count(*)::int FROM audit_log WHERE actor LIKE 'shell:%' AND entity = 'assistance_measure') AS measures,
              (SELECT count(*)::int FROM audit_log WHERE actor LIKE 'shell:%' AND entity LIKE 'project%') AS projects`,
    );
    expect(shell).toEqual({ events: 0, burden: 0, measures: 0, projects: 0 });
    const [written] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'assistance_measure' OR entity LIKE 'project%'`,
    );
    expect(written!.n).toBeGreaterThan(0);
  });

  it('shows many people on the burden page, by their names', async () => {
    const rows = await burdenRows(db, actor, {
      region: CONTEXT.county,
      fromWeek: '2025-06-30',
      to: CONTEXT.today,
      by: 'cadre',
    });
    const people = new Map(rows.map((r) => [r.key, r.name]));
    expect(people.size).toBeGreaterThan(10);
    expect([...people.values()].filter((name) => /^[a-z_]+[0-9_]*$/.test(name))).toEqual([]);
  });
});

describe('the demo casework at a first start', () => {
  it('is built after the registry import made its cadres, and only once', async () => {
    const fresh = await createTestDb();
    try {
      await loadRegions(fresh, { county: '371324' });
      await generateDemoCounty(fresh, actor, {
        county: '371324',
        households: 60,
        seed: 3,
        year: 2020,
        today: TEST_TODAY,
      });
      // The import paired the households with the cadres its file names: cadres, but no organisation yet.
      const [{ cadres }] = (await fresh.query<{ cadres: number }>(
        'SELECT count(*)::int AS cadres FROM cadres',
      )) as [{ cadres: number }];
      expect(cadres).toBeGreaterThan(0);
      const context = { county: '371324', year: 2020, today: TEST_TODAY };
      expect(await demoCaseworkOnEmpty(fresh, context)).toContain('cadre_demo');
      const [{ teams }] = (await fresh.query<{ teams: number }>(
        'SELECT count(*)::int AS teams FROM work_teams',
      )) as [{ teams: number }];
      expect(teams).toBeGreaterThan(0);
      expect(await demoCaseworkOnEmpty(fresh, context)).toBeUndefined();
    } finally {
      await fresh.dispose();
    }
  }, 240_000);
});
