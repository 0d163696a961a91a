import { randomBytes } from 'node:crypto';
import type { App } from '../../src/app/context.ts';
import type { Db, Queryable } from '../../src/db/types.ts';
import { recordAudit } from '../../src/modules/audit/audit.ts';
import { shellActor, type Grant } from '../../src/modules/auth/actor.ts';
import { generatePassword } from '../../src/modules/auth/password.ts';
import { SESSION_COOKIE } from '../../src/modules/auth/session.ts';
import { createUser } from '../../src/modules/auth/users.ts';

export interface LoggedIn {
  /** The value for `headers: { cookie }` in app.inject. */
  cookie: string;
  userId: number;
  username: string;
  password: string;
}

/** A unique username for a test user. */
export function randomUsername(prefix = 'u'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Reads the session cookie out of a login response. */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  const headers = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = headers.find((h) => h.startsWith(`${SESSION_COOKIE}=`));
  if (!found) throw new Error('no session cookie in the response');
  return found.split(';')[0] ?? '';
}

/**
 * Creates a user holding `grants` (random unique username and password; the regions must exist in `regions`)
 * and logs in through the API. Pass the returned cookie as `headers: { cookie }`.
 */
export async function loginAs(app: App, grants: Grant[]): Promise<LoggedIn> {
  const username = randomUsername();
  const password = generatePassword();
  const user = await createUser(app.db, shellActor('test'), {
    username,
    displayName: `测试 ${username}`,
    password,
    grants,
  });
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return { cookie: sessionCookie(res.headers['set-cookie']), userId: user.id, username, password };
}

/**
 * The few regions the auth tests grant on (兰陵县 with 车辋镇 and a village, and 兰山区 as a second county),
 * until tests load them through the regions module.
 */
export async function insertTestRegions(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO regions (code, level, parent_code, name) VALUES
       ('370000000000', 1, NULL, '山东省'), ('371300000000', 2, '370000000000', '临沂市'),
       ('371324000000', 3, '371300000000', '兰陵县'), ('371324106000', 4, '371324000000', '车辋镇'),
       ('371324106201', 5, '371324106000', '测试村'), ('371302000000', 3, '371300000000', '兰山区')
     ON CONFLICT (code) DO NOTHING`,
  );
}

/** Audit rows whose text holds a password hash or any of `secrets`; a test expects none. */
export async function auditLeaks(db: Queryable, secrets: Iterable<string>): Promise<string[]> {
  const rows = await db.query<{ text: string }>(
    `SELECT concat_ws(' ', actor, action, entity_id, before::text, after::text) AS text FROM audit_log`,
  );
  const needles = ['$argon2', ...[...secrets].filter((s) => s.length > 0)];
  return rows.map((r) => r.text).filter((text) => needles.some((n) => text.includes(n)));
}

/**
 * Runs a test's own write to an audited table (users, role_grants) — e.g. moving a failure time back — with
 * the audit row the database insists on.
 */
export async function auditedWrite(db: Db, sql: string, params: unknown[] = []): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(sql, params);
    await recordAudit(tx, shellActor('test'), {
      action: 'test.write',
      entity: 'test',
      entityId: null,
      regionCode: null,
    });
  });
}
