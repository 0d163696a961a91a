import { DomainError, notFound, type Message } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { requireAccess } from '../access/require-access.ts';

/**
 * The job queue: a `jobs` table (migration 0005). A job is enqueued with the actor it acts as; a worker
 * claims the oldest queued job with FOR UPDATE SKIP LOCKED, so several processes on PostgreSQL share the
 * queue without taking the same job; the worker keeps a heartbeat, and a running job whose heartbeat stopped
 * (its process died) is claimed again. Handlers must be idempotent: a job may run more than once.
 *
 * A timer is a job with a `key` and a time (`run_at`, migration 0022): it is not claimed before the runner's
 * clock reaches that time, and one key is one timer. It is written in the caller's transaction, so an action
 * that rolls back leaves no timer, and it lives in the database, so it survives a restart.
 */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobView {
  id: number;
  kind: string;
  status: JobStatus;
  progress: { done: number; total: number };
  result: unknown;
  error: { code: string; message: Message } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: unknown;
  actor: Actor;
  regionCode: string | null;
  attempts: number;
  /** Set on a timer (scheduleJob); a timer that throws is tried again later, other jobs fail at once. */
  key: string | null;
}

interface JobRow {
  id: number;
  kind: string;
  status: JobStatus;
  payload: unknown;
  actor: Actor;
  created_by: number | null;
  region_code: string | null;
  progress_done: number;
  progress_total: number;
  result: unknown;
  error: { code: string; message: Message } | null;
  attempts: number;
  key: string | null;
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
}

/** A running job whose worker has not been heard from for this long has died; it is claimed again. */
export const STALE_SECONDS = 120;
/**
 * A job that took down its worker this many times is given up (failed), not retried forever; so is a timer
 * whose handler threw this many times.
 */
export const MAX_ATTEMPTS = 3;
/** A timer whose handler threw is tried again this long after, times the attempts it has had (by the clock). */
export const RETRY_SECONDS = 60;

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

function view(r: JobRow): JobView {
  return {
    id: Number(r.id),
    kind: r.kind,
    status: r.status,
    progress: { done: Number(r.progress_done), total: Number(r.progress_total) },
    result: r.result ?? null,
    error: r.error ?? null,
    createdAt: iso(r.created_at)!,
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
  };
}

/** Queues a job acting as `actor`; `regionCode` is the region it concerns (its admins may follow it). */
export async function enqueue(
  q: Queryable,
  kind: string,
  payload: unknown,
  actor: Actor,
  regionCode: string | null,
): Promise<number> {
  const rows = await q.query<{ id: number }>(
    'INSERT INTO jobs (kind, payload, actor, created_by, region_code) VALUES ($1, $2::jsonb, $3::jsonb, $4, $5) RETURNING id',
    [kind, JSON.stringify(payload), JSON.stringify(actor), actor.userId, regionCode],
  );
  return Number(rows[0]!.id);
}

/**
 * A job its creator (still granted on its region) or an administrator of its region may see; 404 for anyone
 * else — asked of the access layer.
 */
export async function getJob(q: Queryable, actor: Actor, id: number): Promise<JobView> {
  await requireAccess(q, actor, 'job.read', [id]);
  const [row] = await q.query<JobRow>('SELECT * FROM jobs WHERE id = $1', [id]);
  if (!row) throw notFound('job', id);
  return view(row);
}

/**
 * Claims a job: first a running one whose worker died, then the queued job that fell due first (`enqueue`d jobs,
 * due since always, before timers) — due by `now`, the runner's clock. Each part reads its partial index and
 * stops at its first row (migration 0022), however many timers wait for later. Undefined when none is due.
 */
export const CLAIM_SQL = `UPDATE jobs SET status = 'running', worker = $1, heartbeat_at = now(), attempts = attempts + 1,
                 started_at = coalesce(started_at, now())
 WHERE id = coalesce(
   (SELECT id FROM jobs WHERE status = 'running' AND heartbeat_at < now() - interval '1 second' * $2
    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED),
   (SELECT id FROM jobs WHERE status = 'queued' AND run_at <= $3
    ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED))
 RETURNING *`;

export async function claimNext(q: Queryable, worker: string, now: Date): Promise<ClaimedJob | undefined> {
  const rows = await q.query<JobRow>(CLAIM_SQL, [worker, STALE_SECONDS, now]);
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: Number(row.id),
    kind: row.kind,
    payload: row.payload,
    actor: row.actor,
    regionCode: row.region_code,
    attempts: row.attempts,
    key: row.key,
  };
}

/** At the start of an embedded (PGlite) instance nothing else can be running its jobs: all go back to the queue. */
export async function requeueRunning(q: Queryable): Promise<void> {
  await q.query(`UPDATE jobs SET status = 'queued', worker = NULL WHERE status = 'running'`);
}

/** Gives a job back to the queue (its worker is stopping); another run picks it up. */
export async function release(q: Queryable, id: number, worker: string): Promise<void> {
  await q.query(
    `UPDATE jobs SET status = 'queued', worker = NULL, attempts = greatest(attempts - 1, 0) WHERE id = $1 AND worker = $2`,
    [id, worker],
  );
}

export async function heartbeat(
  q: Queryable,
  id: number,
  worker: string,
  progress?: { done: number; total: number },
): Promise<void> {
  await q.query(
    `UPDATE jobs SET heartbeat_at = now(), progress_done = coalesce($3, progress_done), progress_total = coalesce($4, progress_total)
     WHERE id = $1 AND worker = $2 AND status = 'running'`,
    [id, worker, progress?.done ?? null, progress?.total ?? null],
  );
}

/** Queues a timer whose handler threw again for later (by the runner's clock), keeping the error to be seen. */
export async function retryLater(
  q: Queryable,
  id: number,
  worker: string,
  at: Date,
  error: { code: string; message: Message },
): Promise<void> {
  await q.query(
    `UPDATE jobs SET status = 'queued', worker = NULL, run_at = $3, error = $4::jsonb WHERE id = $1 AND worker = $2`,
    [id, worker, at, JSON.stringify(error)],
  );
}

export async function finish(
  q: Queryable,
  id: number,
  worker: string,
  outcome: { result: unknown } | { error: { code: string; message: Message } },
): Promise<void> {
  const done = 'result' in outcome;
  await q.query(
    `UPDATE jobs SET status = $3, result = $4::jsonb, error = $5::jsonb, finished_at = now(), heartbeat_at = now(),
                     progress_done = CASE WHEN $3 = 'done' THEN progress_total ELSE progress_done END
     WHERE id = $1 AND worker = $2`,
    [
      id,
      worker,
      done ? 'done' : 'failed',
      done ? JSON.stringify(outcome.result ?? null) : null,
      done ? null : JSON.stringify(outcome.error),
    ],
  );
}

/** The error of a failed job as stored: a domain error keeps its code and messages. */
export function jobError(error: unknown): { code: string; message: Message } {
  if (error instanceof DomainError) return { code: error.code, message: error.messages };
  const text = error instanceof Error ? error.message : String(error);
  return { code: 'JOB_FAILED', message: { zh: `任务失败：${text}`, en: `The job failed: ${text}` } };
}

export const tooManyAttempts = (): { code: string; message: Message } => ({
  code: 'JOB_GAVE_UP',
  message: {
    zh: `任务已中断${MAX_ATTEMPTS}次，不再重试`,
    en: `The job was interrupted ${MAX_ATTEMPTS} times and is not retried again`,
  },
});
