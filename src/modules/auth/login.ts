/**
 * Logging in, and the rule against guessing:
 * - A wrong password and an unknown username get the same 401 and cost the same time (an unknown name is
 *   verified against DUMMY_HASH).
 * - Each wrong password adds one to the user's count of consecutive failures; the right one sets it to 0.
 * - From THROTTLE_AFTER (3) consecutive failures on, an attempt inside the back-off window — 2^(count-3)
 *   seconds after the last failure, at most 15 minutes — is refused with 429 LOGIN_THROTTLED without looking at
 *   the password.
 * - The failure that brings the count to LOCK_AFTER (10) locks the account for LOCK_MINUTES (15): 429
 *   ACCOUNT_LOCKED with Retry-After. After the lock, each further failure locks again, until a success or an
 *   administrator's unlock resets the count.
 * - The right password of an inactive user gets 403 ACCOUNT_DISABLED; a wrong one gets the usual 401.
 * The 429 answers do tell that the username exists; that is the price of throttling per user.
 */
import { DomainError } from '../../app/errors.ts';
import { counted, nouns } from '../../app/plural.ts';
import type { Db, Queryable, Tx } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import { accountRegion } from './account-region.ts';
import type { Actor } from './actor.ts';
import { checkPasswordPolicy, DUMMY_HASH, hashPassword, verifyPassword } from './password.ts';
import * as repo from './repo.ts';
import type { SessionUser } from './schemas.ts';
import { createSession, deleteSession, deleteUserSessions } from './session.ts';

export function invalidCredentials(): DomainError {
  return new DomainError('unauthenticated', 'INVALID_CREDENTIALS', {
    zh: '用户名或密码错误',
    en: 'Wrong username or password',
  });
}

export function loginThrottled(retryAfterSeconds: number): DomainError {
  return new DomainError(
    'locked',
    'LOGIN_THROTTLED',
    {
      zh: `登录失败次数过多，请 ${retryAfterSeconds} 秒后再试`,
      en: `Too many failed logins; try again in ${counted(retryAfterSeconds, nouns.second)}`,
    },
    { retryAfterSeconds },
  );
}

export function accountLocked(retryAfterSeconds: number): DomainError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainError(
    'locked',
    'ACCOUNT_LOCKED',
    {
      zh: `连续 ${repo.LOCK_AFTER} 次登录失败，账号已锁定 ${repo.LOCK_MINUTES} 分钟；请约 ${minutes} 分钟后再试，或请管理员解锁`,
      en: `After ${repo.LOCK_AFTER} failed logins in a row the account is locked for ${counted(repo.LOCK_MINUTES, nouns.minute)}; try again in about ${counted(minutes, nouns.minute)} or ask an administrator to unlock it`,
    },
    { retryAfterSeconds },
  );
}

function accountDisabled(): DomainError {
  return new DomainError('forbidden', 'ACCOUNT_DISABLED', {
    zh: '该账号已停用，请联系管理员',
    en: 'This account is deactivated; contact an administrator',
  });
}

/** Who acts in a login: the user once known, nobody before. */
function loginActor(requestId: string | null, user?: { id: number; username: string }): Actor {
  return {
    userId: user?.id ?? null,
    username: user?.username ?? 'anonymous',
    source: 'api',
    grants: [],
    requestId,
  };
}

export interface LoginInput {
  username: string;
  password: string;
  requestId: string | null;
  ttlMinutes: number;
}

function refused(refusal: repo.Refusal): DomainError {
  return refusal.locked
    ? accountLocked(refusal.retryAfterSeconds)
    : loginThrottled(refusal.retryAfterSeconds);
}

/**
 * Checks the credentials under the throttling rule; on success opens a session. Reading, hashing and writing
 * are three steps so that no transaction is open during the hash: the write re-checks the rule (see
 * repo.countLoginFailure), and a lost race answers 429 whatever the password was.
 */
