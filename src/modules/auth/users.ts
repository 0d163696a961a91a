/**
 * User administration: one command per change, each in one transaction with its audit row. Commands take the
 * database rather than a transaction because a new password is hashed first: argon2 work inside a transaction
 * would hold PGlite, which runs one transaction at a time, for every other request.
 */
import { DomainError, fieldError, notFound, versionConflict } from '../../app/errors.ts';
import type { Db, Queryable, Tx } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import { commonRegion } from './account-region.ts';
import { COUNTRY } from '../regions/region-code.ts';
import type { Actor, Grant } from './actor.ts';
import { checkPasswordPolicy, hashPassword } from './password.ts';
import { canGrant, canManageUser, userManagementScope } from './policies.ts';
import * as repo from './repo.ts';
import { deleteUserSessions } from './session.ts';
import { USERNAME_PATTERN, type GrantInput, type UserView } from './schemas.ts';

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  grants: readonly GrantInput[];
}

export interface UpdateUserInput {
  /** The version the caller read; a different current version is a conflict. Omitted by the shell's commands. */
  version?: number;
  displayName?: string;
  active?: boolean;
  grants?: readonly GrantInput[];
  password?: string;
}

const AUDIT_ENTITY = 'user';

/** What the audit log keeps of a user: never the password or its hash. */
/**
 * The region of an account's audit rows: the lowest region holding all its grants — before and after, for a
 * change of grants, so the administrators of both sides read it (see account-region.ts).
 */
function regionOf(...users: UserView[]): string | null {
  return commonRegion(users.flatMap((u) => u.grants.map((g) => g.regionCode)));
}

function auditView(u: UserView) {
  return {
    username: u.username,
    displayName: u.displayName,
    active: u.active,
    grants: u.grants.map((g) => ({ role: g.role, regionCode: g.regionCode })),
    version: u.version,
  };
}

function forbiddenGrant(g: GrantInput): DomainError {
  return new DomainError(
    'forbidden',
    'GRANT_NOT_ALLOWED',
    {
      zh: `无权授予该角色：${g.role}（${g.regionCode}）`,
      en: `You may not grant ${g.role} on ${g.regionCode}`,
    },
    { role: g.role, regionCode: g.regionCode },
  );
}

/**
 * Checks new grants: no duplicates, each within the actor's reach, each on an existing region — except a
 * system administrator on the whole country, which is not a row of `regions`.
 */
async function checkGrants(q: Queryable, actor: Actor, grants: readonly GrantInput[]): Promise<Grant[]> {
  const unique = [...new Map(grants.map((g) => [`${g.role}@${g.regionCode}`, g])).values()];
  if (unique.length === 0) {
    throw fieldError('grants', 'GRANTS_REQUIRED', {
      zh: '至少需要一个角色授权（停用账号请用“停用”）',
      en: 'At least one grant is needed (to remove access, deactivate the user)',
    });
  }
  for (const g of unique) if (!canGrant(actor, g.role, g.regionCode)) throw forbiddenGrant(g);
  const known = await repo.regionNames(
    q,
    unique.map((g) => g.regionCode),
  );
  for (const g of unique) {
    const countryAdmin = g.role === 'system_admin' && g.regionCode === COUNTRY;
    if (!countryAdmin && !known.has(g.regionCode)) {
      throw fieldError('grants', 'UNKNOWN_REGION', {
        zh: `区划代码不存在：${g.regionCode}（全国 000000000000 仅可授予系统管理员）`,
        en: `No such region: ${g.regionCode} (the country, 000000000000, is for system_admin only)`,
      });
    }
  }
  return unique.map((g) => ({ role: g.role, regionCode: g.regionCode }));
}

/** Loads and locks a user the actor may manage; others do not exist as far as the actor can tell. */
async function lockManaged(tx: Tx, actor: Actor, id: number): Promise<UserView> {
  const user = await repo.lockUser(tx, id);
  if (!user || !canManageUser(actor, user.grants)) throw notFound('user', id);
  return user;
}

async function reload(q: Queryable, id: number): Promise<UserView> {
  const user = await repo.findUser(q, { id });
  if (!user) throw notFound('user', id);
  return user;
}

