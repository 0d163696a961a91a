import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor, type Grant } from '../src/modules/auth/actor.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { adminLoginNotice, ensureAdmin } from '../src/modules/auth/bootstrap.ts';
import { generatePassword } from '../src/modules/auth/password.ts';
import { createUser } from '../src/modules/auth/users.ts';
import { auditLeaks, auditedWrite, insertTestRegions, loginAs, randomUsername } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

let db: TestDb;
let app: App;
/** Every password this file uses: after each test, none of them may be in the audit log. */
const passwords = new Set<string>();

const COUNTY = '371324000000';
const TOWN = '371324106000';
const VILLAGE = '371324106201';
const OTHER_COUNTY = '371302000000';

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});
afterEach(async () => {
  expect(await auditLeaks(db, passwords), 'passwords or hashes in the audit log').toEqual([]);
});

async function makeUser(grants: Grant[]) {
  const password = generatePassword();
  passwords.add(password);
  const user = await createUser(db, shellActor('test'), {
    username: randomUsername(),
    displayName: '李四',
    password,
    grants,
  });
  return { ...user, password };
}

async function countyAdmin(code = COUNTY) {
  const session = await loginAs(app, [{ role: 'county_admin', regionCode: code }]);
  passwords.add(session.password);
  return session;
}