export async function login(db: Db, input: LoginInput): Promise<{ token: string; user: SessionUser }> {
  const candidate = await repo.loginCandidate(db, input.username.trim().toLowerCase());
  if (!candidate) {
    await verifyPassword(DUMMY_HASH, input.password);
    // No audit row: nothing was written, and the name typed may well be someone's password.
    throw invalidCredentials();
  }
  if (candidate.refusal) throw refused(candidate.refusal);

  const actor = loginActor(input.requestId, candidate);
  // The account's region, so its administrators read its logins, failures and locks.
  const audit = { entity: 'user', entityId: candidate.id, regionCode: await accountRegion(db, candidate.id) };
  // A lost race: the write found the user may not try now. Throwing rolls the (empty) write back, too.
  const refuseNow = async (tx: Tx): Promise<never> => {
    throw refused(
      (await repo.loginCandidate(tx, candidate.username))?.refusal ?? { locked: false, retryAfterSeconds: 1 },
    );
  };
  if (!(await verifyPassword(candidate.passwordHash, input.password))) {
    const failure = await db.transaction(async (tx) => {
      const counted = (await repo.countLoginFailure(tx, candidate.id)) ?? (await refuseNow(tx));
      await recordAudit(tx, actor, { ...audit, action: 'auth.login_failed', after: counted });
      return counted;
    });
    if (failure.lockedUntil) throw accountLocked(repo.LOCK_MINUTES * 60);
    throw invalidCredentials();
  }
  if (!candidate.active) {
    await recordAudit(db, actor, { ...audit, action: 'auth.login_refused', after: { reason: 'inactive' } });
    throw accountDisabled();
  }

  const token = await db.transaction(async (tx) => {
    if (!(await repo.countLoginSuccess(tx, candidate.id))) await refuseNow(tx);
    const created = await createSession(tx, candidate.id, input.ttlMinutes);
    await recordAudit(tx, actor, { ...audit, action: 'auth.login' });
    return created;
  });
  return { token, user: await sessionUser(db, candidate.id) };
}

/** Ends the session of `token`. */
export async function logout(db: Db, actor: Actor | null, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, token);
    if (actor) {
      await recordAudit(tx, actor, {
        action: 'auth.logout',
        entity: 'user',
        entityId: actor.userId,
        regionCode: actor.userId === null ? null : await accountRegion(tx, actor.userId),
      });
    }
  });
}

/** The user of a session, as the console shows it. */
export async function sessionUser(q: Queryable, userId: number): Promise<SessionUser> {
  const user = await repo.findUser(q, { id: userId });
  if (!user) throw invalidCredentials();
  return { id: user.id, username: user.username, displayName: user.displayName, grants: user.grants };
}

/**
 * A user changes their own password, proving the current one. Their other sessions end; the one making the
 * change (`keepToken`) stays open.
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; keepToken?: string | undefined },
): Promise<void> {
  const wrongPassword = new DomainError('invalid', 'WRONG_PASSWORD', {
    zh: '当前密码不正确',
    en: 'The current password is wrong',
  });
  const userId = actor.userId;
  const candidate = await repo.loginCandidate(db, actor.username);
  if (userId === null || candidate?.id !== userId) throw wrongPassword;
  // Guesses of the current password count like failed logins, so a stolen session cannot guess it freely.
  if (candidate.refusal) throw refused(candidate.refusal);
  if (!(await verifyPassword(candidate.passwordHash, input.currentPassword))) {
    await db.transaction(async (tx) => {
      const counted = await repo.countLoginFailure(tx, userId);
      if (!counted) throw refused({ locked: false, retryAfterSeconds: 1 });
      const entry = {
        entity: 'user',
        entityId: userId,
        regionCode: await accountRegion(tx, userId),
        after: counted,
      };
      await recordAudit(tx, actor, { ...entry, action: 'auth.password_failed' });
    });
    throw wrongPassword;
  }
  checkPasswordPolicy(input.newPassword, actor.username, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const before = await repo.lockUser(tx, userId);
    if (!before) throw invalidCredentials();
    await repo.updateUser(tx, userId, { passwordHash });
    await deleteUserSessions(tx, userId, input.keepToken);
    await recordAudit(tx, actor, {
      action: 'user.password',
      entity: 'user',
      entityId: userId,
      regionCode: await accountRegion(tx, userId),
      after: { username: before.username, version: before.version + 1, passwordChanged: true },
    });
  });
}