export async function createUser(db: Db, actor: Actor, input: CreateUserInput): Promise<UserView> {
  if (!USERNAME_PATTERN.test(input.username)) {
    throw fieldError('username', 'USERNAME_FORMAT', {
      zh: '用户名须为 2–64 位小写字母、数字或 _ . -',
      en: 'The username must be 2–64 lowercase letters, digits or _ . -',
    });
  }
  checkPasswordPolicy(input.password, input.username);
  const grants = await checkGrants(db, actor, input.grants);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const id = await repo.insertUser(tx, { ...input, passwordHash });
    if (id === undefined) {
      throw new DomainError(
        'conflict',
        'USERNAME_TAKEN',
        { zh: `用户名已被使用：${input.username}`, en: `The username is taken: ${input.username}` },
        { username: input.username },
      );
    }
    await repo.replaceGrants(tx, id, grants);
    const user = await reload(tx, id);
    await recordAudit(tx, actor, {
      action: 'user.create',
      entity: AUDIT_ENTITY,
      entityId: id,
      regionCode: regionOf(user),
      after: auditView(user),
    });
    return user;
  });
}

/**
 * Changes a user: display name, active, grants, password (a reset). Deactivating or setting a password ends
 * the user's sessions, so access goes at once.
 */
export async function updateUser(
  db: Db,
  actor: Actor,
  id: number,
  input: UpdateUserInput,
): Promise<UserView> {
  const grants = input.grants && (await checkGrants(db, actor, input.grants));
  let passwordHash: string | undefined;
  if (input.password !== undefined) {
    // Scope first, so the password rule cannot be used to probe users the actor may not see.
    const current = await getUser(db, actor, id);
    checkPasswordPolicy(input.password, current.username);
    passwordHash = await hashPassword(input.password);
  }
  return db.transaction(async (tx) => {
    const before = await lockManaged(tx, actor, id);
    if (input.version !== undefined && input.version !== before.version) {
      throw versionConflict(AUDIT_ENTITY, before.version);
    }
    const fields = {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(passwordHash !== undefined ? { passwordHash } : {}),
    };
    await repo.updateUser(tx, id, fields);
    if (grants) await repo.replaceGrants(tx, id, grants);
    if (input.active === false || passwordHash !== undefined) await deleteUserSessions(tx, id);
    const after = await reload(tx, id);
    await recordAudit(tx, actor, {
      action: 'user.update',
      entity: AUDIT_ENTITY,
      entityId: id,
      regionCode: regionOf(before, after),
      before: auditView(before),
      // The audit says that the password changed, never what to.
      after: { ...auditView(after), ...(passwordHash !== undefined ? { passwordChanged: true } : {}) },
    });
    return after;
  });
}

/** Ends a lock and the count of failed logins. */
export async function unlockUser(db: Db, actor: Actor, id: number, version?: number): Promise<UserView> {
  return db.transaction(async (tx) => {
    const before = await lockManaged(tx, actor, id);
    if (version !== undefined && version !== before.version)
      throw versionConflict(AUDIT_ENTITY, before.version);
    await repo.updateUser(tx, id, { unlock: true });
    const after = await reload(tx, id);
    await recordAudit(tx, actor, {
      action: 'user.unlock',
      entity: AUDIT_ENTITY,
      entityId: id,
      regionCode: regionOf(before),
      before: { ...auditView(before), failedLogins: before.failedLogins, lockedUntil: before.lockedUntil },
      after: { ...auditView(after), failedLogins: 0, lockedUntil: null },
    });
    return after;
  });
}

/** Adds one grant to those the user holds (the shell's `users grant`). */
export async function addGrant(db: Db, actor: Actor, id: number, grant: GrantInput): Promise<UserView> {
  const current = await getUser(db, actor, id);
  return updateUser(db, actor, id, { grants: [...current.grants, grant], version: current.version });
}

/** One user the actor may manage, or 404. */
export async function getUser(q: Queryable, actor: Actor, id: number): Promise<UserView> {
  const user = await repo.findUser(q, { id });
  if (!user || !canManageUser(actor, user.grants)) throw notFound('user', id);
  return user;
}

/** The id of a user the actor may manage, by username (for the shell's commands). */
export async function userIdByUsername(q: Queryable, actor: Actor, username: string): Promise<number> {
  const user = await repo.findUser(q, { username });
  if (!user || !canManageUser(actor, user.grants)) throw notFound('user', username);
  return user.id;
}

/** Users the actor manages; a caller who manages nobody is refused rather than shown an empty list. */
export async function listUsers(
  q: Queryable,
  actor: Actor,
  filter: repo.UserFilter,
): Promise<{ items: UserView[]; total: number }> {
  const scope = userManagementScope(actor);
  if (scope.grants.length === 0) {
    throw new DomainError('forbidden', 'FORBIDDEN', {
      zh: '无权管理用户',
      en: 'You may not manage users',
    });
  }
  return repo.listUsers(q, scope, filter);
}