const login = (username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

function call(cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
}

async function auditActions(entityId: number): Promise<string[]> {
  const rows = await db.query<{ action: string }>(
    'SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id',
    [String(entityId)],
  );
  return rows.map((r) => r.action);
}

describe('users API', () => {
  it('creates a user in the caller’s county, with an audit row, and answers 409 on a taken username', async () => {
    const admin = await countyAdmin();
    const password = generatePassword();
    passwords.add(password);
    const body = {
      username: randomUsername('cadre'),
      displayName: '王五',
      password,
      grants: [{ role: 'village_cadre', regionCode: VILLAGE }],
    };
    const res = await call(admin.cookie, 'POST', '/api/v1/users', body);
    expect(res.statusCode).toBe(201);
    const user = res.json().user;
    expect(user).toMatchObject({ username: body.username, active: true, version: 1, failedLogins: 0 });
    expect(user.grants).toEqual([{ role: 'village_cadre', regionCode: VILLAGE, regionName: '测试村' }]);
    expect(user).not.toHaveProperty('passwordHash');
    expect(await auditActions(user.id)).toEqual(['user.create']);
    expect((await login(body.username, password)).statusCode).toBe(200);

    const again = await call(admin.cookie, 'POST', '/api/v1/users', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('USERNAME_TAKEN');
    expect(again.json().error.message.zh).toContain('用户名已被使用');
    expect(again.json().error.message.en).toContain('taken');
  });

  it('refuses weak passwords, unknown regions and grants beyond the caller’s reach', async () => {
    const admin = await countyAdmin();
    const base = { username: randomUsername(), displayName: '赵六', password: generatePassword() };
    const weak = await call(admin.cookie, 'POST', '/api/v1/users', {
      ...base,
      password: 'abcdefghijkl',
      grants: [{ role: 'inspector', regionCode: TOWN }],
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0]).toMatchObject({ field: 'password', code: 'PASSWORD_TOO_SIMPLE' });
    const unknown = await call(admin.cookie, 'POST', '/api/v1/users', {
      ...base,
      grants: [{ role: 'inspector', regionCode: '371324999000' }],
    });
    expect(unknown.json().error.fields[0].code).toBe('UNKNOWN_REGION');
    for (const grant of [
      { role: 'inspector', regionCode: OTHER_COUNTY },
      { role: 'system_admin', regionCode: COUNTY },
    ]) {
      const res = await call(admin.cookie, 'POST', '/api/v1/users', { ...base, grants: [grant] });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('GRANT_NOT_ALLOWED');
    }
    expect(await db.query('SELECT 1 FROM users WHERE username = $1', [base.username])).toEqual([]);
  });

  it('scopes lists and records to users whose grants all lie in the caller’s county (others are 404)', async () => {
    const admin = await countyAdmin();
    const inside = await makeUser([{ role: 'town_official', regionCode: TOWN }]);
    const outside = await makeUser([{ role: 'town_official', regionCode: OTHER_COUNTY }]);
    const both = await makeUser([
      { role: 'inspector', regionCode: COUNTY },
      { role: 'inspector', regionCode: OTHER_COUNTY },
    ]);
    const list = await call(admin.cookie, 'GET', '/api/v1/users?limit=200');
    expect(list.statusCode).toBe(200);
    const names = list.json().items.map((u: { username: string }) => u.username);
    expect(names).toContain(inside.username);
    expect(names).toContain(admin.username);
    expect(names).not.toContain(outside.username);
    expect(names).not.toContain(both.username);
    const filtered = await call(admin.cookie, 'GET', `/api/v1/users?q=${inside.username}`);
    expect(filtered.json()).toMatchObject({ total: 1, items: [{ username: inside.username }] });

    for (const id of [outside.id, both.id]) {
      expect((await call(admin.cookie, 'GET', `/api/v1/users/${id}`)).statusCode).toBe(404);
      const patch = await call(admin.cookie, 'PATCH', `/api/v1/users/${id}`, {
        version: 1,
        displayName: 'x',
      });
      expect(patch.statusCode).toBe(404);
      expect((await call(admin.cookie, 'POST', `/api/v1/users/${id}/unlock`)).statusCode).toBe(404);
    }
    expect((await call(admin.cookie, 'GET', `/api/v1/users/${inside.id}`)).statusCode).toBe(200);

    const cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
    passwords.add(cadre.password);
    expect((await call(cadre.cookie, 'GET', '/api/v1/users')).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
  });

  it('updates with the version read, answers 409 to a stale one, and audits each change', async () => {
    const admin = await countyAdmin();
    const user = await makeUser([{ role: 'village_cadre', regionCode: VILLAGE }]);
    const url = `/api/v1/users/${user.id}`;
    const renamed = await call(admin.cookie, 'PATCH', url, { version: 1, displayName: '李四（村）' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().user).toMatchObject({ displayName: '李四（村）', version: 2 });

    const stale = await call(admin.cookie, 'PATCH', url, { version: 1, displayName: 'lost update' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });

    const regranted = await call(admin.cookie, 'PATCH', url, {
      version: 2,
      grants: [{ role: 'town_official', regionCode: TOWN }],
    });
    expect(regranted.json().user.grants).toEqual([
      { role: 'town_official', regionCode: TOWN, regionName: '车辋镇' },
    ]);

    const newPassword = generatePassword();
    passwords.add(newPassword);
    const session = await login(user.username, user.password);
    expect(session.statusCode).toBe(200);
    const reset = await call(admin.cookie, 'PATCH', url, { version: 3, password: newPassword });
    expect(reset.statusCode).toBe(200);
    expect(await db.query('SELECT 1 FROM sessions WHERE user_id = $1', [user.id])).toEqual([]);
    expect((await login(user.username, user.password)).statusCode).toBe(401);
    expect((await login(user.username, newPassword)).statusCode).toBe(200);

    await auditedWrite(
      db,
      `UPDATE users SET failed_logins = 10, locked_until = now() + interval '15 minutes' WHERE id = $1`,
      [user.id],
    );
    expect((await call(admin.cookie, 'POST', `${url}/unlock`)).json().user).toMatchObject({
      lockedUntil: null,
    });

    expect(await auditActions(user.id)).toEqual([
      'user.create',
      'user.update',
      'user.update',
      'auth.login',
      'user.update',
      'auth.login_failed',
      'auth.login',
      'user.unlock',
    ]);
    const [audit] = await db.query<{ after: { passwordChanged?: boolean }; actor: string }>(
      `SELECT after, actor FROM audit_log WHERE entity_id = $1 AND after ? 'passwordChanged'`,
      [String(user.id)],
    );
    expect(audit).toEqual({
      after: expect.objectContaining({ passwordChanged: true }),
      actor: admin.username,
    });
  });
});

describe('the first administrator', () => {
  /** Removes `admin`, as a fresh database would lack it (audited: the database insists). */
  const forget = () =>
    db.transaction(async (tx) => {
      const admin = "(SELECT id FROM users WHERE username = 'admin')";
      await tx.query(`DELETE FROM sessions WHERE user_id IN ${admin}`);
      await tx.query(`DELETE FROM role_grants WHERE user_id IN ${admin}`);
      await tx.query(`DELETE FROM users WHERE username = 'admin'`);
      await recordAudit(tx, shellActor('test'), {
        action: 'test.forget_admin',
        entity: 'user',
        entityId: null,
        regionCode: null,
      });
    });

  it('is created once with the configured password, as system_admin of the country', async () => {
    await forget();
    const given = 'Given-root-pw-17';
    passwords.add(given);
    const first = await ensureAdmin(db, { adminPassword: given });
    expect(first).toEqual({ created: true });
    expect(adminLoginNotice(first)).toContain('ZHENFU_ADMIN_PASSWORD');
    expect(adminLoginNotice(first)).not.toContain(given);
    expect(await ensureAdmin(db, { adminPassword: given })).toEqual({ created: false });
    const res = await login('admin', given);
    expect(res.json().user.grants).toEqual([
      { role: 'system_admin', regionCode: '000000000000', regionName: '全国' },
    ]);
    const [audit] = await db.query<{ source: string }>(
      `SELECT source FROM audit_log WHERE action = 'user.create' AND after->>'username' = 'admin'`,
    );
    expect(audit?.source).toBe('system');
  });

  it('otherwise gets a generated password, different on each fresh database and shown only once', async () => {
    await forget();
    const first = await ensureAdmin(db, { adminPassword: undefined });
    expect(first.created).toBe(true);
    expect(first.password?.length).toBeGreaterThanOrEqual(16);
    passwords.add(first.password ?? '');
    expect(adminLoginNotice(first)).toBe(
      `登录 / Login: admin / ${first.password}  (仅显示这一次，请登录后修改 / shown once only; change it after logging in)`,
    );
    const again = await ensureAdmin(db, { adminPassword: undefined });
    expect(again).toEqual({ created: false });
    expect(adminLoginNotice(again)).toBeUndefined();
    expect((await login('admin', first.password ?? '')).statusCode).toBe(200);

    await forget();
    const second = await ensureAdmin(db, { adminPassword: undefined });
    passwords.add(second.password ?? '');
    expect(second.password).toBeTruthy();
    expect(second.password).not.toBe(first.password);
  });
});
