/**
 * The SQL of users, grants and login bookkeeping. Sessions have theirs in session.ts. Times are compared with
 * the database clock (now()) only, so tests move time by updating columns.
 */
import type { Queryable, Tx } from '../../db/types.ts';
import { COUNTRY, subtreeRange } from '../regions/region-code.ts';
import type { Actor, Grant } from './actor.ts';
import { scopeCondition } from './policies.ts';
import type { UserView } from './schemas.ts';

/** The login rule's numbers; see login.ts for the rule itself. */
export const THROTTLE_AFTER = 3;
export const LOCK_AFTER = 10;
export const LOCK_MINUTES = 15;
export const BACKOFF_CAP_SECONDS = 15 * 60;

// The grants of `u` with their region names, as a JSON array. The country is not a row of `regions`.
const GRANTS_JSON = `coalesce((
  SELECT json_agg(json_build_object('role', g.role, 'regionCode', g.region_code,
           'regionName', coalesce(r.name, CASE WHEN g.region_code = '${COUNTRY}' THEN '全国' ELSE g.region_code END))
         ORDER BY g.region_code, g.role)
  FROM role_grants g LEFT JOIN regions r ON r.code = g.region_code
  WHERE g.user_id = u.id), '[]'::json)`;

// The last login is read from the audit log, which records every one (no second copy on users to keep in
// step): the newest `auth.login` row of the user, found walking its rows of audit_entity backwards.
const LAST_LOGIN = `(SELECT a.at FROM audit_log a
  WHERE a.entity = 'user' AND a.entity_id = u.id::text AND a.action = 'auth.login'
  ORDER BY a.id DESC LIMIT 1)`;

const USER_COLUMNS = `u.id, u.username, u.display_name, u.active, u.failed_logins, u.locked_until, u.created_at,
  u.version, coalesce(u.locked_until > now(), false) AS locked, ${LAST_LOGIN} AS last_login_at,
  ${GRANTS_JSON} AS grants`;

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  active: boolean;
  failed_logins: number;
  locked_until: Date | null;
  created_at: Date;
  version: number;
  locked: boolean;
  last_login_at: Date | null;
  grants: UserView['grants'];
}

function toView(r: UserRow): UserView {
  return {
    id: Number(r.id),
    username: r.username,
    displayName: r.display_name,
    grants: r.grants,
    active: r.active,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until ? new Date(r.locked_until).toISOString() : null,
    locked: r.locked,
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
    version: r.version,
  };
}

export async function findUser(
  q: Queryable,
  key: { id: number } | { username: string },
): Promise<UserView | undefined> {
  const [column, value] = 'id' in key ? ['u.id', key.id] : ['u.username', key.username];
  const rows = await q.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE ${column} = $1`, [value]);
  return rows[0] && toView(rows[0]);
}

/** Locks the user's row for the rest of the transaction and returns it. */
export async function lockUser(tx: Tx, id: number): Promise<UserView | undefined> {
  const rows = await tx.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [id]);
  return rows.length ? findUser(tx, { id }) : undefined;
}

/** Inserts a user; undefined when the username is taken. */
export async function insertUser(
  tx: Tx,
  user: { username: string; displayName: string; passwordHash: string },
): Promise<number | undefined> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO users (username, display_name, password_hash) VALUES ($1, $2, $3)
     ON CONFLICT (username) DO NOTHING RETURNING id`,
    [user.username, user.displayName, user.passwordHash],
  );
  return rows[0] && Number(rows[0].id);
}

export async function replaceGrants(tx: Tx, userId: number, grants: readonly Grant[]): Promise<void> {
  await tx.query('DELETE FROM role_grants WHERE user_id = $1', [userId]);
  await tx.query(
    `INSERT INTO role_grants (user_id, role, region_code) SELECT $1, * FROM unnest($2::text[], $3::text[])`,
    [userId, grants.map((g) => g.role), grants.map((g) => g.regionCode)],
  );
}

/** Writes the given fields and bumps the version. */
export async function updateUser(
  tx: Tx,
  id: number,
  fields: { displayName?: string; active?: boolean; passwordHash?: string; unlock?: boolean },
): Promise<void> {
  await tx.query(
    `UPDATE users SET
       display_name = coalesce($2, display_name),
       active = coalesce($3, active),
       password_hash = coalesce($4, password_hash),
       failed_logins = CASE WHEN $5 THEN 0 ELSE failed_logins END,
       last_failed_at = CASE WHEN $5 THEN NULL ELSE last_failed_at END,
       locked_until = CASE WHEN $5 THEN NULL ELSE locked_until END,
       version = version + 1
     WHERE id = $1`,
    [
      id,
      fields.displayName ?? null,
      fields.active ?? null,
      fields.passwordHash ?? null,
      fields.unlock === true,
    ],
  );
}

