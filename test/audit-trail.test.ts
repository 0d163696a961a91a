import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { createTestServer } from './support/server.ts';

/**
 * An audit no one can edit (issue 9 §3): the database refuses to change or remove rows of the audit log and
 * the change history; exports are on the record; the county's auditors — administrators and inspectors —
 * read it, the officials whose work it records do not; account events belong to the account's region; a
 * household's personal data seen unmasked is on record.
 */
const COUNTY = '371324000000';
const TOWN = '371324106000';
const VILLAGE = '371324106202';

let db: TestDb;
let app: App;
let admin: LoggedIn;
beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  const input = householdInput(VILLAGE, { bankAccount: '6228480012345678901' });
  await db.transaction((tx) => createHousehold(tx, shellActor('test'), input, '2026-06-30'));
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

type AuditItem = { action: string; entity: string; entityId: string | null; regionCode: string | null };
async function audit(who: LoggedIn, query = '') {
  const res = await app.inject({ url: `/api/v1/audit?limit=200${query}`, headers: { cookie: who.cookie } });
  return {
    status: res.statusCode,
    body: res.body,
    items: res.json<{ items?: AuditItem[] }>().items ?? [],
  };
}

describe('the audit log and the history', () => {
  for (const table of ['audit_log', 'change_history']) {
    it(`refuse UPDATE, DELETE and TRUNCATE on ${table}`, async () => {
      const [before] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(before!.n).toBeGreaterThan(0);
      for (const statement of [
        `UPDATE ${table} SET actor = 'someone else'`,
        `DELETE FROM ${table}`,
        `TRUNCATE ${table}`,
      ]) {
        await expect(db.transaction((tx) => tx.exec(statement))).rejects.toThrow(/history/);
      }
      const [after] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(after!.n).toBe(before!.n);
    });
  }
});

describe('exports', () => {
  it('are audited before the first row: who, the filter, how many households; a searched ID only hashed', async () => {
    const [member] = await db.query<{ idNumber: string }>(
      `SELECT id_number AS "idNumber" FROM members LIMIT 1`,
    );
    const res = await app.inject({
      url: `/api/v1/exports?region=371324&year=2020&format=csv&q=${member!.idNumber}`,
      headers: { cookie: admin.cookie },
    });
    expect(res.statusCode).toBe(200);
    const [row] = await db.query<{ actor: string; regionCode: string; after: Record<string, unknown> }>(
      `SELECT actor, region_code AS "regionCode", after FROM audit_log
       WHERE action = 'registry.export' ORDER BY id DESC LIMIT 1`,
    );
    expect(row).toMatchObject({
      actor: admin.username,
      regionCode: COUNTY,
      after: {
        households: 1,
        personalData: true,
        filter: { region: COUNTY, year: 2020, search: '*'.repeat(18) },
      },
    });
    expect(JSON.stringify(row)).not.toContain(member!.idNumber);
    const seen = await audit(admin, '&action=registry.export');
    expect(seen.items).toHaveLength(1);
    expect(seen.body).not.toMatch(/#hmac/);
  });
});

describe('unmasked views of a household', () => {
  it('are on record for a role that sees personal data, in the same statement; a masked view is not', async () => {
    const [{ id }] = (await db.query<{ id: number }>('SELECT id FROM households LIMIT 1')) as [
      { id: number },
    ];
    const views = async () =>
      db.query<{ actor: string; regionCode: string }>(
        `SELECT actor, region_code AS "regionCode" FROM audit_log
         WHERE action = 'household.view' AND entity_id = $1 ORDER BY id`,
        [String(id)],
      );
    const before = (await views()).length;
    const page = (who: LoggedIn) =>
      app.inject({ url: `/api/v1/households/${id}`, headers: { cookie: who.cookie } });
    expect((await page(admin)).statusCode).toBe(200);
    const official = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
    expect((await page(official)).statusCode).toBe(200);
    const after = await views();
    expect(after.slice(before)).toEqual([{ actor: admin.username, regionCode: VILLAGE }]);
    const seen = await audit(admin, `&action=household.view&entityId=${id}`);
    expect(seen.items.map((i) => i.entityId)).toContain(String(id));
  });
});

describe('reading the audit', () => {
  it('is for administrators and inspectors, not for the officials whose work it records', async () => {
    const inspector = await loginAs(app, [{ role: 'inspector', regionCode: COUNTY }]);
    const seen = await audit(inspector, '&entity=household');
    expect(seen.status).toBe(200);
    expect(seen.items.length).toBeGreaterThan(0);
    expect(seen.body).not.toMatch(/#hmac|6228480012345678901/);
    for (const role of ['town_official', 'village_cadre'] as const) {
      const official = await loginAs(app, [{ role, regionCode: role === 'town_official' ? TOWN : VILLAGE }]);
      expect((await audit(official)).status).toBe(403);
      const me = await app.inject({ url: '/api/v1/auth/me', headers: { cookie: official.cookie } });
      expect(
        me.json<{ user: { capabilities: { canSeeAudit: boolean } } }>().user.capabilities.canSeeAudit,
      ).toBe(false);
    }
  });
});

describe('account events', () => {
  it('belong to the region of the account, so the county administrator reads those of their users', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie },
      payload: {
        username: `town_${Date.now().toString(36)}`,
        displayName: '镇干部',
        password: 'Correct-horse-battery-9',
        grants: [{ role: 'town_official', regionCode: TOWN }],
      },
    });
    expect(created.statusCode).toBe(201);
    const { user } = created.json<{ user: { id: number; version: number } }>();
    const disabled = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: { cookie: admin.cookie },
      payload: { active: false, version: user.version },
    });
    expect(disabled.statusCode).toBe(200);

    const rows = await db.query<{ action: string; regionCode: string | null }>(
      `SELECT action, region_code AS "regionCode" FROM audit_log WHERE entity = 'user' AND entity_id = $1 ORDER BY id`,
      [String(user.id)],
    );
    expect(rows).toEqual([
      { action: 'user.create', regionCode: TOWN },
      { action: 'user.update', regionCode: TOWN },
    ]);
    const seen = await audit(admin, `&entity=user&entityId=${user.id}`);
    expect(seen.items.map((i) => i.action)).toEqual(['user.update', 'user.create']);
    // An administrator of another town of the county does not manage the user, and does not read its audit.
    const [other] = await db.query<{ code: string }>(
      `SELECT code FROM regions WHERE level = 4 AND parent_code = $1 AND code <> $2 LIMIT 1`,
      [COUNTY, TOWN],
    );
    const elsewhere = await loginAs(app, [{ role: 'county_admin', regionCode: other!.code }]);
    expect((await audit(elsewhere, `&entity=user&entityId=${user.id}`)).items).toEqual([]);
  });

  it('of logins and password changes carry the region too', async () => {
    const cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
    const rows = await db.query<{ action: string; regionCode: string | null }>(
      `SELECT action, region_code AS "regionCode" FROM audit_log WHERE entity = 'user' AND entity_id = $1 ORDER BY id`,
      [String(cadre.userId)],
    );
    expect(rows).toEqual([
      { action: 'user.create', regionCode: VILLAGE },
      { action: 'auth.login', regionCode: VILLAGE },
    ]);
  });
});
