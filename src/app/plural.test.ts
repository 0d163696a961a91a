import { describe, expect, it } from 'vitest';
import { counted, noun, nouns, WERE } from './plural.ts';
import { accountLocked, loginThrottled } from '../modules/auth/login.ts';

describe('English counts', () => {
  it('say 1 row and 0, 2 or 1.5 rows', () => {
    expect(counted(1, nouns.row)).toBe('1 row');
    expect(counted(0, nouns.row)).toBe('0 rows');
    expect(counted(2, nouns.row)).toBe('2 rows');
    expect(counted(1.5, nouns.row)).toBe('1.5 rows');
    expect(counted(12000, nouns.household, (n) => n.toLocaleString('en'))).toBe('12,000 households');
    expect(`${counted(1, nouns.household)} ${noun(1, WERE)} identified`).toBe('1 household was identified');
  });

  it('agree in the login refusals', () => {
    expect(loginThrottled(1).messages.en).toBe('Too many failed logins; try again in 1 second');
    expect(loginThrottled(30).messages.en).toBe('Too many failed logins; try again in 30 seconds');
    expect(accountLocked(50).messages.en).toContain('try again in about 1 minute or ask');
  });
});
