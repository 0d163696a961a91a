import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../src/db/types.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import { getHousehold } from '../src/modules/registry/queries.ts';
import type { CreateHouseholdInput } from '../src/modules/registry/schemas.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';

/**
 * What docs/ARCHITECTURE.md ("Distribution by county: what holds today") says about sharding by county,
 * checked against the schema and the statements, so the page cannot claim more than the code has.
 */
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
});
afterAll(() => db.dispose());

async function columnsOf(q: Queryable, table: string): Promise<string[]> {
  const rows = await q.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

describe('distribution by county: what holds today', () => {
  it('names the county on the registry core only; history, events and evidence carry none', async () => {
    const carries = async (table: string) => {
      const columns = await columnsOf(db, table);
      if (columns.includes('county_code')) return 'county_code';
      if (columns.includes('region_code')) return 'region_code';
      return 'none';
    };
    const tables = [
      'households',
      'members',
      'guarantee_assessments',
      'household_years',
      'audit_log',
      'jobs',
      'change_history',
      'member_events',
      'assessment_evidence',
      'import_errors',
    ];
    const found = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await carries(t)])));
    expect(found).toEqual({
      households: 'county_code',
      members: 'county_code',
      guarantee_assessments: 'county_code',
      household_years: 'region_code',
      audit_log: 'region_code',
      jobs: 'region_code',
      change_history: 'none',
      member_events: 'none',
      assessment_evidence: 'none',
      import_errors: 'none',
    });
  });

  it('keeps unique keys that span the country (a sharded table needs the county in each)', async () => {
    const rows = await db.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes
       WHERE schemaname = current_schema() AND tablename IN ('households', 'members') AND indexdef LIKE 'CREATE UNIQUE%'`,
    );
    expect(rows.filter((r) => r.indexdef.includes('county_code'))).toEqual([]);
    expect(rows.map((r) => r.indexname).sort()).toEqual([
      'households_household_no_key',
      'households_pkey',
      'members_one_active_id',
      'members_one_head',
      'members_pkey',
    ]);
  });

  it('reads a household by its id alone: no condition of the page names the county', async () => {
    const id = await db.transaction((tx) =>
      createHousehold(
        tx,
        shellActor('test'),
        householdInput('371324106201') as CreateHouseholdInput,
        '2026-06-30',
      ),
    );
    const statements: string[] = [];
    const spy: Queryable = {
      query: (sql, params) => {
        statements.push(sql);
        return db.query(sql, params);
      },
    } as Queryable;
    await getHousehold(spy, shellActor('test'), id, { today: '2026-06-30' });
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toMatch(/county_code\s*(=|<|>|IN\b|BETWEEN\b|=\s*ANY)/i);
    const [plan] = await db.query<{ 'QUERY PLAN': string }>(
      'EXPLAIN (FORMAT TEXT) SELECT id FROM households h WHERE h.id = $1',
      [id],
    );
    expect(plan!['QUERY PLAN']).toContain('households_pkey');
  });
});
