import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor, type Grant } from '../src/modules/auth/actor.ts';
import { generatePassword } from '../src/modules/auth/password.ts';
import { createUser } from '../src/modules/auth/users.ts';
import {
  auditLeaks,
  auditedWrite,
  insertTestRegions,
  loginAs,
  randomUsername,
  sessionCookie,
} from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

let db: TestDb;
let app: App;
/** Every password this file uses: after each test, none of them may be in the audit log. */
const passwords = new Set<string>();

const COUNTY = '371324000000';
const TOWN = '371324106000';

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

async function makeUser(grants: Grant[] = [{ role: 'village_cadre', regionCode: TOWN }]) {
  const username = randomUsername();
  const password = generatePassword();
  passwords.add(password);
  const user = await createUser(db, shellActor('test'), { username, displayName: '张三', password, grants });
  return { ...user, password };
}

async function asLoggedIn(grants: Grant[]) {
  const session = await loginAs(app, grants);
  passwords.add(session.password);
  return session;
}

const login = (username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
const failWithout = (body: { error: Record<string, unknown> }) => ({ ...body.error, requestId: undefined });

async function lastAudit(entityId: number) {
  return db.query<{ action: string; actor: string; source: string; before: unknown; after: unknown }>(
    `SELECT action, actor, source, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
    [String(entityId)],
  );
}

/** Moves the user's failure clock back, as if the back-off window had passed. */
const waitOut = (id: number) =>
  auditedWrite(db, `UPDATE users SET last_failed_at = last_failed_at - interval '1 hour' WHERE id = $1`, [
    id,
  ]);

describe('login and sessions', () => {
  it('logs in, sets a strict HttpOnly cookie holding a token stored only as its hash, and answers /me', async () => {
    const user = await makeUser();
    const res = await login(user.username, user.password);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toEqual({
      id: user.id,
      username: user.username,
      displayName: '张三',
      grants: [{ role: 'village_cadre', regionCode: TOWN, regionName: '车辋镇' }],
      capabilities: {
        canWriteRegistry: true,
        canImport: true,
        // The audit is for those who check the work (administrators, inspectors), not for a village cadre.
        canSeeAudit: false,
        canManageUsers: false,
        canSeePersonalData: true,
        writeRegions: [TOWN],
        userRegions: [],
        canReadRegistry: true,
        articleRegions: [],
        publishRegions: [],
        siteRegions: [],
        complaintRegions: [TOWN],
        caseworkRegions: [TOWN],
        organisationRegions: [],
        projectRegions: [],
        pairedCadre: false,
      },
    });
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/HttpOnly/);
    expect(raw).toMatch(/SameSite=Strict/);
    expect(raw).toMatch(/Path=\//);
    expect(raw).toMatch(/Max-Age=28800/);
    const cookie = sessionCookie(res.headers['set-cookie']);
    const token = cookie.split('=')[1] ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [stored] = await db.query<{ token_hash: string }>(
      'SELECT token_hash FROM sessions WHERE user_id = $1',
      [user.id],
    );
    expect(stored?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const who = await me(cookie);
    expect(who.statusCode).toBe(200);
    expect(who.json().user).toEqual(res.json().user);
    expect((await lastAudit(user.id))[0]?.action).toBe('auth.login');
  });

  it('tells /me what each role may do, grant by grant, as the policies decide', async () => {
    const capabilities = async (grants: Grant[]) =>
      (await me((await asLoggedIn(grants)).cookie)).json().user.capabilities;
    expect(await capabilities([{ role: 'inspector', regionCode: COUNTY }])).toEqual({
      canWriteRegistry: false,
      canImport: false,
      canSeeAudit: true,
      canManageUsers: false,
      canSeePersonalData: false,
      writeRegions: [],
      userRegions: [],
      canReadRegistry: true,
      articleRegions: [],
      publishRegions: [],
      siteRegions: [],
      complaintRegions: [COUNTY],
      caseworkRegions: [],
      organisationRegions: [],
      projectRegions: [],
      pairedCadre: false,
    });
    // A paired cadre holds no region of the registry: their households come by their pairings.
    expect(await capabilities([{ role: 'paired_cadre', regionCode: COUNTY }])).toMatchObject({
      canReadRegistry: false,
      canWriteRegistry: false,
      caseworkRegions: [],
      pairedCadre: true,
    });
    expect(await capabilities([{ role: 'work_team', regionCode: TOWN }])).toMatchObject({
      canReadRegistry: true,
      canWriteRegistry: false,
      canSeePersonalData: true,
      caseworkRegions: [TOWN],
      organisationRegions: [],
    });
    // The portal's roles read no registry: the console opens them on the portal's pages.
    expect(await capabilities([{ role: 'contributor', regionCode: TOWN }])).toMatchObject({
      canReadRegistry: false,
      canWriteRegistry: false,
      articleRegions: [TOWN],
      publishRegions: [],
      siteRegions: [],
      complaintRegions: [],
    });
    expect(
      await capabilities([
        { role: 'editor', regionCode: COUNTY },
        { role: 'contributor', regionCode: TOWN },
      ]),
    ).toMatchObject({
      canReadRegistry: false,
      articleRegions: [COUNTY, TOWN],
      publishRegions: [COUNTY],
      siteRegions: [COUNTY],
    });
    expect(await capabilities([{ role: 'town_official', regionCode: TOWN }])).toMatchObject({
      canWriteRegistry: true,
      canImport: true,
      canSeePersonalData: false,
      writeRegions: [TOWN],
    });
    expect(await capabilities([{ role: 'county_admin', regionCode: COUNTY }])).toMatchObject({
      canWriteRegistry: true,
      canManageUsers: true,
      canSeePersonalData: true,
      writeRegions: [COUNTY],
      userRegions: [COUNTY],
    });
    // An inspector of the county who is also a cadre of one town writes only in that town.
    expect(
      await capabilities([
        { role: 'inspector', regionCode: COUNTY },
        { role: 'village_cadre', regionCode: TOWN },
      ]),
    ).toMatchObject({ canWriteRegistry: true, canImport: true, writeRegions: [TOWN] });
  });

  it('stores an argon2id hash', async () => {
    const user = await makeUser();
    const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
      user.id,
    ]);
    expect(row?.password_hash.startsWith('$argon2id$')).toBe(true);
  });

  it('answers /me without a valid session with 401', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const res = await me('zhenfu_session=not-a-token');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('gives a wrong password and an unknown user the same 401', async () => {
    const user = await makeUser();
    const wrong = await login(user.username, 'Wrong-password-1');
    const unknown = await login(randomUsername('nobody'), 'Wrong-password-1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(failWithout(wrong.json())).toEqual(failWithout(unknown.json()));
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.json().error.message.zh).toBe('用户名或密码错误');
  });

  it('throttles after 3 failures without checking the password, and lets the user in once the window passed', async () => {
    const user = await makeUser();
    for (let i = 0; i < 3; i++) expect((await login(user.username, 'Wrong-password-1')).statusCode).toBe(401);
    const refused = await login(user.username, user.password);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('LOGIN_THROTTLED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const [count] = await db.query<{ failed_logins: number }>(
      'SELECT failed_logins FROM users WHERE id = $1',
      [user.id],
    );
    expect(count?.failed_logins).toBe(3);

    await waitOut(user.id);
    expect((await login(user.username, 'Wrong-password-1')).statusCode).toBe(401);
    const longer = await login(user.username, user.password);
    expect(longer.statusCode).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBe(2);

    await waitOut(user.id);
    expect((await login(user.username, user.password)).statusCode).toBe(200);
    const [reset] = await db.query<{ failed_logins: number }>(
      'SELECT failed_logins FROM users WHERE id = $1',
      [user.id],
    );
    expect(reset?.failed_logins).toBe(0);
  });

  it('lets no more than 3 parallel wrong attempts through before throttling', async () => {
    const user = await makeUser();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => login(user.username, 'Wrong-password-1')),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('locks after 10 failures for 15 minutes, locks again after one more failure, and unlocks by API', async () => {
    const user = await makeUser();
    let last = await login(user.username, 'Wrong-password-1');
    for (let i = 1; i < 10; i++) {
      await waitOut(user.id);
      last = await login(user.username, 'Wrong-password-1');
    }
    expect(last.statusCode).toBe(429);
    expect(last.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(last.json().error.message.zh).toContain('锁定');
    expect(last.headers['retry-after']).toBe('900');
    await waitOut(user.id);
    const stillLocked = await login(user.username, user.password);
    expect(stillLocked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(Number(stillLocked.headers['retry-after'])).toBeGreaterThan(800);

    await auditedWrite(db, `UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [
      user.id,
    ]);
    expect((await login(user.username, 'Wrong-password-1')).json().error.code).toBe('ACCOUNT_LOCKED');

    const admin = await asLoggedIn([{ role: 'county_admin', regionCode: COUNTY }]);
    const unlock = await app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/unlock`,
      headers: { cookie: admin.cookie },
    });
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json().user).toMatchObject({ failedLogins: 0, lockedUntil: null });
    expect((await lastAudit(user.id))[0]).toMatchObject({ action: 'user.unlock', actor: admin.username });
    expect((await login(user.username, user.password)).statusCode).toBe(200);
  });

  it('ends a session at its absolute expiry and after an hour idle, deleting it', async () => {
    const s = await asLoggedIn([{ role: 'inspector', regionCode: COUNTY }]);
    await db.query(`UPDATE sessions SET last_seen_at = now() - interval '5 minutes' WHERE user_id = $1`, [
      s.userId,
    ]);
    expect((await me(s.cookie)).statusCode).toBe(200);
    const [touched] = await db.query<{ fresh: boolean }>(
      `SELECT last_seen_at > now() - interval '1 minute' AS fresh FROM sessions WHERE user_id = $1`,
      [s.userId],
    );
    expect(touched?.fresh).toBe(true);

    await db.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
      s.userId,
    ]);
    expect((await me(s.cookie)).statusCode).toBe(401);
    expect(await db.query('SELECT 1 FROM sessions WHERE user_id = $1', [s.userId])).toEqual([]);

    const idle = await asLoggedIn([{ role: 'inspector', regionCode: COUNTY }]);
    await db.query(`UPDATE sessions SET last_seen_at = now() - interval '61 minutes' WHERE user_id = $1`, [
      idle.userId,
    ]);
    expect((await me(idle.cookie)).statusCode).toBe(401);
    expect(await db.query('SELECT 1 FROM sessions WHERE user_id = $1', [idle.userId])).toEqual([]);
  });

  it('logs out: deletes the session and clears the cookie', async () => {
    const s = await asLoggedIn([{ role: 'inspector', regionCode: COUNTY }]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(
      /zhenfu_session=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/,
    );
    expect(await db.query('SELECT 1 FROM sessions WHERE user_id = $1', [s.userId])).toEqual([]);
    expect((await me(s.cookie)).statusCode).toBe(401);
    expect((await lastAudit(s.userId))[0]?.action).toBe('auth.logout');
  });

  it('keeps inactive users out and ends their sessions on deactivation', async () => {
    const user = await makeUser();
    const cookie = sessionCookie((await login(user.username, user.password)).headers['set-cookie']);
    const admin = await asLoggedIn([{ role: 'county_admin', regionCode: COUNTY }]);
    const off = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: { cookie: admin.cookie },
      payload: { version: user.version, active: false },
    });
    expect(off.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    const refused = await login(user.username, user.password);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('ACCOUNT_DISABLED');
    expect((await login(user.username, 'Wrong-password-1')).json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('lets a user change their own password, ending their other sessions', async () => {
    const s = await asLoggedIn([{ role: 'inspector', regionCode: COUNTY }]);
    const other = sessionCookie((await login(s.username, s.password)).headers['set-cookie']);
    const change = (currentPassword: string, newPassword: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { cookie: s.cookie },
        payload: { currentPassword, newPassword },
      });
    expect((await change('Wrong-password-1', 'Another-pass-22')).json().error.code).toBe('WRONG_PASSWORD');
    expect((await change(s.password, 'short')).json().error.fields[0].field).toBe('newPassword');
    const next = generatePassword();
    passwords.add(next);
    expect((await change(s.password, next)).statusCode).toBe(204);
    expect((await me(s.cookie)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await login(s.username, next)).statusCode).toBe(200);
    expect((await lastAudit(s.userId))[0]?.action).toBe('auth.login');
    const rows = await db.query("SELECT 1 FROM audit_log WHERE action = 'user.password' AND entity_id = $1", [
      String(s.userId),
    ]);
    expect(rows).toHaveLength(1);
  });
});
