import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegions } from '../src/modules/regions/load.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { createTestDb, type TestDb } from './support/db.ts';

/**
 * No write path may skip the audit: the database refuses, at commit, a transaction that changed an audited
 * table without writing an audit row (migration 0006). These tests prove the guard bites and that every table
 * holding registry or account data carries it, so a new write path or a new table cannot slip past.
 */

/** Tables that are logs or derived data themselves, or reference data, and so need no audit row per write. */
const NOT_AUDITED = new Set([
  'audit_log',
  'audit_required',
  'change_history',
  'region_stats',
  'problem_stats',
  'regions',
  'schema_migrations',
  'sessions',
  'jobs',
  'import_rows',
  'import_errors',
  'import_runs',
  // The human check's spent tokens: a nonce and its expiry, written by anonymous public requests, nobody's act.
  'human_check_used',
  // The burden meter: a log of what each write cost its typist, written beside the write's own audit row.
  'burden_entries',
]);

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
});
afterAll(() => db.dispose());

describe('the audit guard', () => {
  it('refuses a registry write without an audit row and changes nothing', async () => {
    await expect(
      db.transaction((tx) =>
        tx.query(
          `INSERT INTO households (household_no, county_code, region_code) VALUES ('NOAUDIT1', '371324', '371324106202')`,
        ),
      ),
    ).rejects.toThrow(/audit/);
    expect(await db.query(`SELECT 1 FROM households WHERE household_no = 'NOAUDIT1'`)).toEqual([]);
  });

  it('accepts the same write with an audit row in its transaction', async () => {
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO households (household_no, county_code, region_code) VALUES ('AUDITED1', '371324', '371324106202')`,
      );
      await recordAudit(tx, shellActor('test'), {
        action: 'test.insert',
        entity: 'household',
        entityId: 'AUDITED1',
        regionCode: '371324106202',
      });
    });
    expect(
      await db.query(`SELECT household_no FROM households WHERE household_no = 'AUDITED1'`),
    ).toHaveLength(1);
  });

  it('refuses an unaudited change to accounts too', async () => {
    await expect(
      db.transaction((tx) => tx.query(`UPDATE users SET display_name = display_name`)),
    ).rejects.toThrow(/audit/);
  });

  it('guards every table except logs, derived figures and reference data', async () => {
    const tables = await db.query<{ name: string; guarded: boolean }>(
      `SELECT c.relname AS name,
              EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                      WHERE t.tgrelid = c.oid AND p.proname = 'audit_require') AS guarded
       FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = to_regnamespace(current_schema())::oid`,
    );
    const unguarded = tables.filter((t) => !t.guarded && !NOT_AUDITED.has(t.name)).map((t) => t.name);
    expect(unguarded).toEqual([]);
    expect(
      tables
        .filter((t) => t.guarded)
        .map((t) => t.name)
        .sort(),
    ).toEqual(
      expect.arrayContaining([
        'assessment_evidence',
        'guarantee_assessments',
        'household_years',
        'households',
        'member_events',
        'members',
        'poverty_standards',
        'role_grants',
        'users',
      ]),
    );
  });
});
