import { afterEach, describe, expect, it } from 'vitest';
import { chinaDay, formatTime } from './format.ts';

/** Timestamps show in China time whatever the machine's zone (Node follows a change of process.env.TZ at once). */
const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('China time', () => {
  it('shows a UTC instant as China time (UTC+8), across the day line', () => {
    expect(formatTime('2026-06-30T01:40:00.000Z')).toBe('2026-06-30 09:40');
    expect(formatTime('2026-06-30T17:05:00Z')).toBe('2026-07-01 01:05');
    expect(formatTime('2026-06-30T09:40:00+08:00')).toBe('2026-06-30 09:40');
  });

  it('does not follow a machine set to another zone', () => {
    process.env.TZ = 'America/New_York';
    expect(formatTime('2026-01-15T23:30:00Z')).toBe('2026-01-16 07:30');
    expect(chinaDay('2026-01-15T23:30:00Z')).toBe('2026-01-16');
    expect(chinaDay('2026-01-15T15:59:59Z')).toBe('2026-01-15');
  });
});