/** The names of those of `codes` that are regions. */
export async function regionNames(q: Queryable, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await q.query<{ code: string; name: string }>(
    'SELECT code, name FROM regions WHERE code = ANY($1::text[])',
    [codes],
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}

export interface UserFilter {
  q?: string | undefined;
  active?: boolean | undefined;
  within?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * Users every grant of whom lies in `scope`'s subtrees (users without grants are left out). Candidates come
 * from the region index of role_grants; the NOT EXISTS drops those also granted elsewhere.
 */
export async function listUsers(
  q: Queryable,
  scope: Actor,
  filter: UserFilter,
): Promise<{ items: UserView[]; total: number }> {
  const params: unknown[] = [];
  const inside = scopeCondition(scope, 'g.region_code', params);
  const stillInside = scopeCondition(scope, 'o.region_code', params);
  const where = [
    `u.id IN (SELECT g.user_id FROM role_grants g WHERE ${inside})`,
    `NOT EXISTS (SELECT 1 FROM role_grants o WHERE o.user_id = u.id AND NOT ${stillInside})`,
  ];
  if (filter.q) {
    params.push(`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`);
    where.push(`(u.username ILIKE $${params.length} OR u.display_name ILIKE $${params.length})`);
  }
  if (filter.within !== undefined && filter.within !== COUNTRY) {
    const [lo, hi] = subtreeRange(filter.within);
    params.push(lo, hi);
    where.push(
      `u.id IN (SELECT w.user_id FROM role_grants w WHERE w.region_code BETWEEN $${params.length - 1} AND $${params.length})`,
    );
  }
  if (filter.active !== undefined) {
    params.push(filter.active);
    where.push(`u.active = $${params.length}`);
  }
  const condition = where.join(' AND ');
  const [count] = await q.query<{ n: number }>(
    `SELECT count(*) AS n FROM users u WHERE ${condition}`,
    params,
  );
  const rows = await q.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users u WHERE ${condition}
     ORDER BY u.username LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, filter.limit, filter.offset],
  );
  return { items: rows.map(toView), total: Number(count?.n ?? 0) };
}

export interface LoginCandidate {
  id: number;
  username: string;
  passwordHash: string;
  active: boolean;
  /** Set when the user may not try now: locked, or inside a back-off window. */
  refusal?: Refusal;
}

export interface Refusal {
  locked: boolean;
  retryAfterSeconds: number;
}

// Whether the row's user may try now, and the back-off window: 2^(failed_logins-3) seconds, capped.
// $2 = THROTTLE_AFTER, $3 = BACKOFF_CAP_SECONDS.
const BACKOFF_END = `last_failed_at + interval '1 second' * least(power(2, greatest(failed_logins - $2, 0)), $3)`;
const LOCKED = `coalesce(locked_until > now(), false)`;
const THROTTLED = `(failed_logins >= $2 AND coalesce(${BACKOFF_END} > now(), false))`;
const ALLOWED = `NOT ${LOCKED} AND NOT ${THROTTLED}`;

/** Reads a user for a login attempt; writes nothing, so an unknown name leaves no trace. */
export async function loginCandidate(q: Queryable, username: string): Promise<LoginCandidate | undefined> {
  const rows = await q.query<{
    id: number;
    username: string;
    password_hash: string;
    active: boolean;
    locked: boolean;
    throttled: boolean;
    lock_seconds: number | null;
    wait_seconds: number | null;
  }>(
    `SELECT id, username, password_hash, active, ${LOCKED} AS locked, ${THROTTLED} AS throttled,
            ceil(extract(epoch FROM locked_until - now()))::int AS lock_seconds,
            ceil(extract(epoch FROM ${BACKOFF_END} - now()))::int AS wait_seconds
     FROM users WHERE username = $1`,
    [username, THROTTLE_AFTER, BACKOFF_CAP_SECONDS],
  );
  const r = rows[0];
  if (!r) return undefined;
  const candidate = {
    id: Number(r.id),
    username: r.username,
    passwordHash: r.password_hash,
    active: r.active,
  };
  if (!r.locked && !r.throttled) return candidate;
  const seconds = (r.locked ? r.lock_seconds : r.wait_seconds) ?? 1;
  return { ...candidate, refusal: { locked: r.locked, retryAfterSeconds: Math.max(1, seconds) } };
}

/**
 * Counts a wrong password, locking the account when the count reaches LOCK_AFTER. The attempt counts only if
 * the user may still try: the UPDATE re-checks under the row lock, so parallel attempts that all passed the
 * first look cannot all count (and learn their answer) inside one window. Undefined when refused.
 */
export async function countLoginFailure(
  tx: Tx,
  id: number,
): Promise<{ failedLogins: number; lockedUntil: string | null } | undefined> {
  const rows = await tx.query<{ failed_logins: number; locked_until: Date | null }>(
    `UPDATE users SET failed_logins = failed_logins + 1, last_failed_at = now(),
       locked_until = CASE WHEN failed_logins + 1 >= $4 THEN now() + interval '1 minute' * $5 ELSE locked_until END
     WHERE id = $1 AND ${ALLOWED}
     RETURNING failed_logins, locked_until`,
    [id, THROTTLE_AFTER, BACKOFF_CAP_SECONDS, LOCK_AFTER, LOCK_MINUTES],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until ? new Date(r.locked_until).toISOString() : null,
  };
}

/** After the right password: the count starts again, if the user may still try (see above). */
export async function countLoginSuccess(tx: Tx, id: number): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE users SET failed_logins = 0, last_failed_at = NULL, locked_until = NULL
     WHERE id = $1 AND ${ALLOWED} RETURNING id`,
    [id, THROTTLE_AFTER, BACKOFF_CAP_SECONDS],
  );
  return rows.length > 0;
}
