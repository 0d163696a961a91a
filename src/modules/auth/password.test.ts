import { parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../app/errors.ts';
import {
  checkPasswordPolicy,
  DUMMY_HASH,
  generatePassword,
  HASH_OPTIONS,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from './password.ts';

describe('password rule', () => {
  it('accepts 12 characters of two kinds', () => {
    expect(passwordProblem('abcdefghijk1')).toBeUndefined();
    expect(passwordProblem('ABCDEFGHIJKl')).toBeUndefined();
    expect(passwordProblem('扶贫扶贫扶贫扶贫扶贫1x')).toBeUndefined();
  });

  it('refuses fewer than 12 characters, counting characters rather than bytes', () => {
    expect(passwordProblem('Abcdefgh12!')?.code).toBe('PASSWORD_TOO_SHORT');
    expect(passwordProblem('真扶真扶真扶真扶真扶1')?.code).toBe('PASSWORD_TOO_SHORT');
    expect(passwordProblem('')?.code).toBe('PASSWORD_TOO_SHORT');
  });

  it('refuses a single kind of character below passphrase length', () => {
    expect(passwordProblem('abcdefghijkl')?.code).toBe('PASSWORD_TOO_SIMPLE');
    expect(passwordProblem('123456789012')?.code).toBe('PASSWORD_TOO_SIMPLE');
    expect(passwordProblem('精准扶贫扶真贫真扶贫真脱贫')?.code).toBe('PASSWORD_TOO_SIMPLE');
  });

  it('accepts a passphrase of 20 characters of one kind', () => {
    expect(passwordProblem('correcthorsebatterys')).toBeUndefined();
  });

  it('refuses more than 256 characters', () => {
    expect(passwordProblem(`A${'a'.repeat(256)}`)?.code).toBe('PASSWORD_TOO_LONG');
  });

  it('refuses a password containing the username, whatever the case', () => {
    expect(passwordProblem('xx-Wangwei-2024', 'wangwei')?.code).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(passwordProblem('xx-Wangwei-2024', 'li')).toBeUndefined();
  });

  it('explains itself in Chinese and English on the named field', () => {
    try {
      checkPasswordPolicy('short', undefined, 'newPassword');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const e = error as DomainError;
      expect(e.kind).toBe('invalid');
      expect(e.fields[0]?.field).toBe('newPassword');
      expect(e.fields[0]?.code).toBe('PASSWORD_TOO_SHORT');
      expect(e.fields[0]?.message.zh).toContain('12');
      expect(e.fields[0]?.message.en).toContain('12');
    }
  });

  it('generates passwords that follow the rule and differ', () => {
    const a = generatePassword();
    const b = generatePassword();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(16);
    expect(passwordProblem(a)).toBeUndefined();
  });
});

describe('password hashing', () => {
  it('hashes with argon2id at the OWASP minimum and verifies', async () => {
    const hashed = await hashPassword('Correct-horse-1');
    expect(hashed.startsWith('$argon2id$')).toBe(true);
    expect(hashed).toContain('m=19456,t=2,p=1');
    expect(await verifyPassword(hashed, 'Correct-horse-1')).toBe(true);
    expect(await verifyPassword(hashed, 'Correct-horse-2')).toBe(false);
  });

  it('treats a malformed hash as no match', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });

  it('keeps the dummy hash on the current parameters, so unknown users cost the same time', () => {
    const p = parseOptions(DUMMY_HASH);
    expect(p.algorithm).toBe(HASH_OPTIONS.algorithm);
    expect([p.memoryCost, p.timeCost, p.parallelism]).toEqual([
      HASH_OPTIONS.memoryCost,
      HASH_OPTIONS.timeCost,
      HASH_OPTIONS.parallelism,
    ]);
  });
});
