import type { Config } from '../../app/config.ts';
import { DomainError } from '../../app/errors.ts';
import type { Db } from '../../db/types.ts';
import { COUNTRY } from '../regions/region-code.ts';
import type { Actor } from './actor.ts';
import { generatePassword, passwordProblem } from './password.ts';
import { findUser } from './repo.ts';
import { createUser } from './users.ts';

export const ADMIN_USERNAME = 'admin';

/** The server itself, creating what a fresh instance needs. */
const SYSTEM_ACTOR: Actor = {
  userId: null,
  username: 'system',
  source: 'system',
  grants: [{ role: 'system_admin', regionCode: COUNTRY }],
  requestId: null,
};

export interface EnsureAdminResult {
  created: boolean;
  /** Only when generated here: the caller prints it once; it is stored nowhere in clear. */
  password?: string;
}

/**
 * Creates the first administrator `admin` (system_admin on the whole country) unless it exists. The password
 * is ZHENFU_ADMIN_PASSWORD when set, otherwise a random one returned to be shown once. There is no fixed
 * default password, ever.
 */
export async function ensureAdmin(db: Db, config: Pick<Config, 'adminPassword'>): Promise<EnsureAdminResult> {
  if (await findUser(db, { username: ADMIN_USERNAME })) return { created: false };
  const given = config.adminPassword;
  const problem = given === undefined ? undefined : passwordProblem(given, ADMIN_USERNAME);
  if (problem) {
    throw new DomainError('invalid', problem.code, {
      zh: `ZHENFU_ADMIN_PASSWORD 不符合密码规则：${problem.zh}`,
      en: `ZHENFU_ADMIN_PASSWORD breaks the password rule: ${problem.en}`,
    });
  }
  const password = given ?? generatePassword();
  try {
    await createUser(db, SYSTEM_ACTOR, {
      username: ADMIN_USERNAME,
      displayName: '系统管理员 Administrator',
      password,
      grants: [{ role: 'system_admin', regionCode: COUNTRY }],
    });
  } catch (error) {
    // Another process starting at the same moment created it first.
    if (error instanceof DomainError && error.code === 'USERNAME_TAKEN') return { created: false };
    throw error;
  }
  return given === undefined ? { created: true, password } : { created: true };
}

/** The line to print beside the server's address, or undefined when there is nothing new to say. */
export function adminLoginNotice(result: EnsureAdminResult): string | undefined {
  if (!result.created) return undefined;
  if (result.password) {
    return `登录 / Login: ${ADMIN_USERNAME} / ${result.password}  (仅显示这一次，请登录后修改 / shown once only; change it after logging in)`;
  }
  return `登录 / Login: ${ADMIN_USERNAME} (密码见 ZHENFU_ADMIN_PASSWORD / password from ZHENFU_ADMIN_PASSWORD)`;
}
