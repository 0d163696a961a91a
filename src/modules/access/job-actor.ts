import { DomainError } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { canRead } from '../auth/policies.ts';
import { findUser } from '../auth/repo.ts';
import { COUNTRY } from '../regions/region-code.ts';

/** The name the system's timers act under: on every audit row they write, with source 'system'. */
export const SYSTEM_USERNAME = 'system';

/**
 * The actor of a timer (a deadline, a daily sweep): the system's, not a user's — a notice period ends on its
 * day whoever posted it, even a cadre since moved or disabled. Its one grant is county_admin of the timer's
 * region (the whole country for a sweep, which has none), so a timer of a case acts inside that case's
 * region and nowhere else. Callers pass it to scheduleJob; the runner rebuilds it from the job's region.
 */
export function systemActor(regionCode: string | null): Actor {
  return {
    userId: null,
    username: SYSTEM_USERNAME,
    source: 'system',
    grants: [{ role: 'county_admin', regionCode: regionCode ?? COUNTRY }],
    requestId: null,
  };
}

/**
 * The actor a job runs as: its creator with the grants the creator holds when the job runs, not those held
 * when it was queued. A job of a user who was disabled, or who lost every grant on the job's region, stops
 * before it touches anything. The shell's jobs (no user) run as queued; the system's timers with the grants
 * of their region, resolved now (never grants read back from the stored row).
 */
export async function jobActorNow(q: Queryable, queuedAs: Actor, regionCode: string | null): Promise<Actor> {
  if (queuedAs.userId === null && queuedAs.source === 'system' && queuedAs.username === SYSTEM_USERNAME)
    return systemActor(regionCode);
  if (queuedAs.userId === null) return queuedAs;
  const user = await findUser(q, { id: queuedAs.userId });
  const actor: Actor = { ...queuedAs, grants: user?.active ? user.grants : [] };
  if (!canRead(actor, regionCode ?? COUNTRY)) throw accessRevoked();
  return actor;
}

function accessRevoked(): DomainError {
  return new DomainError('forbidden', 'ACCESS_REVOKED', {
    zh: '任务创建人已无该地区的权限（账号被停用或授权被收回），任务未执行',
    en: "The job's creator no longer holds access to its region (account disabled or grant revoked); the job did not run",
  });
}
