/**
 * Sessions. The cookie holds a random 32-byte token; the table holds only its SHA-256, so a copy of the table
 * opens no session. A session ends at its absolute expiry (expires_at = login + SESSION_TTL_MINUTES), after
 * IDLE_MINUTES without a request, at logout, or when the user is deactivated or given a new password.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../app/config.ts';
import type { App } from '../../app/context.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import type { Grant } from './actor.ts';

export const SESSION_COOKIE = 'zhenfu_session';
/** A session unused this long is over, whatever its absolute expiry. */
export const IDLE_MINUTES = 60;
/**
 * last_seen_at is written at most once a minute per session, not on every request: the idle rule needs minutes,
 * not milliseconds, and a write per request would double the work of every read.
 */
const TOUCH_AFTER_SECONDS = 60;
/** 32 random bytes in base64url: 43 characters. Anything else in the cookie is not looked up at all. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for the user and returns the token for the cookie. */
export async function createSession(tx: Tx, userId: number, ttlMinutes: number): Promise<string> {
  const token = newToken();
  // Sessions that ran out but were never met again go when their user next logs in.
  await tx.query(
    `DELETE FROM sessions WHERE user_id = $1
       AND (expires_at <= now() OR last_seen_at <= now() - interval '1 minute' * $2)`,
    [userId, IDLE_MINUTES],
  );
  await tx.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 minute' * $3)`,
    [tokenHash(token), userId, ttlMinutes],
  );
  return token;
}

export async function deleteSession(q: Queryable, token: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}

/** Ends every session of the user, except the one of `keepToken` when given. */
export async function deleteUserSessions(tx: Tx, userId: number, keepToken?: string): Promise<void> {
  await tx.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [
    userId,
    keepToken ? tokenHash(keepToken) : '',
  ]);
}

export interface SessionActor {
  userId: number;
  username: string;
  grants: Grant[];
}

/**
 * The user of a live session, in one query (session, user and grants). A session met expired, idle or of an
 * inactive user is deleted on the spot.
 */
export async function resolveSession(q: Queryable, token: string): Promise<SessionActor | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const hash = tokenHash(token);
  const rows = await q.query<{
    user_id: number;
    username: string;
    dead: boolean;
    stale: boolean;
    grants: Grant[];
  }>(
    `SELECT s.user_id, u.username,
            (s.expires_at <= now() OR s.last_seen_at <= now() - interval '1 minute' * $2 OR NOT u.active) AS dead,
            s.last_seen_at <= now() - interval '1 second' * $3 AS stale,
            coalesce((SELECT json_agg(json_build_object('role', g.role, 'regionCode', g.region_code))
                      FROM role_grants g WHERE g.user_id = u.id), '[]'::json) AS grants
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1`,
    [hash, IDLE_MINUTES, TOUCH_AFTER_SECONDS],
    { prepare: true },
  );
  const row = rows[0];
  if (!row) return undefined;
  if (row.dead) {
    await q.query('DELETE FROM sessions WHERE token_hash = $1', [hash]);
    return undefined;
  }
  if (row.stale) await q.query('UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1', [hash]);
  return { userId: Number(row.user_id), username: row.username, grants: row.grants };
}

export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE];
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: config.secureCookies,
    maxAge: config.sessionTtlMinutes * 60,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: config.secureCookies,
  });
}

/**
 * Sets request.actor from the session cookie on every request. Requests without the cookie cost nothing;
 * with it, one indexed query. Called by the server itself (not from a plugin) so it covers every route.
 */
export function installSessionHook(app: App): void {
  app.addHook('onRequest', async (request) => {
    const token = sessionToken(request);
    if (!token) return;
    const session = await resolveSession(app.db, token);
    if (!session) return;
    request.actor = {
      userId: session.userId,
      username: session.username,
      source: 'api',
      grants: session.grants,
      requestId: request.id,
    };
  });
}
