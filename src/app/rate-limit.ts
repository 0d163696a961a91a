import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type Message } from './errors.ts';

/**
 * The per-address limits of the public forms and look-ups (no login). One limiter, kept in this process: enough
 * to stop a script flooding a form from one address (each process of a deployment counts its own). A refusal
 * is 429 RATE_LIMITED in the house's error shape with a Retry-After header — never a 5xx.
 */
export interface RateRule {
  limit: number;
  windowMs: number;
  /** What is counted, e.g. {zh: '异议', en: 'objections'}, for the refusal's message. */
  what: Message;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** The public limits in one table, so the forms, the site and the docs quote the same numbers. */
export const PUBLIC_LIMITS = {
  /** Objections one address may send to one notice in an hour. */
  objection: {
    limit: 5,
    windowMs: HOUR_MS,
    what: { zh: '条异议（同一公示）', en: 'objections to one notice' },
  },
  /** Complaints one address may submit in an hour. */
  complaint: { limit: 5, windowMs: HOUR_MS, what: { zh: '件举报', en: 'complaints' } },
  /** Complaint look-ups (right or wrong code) one address may make in ten minutes: guessing codes is slow. */
  complaintLookup: { limit: 20, windowMs: 10 * MINUTE_MS, what: { zh: '次查询', en: 'look-ups' } },
} satisfies Record<string, RateRule>;

/**
 * A sliding window of attempts per key: returns 0 when the attempt is allowed (and counts it), else the
 * milliseconds until one is. Entries older than the window are dropped as they are met, and all stale ones
 * when the table grows.
 */
export function rateLimiter(limit: number, windowMs: number) {
  const seen = new Map<string, number[]>();
  return (key: string, now: number): number => {
    const recent = (seen.get(key) ?? []).filter((t) => now - t < windowMs);
    if (seen.size > 10_000)
      for (const [k, times] of seen) if (times.every((t) => now - t >= windowMs)) seen.delete(k);
    seen.set(key, recent);
    if (recent.length >= limit) return recent[0]! + windowMs - now;
    recent.push(now);
    return 0;
  };
}

function windowText(ms: number): Message {
  return ms % HOUR_MS === 0
    ? { zh: `${ms / HOUR_MS} 小时`, en: `${ms / HOUR_MS} hour(s)` }
    : { zh: `${Math.ceil(ms / MINUTE_MS)} 分钟`, en: `${Math.ceil(ms / MINUTE_MS)} minutes` };
}

export function rateLimited(rule: RateRule, retryAfterMs: number): DomainError {
  const window = windowText(rule.windowMs);
  return new DomainError(
    'locked',
    'RATE_LIMITED',
    {
      zh: `同一来源每 ${window.zh}最多 ${rule.limit} ${rule.what.zh}，请稍后再试`,
      en: `At most ${rule.limit} ${rule.what.en} per ${window.en} from one address; please try again later`,
    },
    { limit: rule.limit, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) },
  );
}

export type PublicLimit = keyof typeof PUBLIC_LIMITS;
type Take = ReturnType<typeof rateLimiter>;

/**
 * One counter per server and limit: the JSON API and the portal's HTML form of a limit count together. Keyed by
 * the server's configuration object, which every plugin shares — each plugin sees a Fastify instance of its
 * own, so the instance itself would give each its own count.
 */
const counters = new WeakMap<object, Map<PublicLimit, Take>>();

/**
 * Counts an attempt of the request's address (plus an optional key, e.g. the notice) against a public limit;
 * throws 429 RATE_LIMITED and sets Retry-After when the address is over it. Call it first in the handler.
 * Time is the server's clock (app.clock), so tests move through the window without waiting.
 */
export function checkRateLimit(
  app: { clock: () => Date; config: object },
  name: PublicLimit,
  request: FastifyRequest,
  reply: FastifyReply,
  key = '',
): void {
  let byName = counters.get(app.config);
  if (!byName) counters.set(app.config, (byName = new Map<PublicLimit, Take>()));
  let take = byName.get(name);
  if (!take) byName.set(name, (take = rateLimiter(PUBLIC_LIMITS[name].limit, PUBLIC_LIMITS[name].windowMs)));
  const wait = take(`${request.ip}|${key}`, app.clock().getTime());
  if (wait === 0) return;
  void reply.header('retry-after', String(Math.ceil(wait / 1000)));
  throw rateLimited(PUBLIC_LIMITS[name], wait);
}
