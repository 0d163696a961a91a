import { describe, expect, it } from 'vitest';
import { rateLimited, rateLimiter, PUBLIC_LIMITS } from './rate-limit.ts';

describe('the public rate limiter', () => {
  it('allows the limit per key in the window, then again once the oldest attempt leaves it', () => {
    const take = rateLimiter(5, 3_600_000);
    const t = 1_000_000;
    for (let i = 0; i < 5; i += 1) expect(take('a', t + i)).toBe(0);
    expect(take('a', t + 10)).toBe(3_600_000 - 10);
    expect(take('b', t + 10)).toBe(0);
    expect(take('a', t + 3_600_001)).toBe(0);
  });

  it('says the limit and its window in both languages', () => {
    const error = rateLimited(PUBLIC_LIMITS.complaintLookup, 61_000);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.messages.zh).toContain('每 10 分钟最多 20 次查询');
    expect(error.messages.en).toContain('20 look-ups per 10 minutes');
    expect(error.details.retryAfterSeconds).toBe(61);
  });
});
