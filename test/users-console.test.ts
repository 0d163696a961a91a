/**
 * What the console's users page needs of the API beyond users.test.ts: the password reset (typed or
 * generated once), the state and last login on every user, and paging with the total.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor, type Grant } from '../src/modules/auth/actor.ts';
import { generatePassword, passwordProblem } from '../src/modules/auth/password.ts';
import { createUser } from '../src/modules/auth/users.ts';
import { auditLeaks, auditedWrite, insertTestRegions, loginAs, randomUsername } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

let db: TestDb;
let app: App;
/** Every password this file uses or receives: after each test, none of them may be in the audit log. */
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

async function makeUser(grants: Grant[], prefix = 'u') {
  const password = generatePassword();
  passwords.add(password);
  const user = await createUser(db, shellActor('test'), {
    username: randomUsername(prefix),
    displayName: '李四',
    password,
    grants,
  });
  return { ...user, password };
}

async function admin(grants: Grant[] = [{ role: 'county_admin', regionCode: COUNTY }]) {
  const session = await loginAs(app, grants);
  passwords.add(session.password);
  return session;
}

const login = (username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

function call(cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) {
  return app.inject({
    method,
    url,
    headers: { cookie, 'content-type': 'application/json' },
    ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
  });
}

const resets = async (id: number) =>
  db.query<{ actor: string; region_code: string | null; after: Record<string, unknown> }>(
    `SELECT actor, region_code, after FROM audit_log
     WHERE entity = 'user' AND entity_id = $1 AND action = 'user.password_reset' ORDER BY id`,
    [String(id)],
  );

describe('POST /users/{id}/password', () => {
  it('generates a password that meets the rule, returns it once, ends the sessions and audits the reset', async () => {
    const { cookie, username } = await admin();
    const user = await makeUser([{ role: 'village_cadre', regionCode: VILLAGE }]);
    expect((await login(user.username, user.password)).statusCode).toBe(200);

    const res = await call(cookie, 'POST', `/api/v1/users/${user.id}/password`, { version: user.version });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { temporaryPassword, user: after } = res.json<{
      temporaryPassword: string;
      user: { version: number };
    }>();
    passwords.add(temporaryPassword);
    expect(passwordProblem(temporaryPassword, user.username)).toBeUndefined();
    expect(after.version).toBe(user.version + 1);
    expect(await db.query('SELECT 1 FROM sessions WHERE user_id = $1', [user.id])).toEqual([]);
    expect((await login(user.username, user.password)).statusCode).toBe(401);
    expect((await login(user.username, temporaryPassword)).statusCode).toBe(200);

    expect(await resets(user.id)).toEqual([
      {
        actor: username,
        region_code: VILLAGE,
        after: { username: user.username, version: after.version, passwordChanged: true, generated: true },
      },
    ]);
  });

  it('sets a typed password under the password rule and the version read', async () => {
    const { cookie } = await admin();
    const user = await makeUser([{ role: 'town_official', regionCode: TOWN }]);
    const url = `/api/v1/users/${user.id}/password`;

    const short = await call(cookie, 'POST', url, { password: 'Ab1-short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0]).toMatchObject({ field: 'password', code: 'PASSWORD_TOO_SHORT' });
    const withName = await call(cookie, 'POST', url, { password: `Xx-${user.username}-9` });
    expect(withName.json().error.fields[0].code).toBe('PASSWORD_CONTAINS_USERNAME');

    const typed = generatePassword();
    passwords.add(typed);
    const stale = await call(cookie, 'POST', url, { password: typed, version: user.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const res = await call(cookie, 'POST', url, { password: typed, version: user.version });
    expect(res.statusCode).toBe(200);
    expect(res.json().temporaryPassword).toBeNull();
    expect((await login(user.username, typed)).statusCode).toBe(200);
    expect((await resets(user.id)).map((r) => r.after.generated)).toEqual([false]);
  });

  it('answers 404 for users outside the caller’s management scope, and 401/400 to junk, changing nothing', async () => {
    const county = await admin();
    const cadre = await admin([{ role: 'village_cadre', regionCode: VILLAGE }]);
    const outsider = await makeUser([{ role: 'town_official', regionCode: OTHER_COUNTY }]);
    const straddling = await makeUser([
      { role: 'inspector', regionCode: COUNTY },
      { role: 'inspector', regionCode: OTHER_COUNTY },
    ]);
    const neighbour = await makeUser([{ role: 'village_cadre', regionCode: VILLAGE }]);
    for (const [cookie, id] of [
      [county.cookie, outsider.id],
      [county.cookie, straddling.id],
      [cadre.cookie, neighbour.id],
    ] as const) {
      // A weak password too: the rule must not tell whether the user exists.
      for (const body of [{}, { password: 'weak' }]) {
        const res = await call(cookie, 'POST', `/api/v1/users/${id}/password`, body);
        expect(res.statusCode).toBe(404);
        expect(res.body).not.toContain('temporaryPassword');
      }
      expect(await resets(id)).toEqual([]);
    }
    expect((await login(outsider.username, outsider.password)).statusCode).toBe(200);

    const anonymous = await app.inject({ method: 'POST', url: `/api/v1/users/${outsider.id}/password` });
    expect(anonymous.statusCode).toBe(401);
    for (const [url, payload] of [
      ['/api/v1/users/abc/password', {}],
      ['/api/v1/users/0/password', {}],
      [`/api/v1/users/${neighbour.id}/password`, { password: 'x'.repeat(5000) }],
      [`/api/v1/users/${neighbour.id}/password`, { password: 12 }],
      [`/api/v1/users/${neighbour.id}/password`, { version: 'one' }],
      [`/api/v1/users/${neighbour.id}/password`, ['array']],
    ] as const) {
      const res = await call(county.cookie, 'POST', url, payload);
      expect(res.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(res.json().error.message).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
    }
    expect(await resets(neighbour.id)).toEqual([]);
  });
});

describe('users as the console lists them', () => {
  it('carries the lock state and the last login', async () => {
    const { cookie } = await admin();
    const user = await makeUser([{ role: 'inspector', regionCode: TOWN }]);
    const read = async () => (await call(cookie, 'GET', `/api/v1/users/${user.id}`)).json().user;
    expect(await read()).toMatchObject({ locked: false, lastLoginAt: null, active: true });

    expect((await login(user.username, user.password)).statusCode).toBe(200);
    const [audit] = await db.query<{ at: Date }>(
      `SELECT at FROM audit_log WHERE entity_id = $1 AND action = 'auth.login' ORDER BY id DESC LIMIT 1`,
      [String(user.id)],
    );
    expect((await read()).lastLoginAt).toBe(new Date(audit!.at).toISOString());

    await auditedWrite(db, `UPDATE users SET locked_until = now() + interval '15 minutes' WHERE id = $1`, [
      user.id,
    ]);
    expect(await read()).toMatchObject({ locked: true });
    // A lock whose time is over is no longer a lock, though the column still holds when it ended.
    await auditedWrite(db, `UPDATE users SET locked_until = now() - interval '1 minute' WHERE id = $1`, [
      user.id,
    ]);
    expect(await read()).toMatchObject({ locked: false, lockedUntil: expect.any(String) });
  });

  it('pages with the total, searching the username or the name', async () => {
    const { cookie } = await admin();
    const prefix = `pg${Date.now() % 100000}`;
    for (let i = 0; i < 5; i += 1) await makeUser([{ role: 'village_cadre', regionCode: VILLAGE }], prefix);
    const page = async (offset: number) =>
      (await call(cookie, 'GET', `/api/v1/users?q=${prefix}&limit=2&offset=${offset}`)).json<{
        items: { username: string }[];
        total: number;
      }>();
    const pages = [await page(0), await page(2), await page(4)];
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(new Set(pages.flatMap((p) => p.items.map((u) => u.username))).size).toBe(5);
    const inTown = await makeUser([{ role: 'town_official', regionCode: TOWN }], prefix);
    const within = async (code: string) =>
      (await call(cookie, 'GET', `/api/v1/users?q=${prefix}&within=${code}`)).json<{ total: number }>().total;
    expect([await within(COUNTY), await within(TOWN), await within(VILLAGE)]).toEqual([6, 6, 5]);
    expect(await within('371324107000')).toBe(0);
    expect(
      (await call(cookie, 'GET', `/api/v1/users?q=${inTown.username}&within=${OTHER_COUNTY}`)).json(),
    ).toMatchObject({ total: 0 });
    expect((await call(cookie, 'GET', '/api/v1/users?within=37')).statusCode).toBe(400);
    expect((await call(cookie, 'GET', '/api/v1/users?limit=0')).statusCode).toBe(400);
    expect((await call(cookie, 'GET', '/api/v1/users?offset=-1')).statusCode).toBe(400);
  });
});
