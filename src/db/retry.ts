import { setTimeout as sleep } from 'node:timers/promises';
import type { Db, Tx } from './types.ts';

/**
 * SQLSTATEs of a transaction that lost a race rather than one that was wrong: PostgreSQL chose it as the
 * victim of a deadlock (40P01), or could not serialise it with another (40001). Run again from the start, it
 * finds the winner committed and goes through. PGlite has one connection and never raises them.
 */
const LOST_RACE = new Set(['40P01', '40001']);

export function lostRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && LOST_RACE.has(code);
}

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** Upper bound of the first wait; each later one doubles it. */
  baseMs?: number;
  /** Told before each new try (tests count them; a caller may log). */
  onRetry?: (attempt: number, error: unknown) => void;
}

/**
 * Full jitter: a random wait up to base × 2^(n−1), so the transactions that collided do not collide again in
 * step on their next try.
 */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * baseMs * 2 ** (attempt - 1));
}

/**
 * Runs `fn` in a transaction like `db.transaction`, and runs it again (a few times, after a jittered wait) when
 * the transaction lost a deadlock or a serialisation race. `fn` must be safe to run again: everything it did
 * in the database was rolled back, so it must keep no state of its own from a failed try. Every registry write
 * and every import batch goes through here.
 */
export async function retryTransaction<T>(
  db: Db,
  fn: (tx: Tx) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const baseMs = options.baseMs ?? 20;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction(fn);
    } catch (error) {
      if (attempt >= attempts || !lostRace(error)) throw error;
      options.onRetry?.(attempt + 1, error);
      await sleep(backoffMs(attempt, baseMs));
    }
  }
}
