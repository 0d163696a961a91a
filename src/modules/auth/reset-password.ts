/**
 * An administrator's password reset. Either the administrator types the new password (it must meet the rule),
 * or one is generated and handed back once, for the administrator to pass on: it is never stored in clear,
 * never logged and never audited — the audit row says only that a reset happened and whether the password
 * was generated. The user's sessions end, so whoever held the old password is out at once.
 */
import { notFound, versionConflict } from '../../app/errors.ts';
import type { Db } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import { accountRegion } from './account-region.ts';
import type { Actor } from './actor.ts';
import { checkPasswordPolicy, generatePassword, hashPassword } from './password.ts';
import { canManageUser } from './policies.ts';
import * as repo from './repo.ts';
import type { UserView } from './schemas.ts';
import { deleteUserSessions } from './session.ts';
import { getUser } from './users.ts';

export interface ResetPasswordInput {
  version?: number | undefined;
  password?: string | undefined;
}

export async function resetPassword(
  db: Db,
  actor: Actor,
  id: number,
  input: ResetPasswordInput,
): Promise<{ user: UserView; temporaryPassword: string | null }> {
  // Scope first, so the password rule cannot be used to probe users the actor may not see.
  const current = await getUser(db, actor, id);
  const generated = input.password === undefined;
  const password = input.password ?? generatePassword();
  checkPasswordPolicy(password, current.username);
  // Hashed before the transaction: argon2 work inside it would hold PGlite for every other request.
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    const before = await repo.lockUser(tx, id);
    if (!before || !canManageUser(actor, before.grants)) throw notFound('user', id);
    if (input.version !== undefined && input.version !== before.version) {
      throw versionConflict('user', before.version);
    }
    await repo.updateUser(tx, id, { passwordHash });
    await deleteUserSessions(tx, id);
    const after = await repo.findUser(tx, { id });
    if (!after) throw notFound('user', id);
    await recordAudit(tx, actor, {
      action: 'user.password_reset',
      entity: 'user',
      entityId: id,
      regionCode: await accountRegion(tx, id),
      after: { username: after.username, version: after.version, passwordChanged: true, generated },
    });
    return after;
  });
  return { user, temporaryPassword: generated ? password : null };
}
