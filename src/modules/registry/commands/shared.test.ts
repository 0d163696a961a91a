import { describe, expect, it } from 'vitest';
import { today } from './shared.ts';

describe('today', () => {
  it('is the local date of the clock it is given, also in the first hours of a day', () => {
    expect(today(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(today(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
