import { randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';
import { fieldError } from '../../app/errors.ts';

/**
 * argon2id with 19 MiB of memory, 2 iterations and parallelism 1: the OWASP Password Storage Cheat Sheet's
 * minimum for argon2id. About 10 ms per hash on one core here, so a login costs little and a stolen table costs
 * an attacker a great deal. Raising these later is safe: every hash carries its own parameters.
 */
export const HASH_OPTIONS: Options = {
  // `Algorithm` is a const enum in the package's typings, which isolatedModules cannot read; 2 is Argon2id.
  algorithm: 2,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
};

/**
 * A hash of a random string nobody knows, made with HASH_OPTIONS. Logins for unknown usernames verify against
 * it, so they take as long as logins with a wrong password (no enumeration by timing). A unit test checks that
 * its parameters still equal HASH_OPTIONS.
 */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$Q5N0WhktoueSNcorsHbxlg$EnIXUZ9Q4dsxPfv9NPdu2eQMGjxr9j6SbGpcWfuui2s';

export const MIN_LENGTH = 12;
/** A passphrase this long needs no mix of character kinds. */
export const PASSPHRASE_LENGTH = 20;
/** Bounds the work one request can ask of the hash function. */
export const MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

/** True when `password` matches `passwordHash`; a malformed hash counts as no match. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** How many of the four kinds — lowercase, uppercase, digits, anything else (symbols, Chinese) — appear. */
export function characterKinds(password: string): number {
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return kinds.filter((k) => k.test(password)).length;
}

/**
 * The password rule, in one sentence: at least 12 characters mixing at least two kinds (lowercase, uppercase,
 * digits, other), or a passphrase of 20 characters or more; never containing the username. Long passphrases
 * are exempt from the mix because length, not composition, is what makes a password hard to guess.
 * Returns the reason it fails, or undefined when the password is acceptable.
 */
export function passwordProblem(
  password: string,
  username?: string,
): { code: string; zh: string; en: string } | undefined {
  const length = [...password].length;
  if (length < MIN_LENGTH) {
    return {
      code: 'PASSWORD_TOO_SHORT',
      zh: `密码至少 ${MIN_LENGTH} 个字符（当前 ${length} 个）`,
      en: `The password needs at least ${MIN_LENGTH} characters (it has ${length})`,
    };
  }
  if (length > MAX_LENGTH) {
    return {
      code: 'PASSWORD_TOO_LONG',
      zh: `密码最多 ${MAX_LENGTH} 个字符`,
      en: `The password may have at most ${MAX_LENGTH} characters`,
    };
  }
  if (length < PASSPHRASE_LENGTH && characterKinds(password) < 2) {
    return {
      code: 'PASSWORD_TOO_SIMPLE',
      zh: `密码须包含小写字母、大写字母、数字、其他符号中的至少两类，或长度不少于 ${PASSPHRASE_LENGTH} 个字符`,
      en: `The password must mix at least two of lowercase, uppercase, digits and other characters, or be at least ${PASSPHRASE_LENGTH} characters long`,
    };
  }
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    return {
      code: 'PASSWORD_CONTAINS_USERNAME',
      zh: '密码不能包含用户名',
      en: 'The password must not contain the username',
    };
  }
  return undefined;
}

/** Throws a bilingual validation error on `field` when the password breaks the rule. */
export function checkPasswordPolicy(password: string, username?: string, field = 'password'): void {
  const problem = passwordProblem(password, username);
  if (problem) throw fieldError(field, problem.code, { zh: problem.zh, en: problem.en });
}

/** A random password (24 characters of base64url, 144 bits) that satisfies the rule. */
export function generatePassword(): string {
  for (;;) {
    const candidate = randomBytes(18).toString('base64url');
    if (!passwordProblem(candidate)) return candidate;
  }
}
