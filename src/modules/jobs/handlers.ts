import type { Config } from '../../app/config.ts';
import type { Db } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';

/** What a job handler gets besides its payload. */
export interface JobContext {
  db: Db;
  config: Config;
  /** The actor that enqueued the job, with the grants it holds when the job runs (access/job-actor.ts). */
  actor: Actor;
  jobId: number;
  /**
   * The runner's clock when it claimed the job (app.clock(), fixed in tests): the instant a timer's handler
   * takes as now — its day is today(ctx.now) — never new Date().
   */
  now: Date;
  /** Records progress (throttled by the runner) and keeps the job's heartbeat. */
  progress(done: number, total: number): void;
  /** Aborted when the process stops: stop between steps; the job is queued again and rerun later. */
  signal: AbortSignal;
}

/** Runs one job and returns its result (stored as JSON). It must be idempotent: a job may run again. */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<unknown>;

const handlers = new Map<string, JobHandler>();

/** Registers the handler of a kind of job; modules call this when they load. */
export function registerJobHandler(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

export function jobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}
