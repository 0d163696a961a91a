import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../app/config.ts';
import type { Db } from '../../db/types.ts';
import { jobActorNow } from '../access/job-actor.ts';
import { jobHandler } from './handlers.ts';
import {
  claimNext,
  finish,
  heartbeat,
  jobError,
  MAX_ATTEMPTS,
  release,
  requeueRunning,
  tooManyAttempts,
  type ClaimedJob,
} from './queue.ts';

/**
 * Runs queued jobs in this process, one at a time. On PGlite (one process owns the database) that is the
 * whole queue; on PostgreSQL every server process runs one, and they share the queue through SKIP LOCKED.
 * enqueue wakes the runners of its own process; the others find the job at their next poll.
 */
const POLL_MS = { pglite: 1000, postgres: 2000 };
const HEARTBEAT_MS = 15_000;
const PROGRESS_MS = 1000;

const runners = new Set<JobRunner>();

/** Wakes the runners of this process (after an enqueue). */
export function kickRunners(): void {
  for (const runner of runners) runner.kick();
}

export class JobRunner {
  private readonly worker = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly abort = new AbortController();
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly log: FastifyBaseLogger,
  ) {}

  async start(): Promise<void> {
    // An embedded database belongs to this process alone: a job left running was cut off by a crash.
    if (this.db.kind === 'pglite') await requeueRunning(this.db);
    runners.add(this);
    this.loop = this.run();
  }

  kick(): void {
    this.wake?.();
  }

  /** Stops claiming; a running job is stopped between its steps and given back to the queue. */
  async stop(): Promise<void> {
    runners.delete(this);
    this.abort.abort();
    this.kick();
    await this.loop;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async run(): Promise<void> {
    while (!this.abort.signal.aborted) {
      let job: ClaimedJob | undefined;
      try {
        job = await claimNext(this.db, this.worker);
      } catch (error) {
        this.log.error({ err: error }, 'job claim failed');
      }
      if (job) await this.execute(job);
      else await this.sleep(POLL_MS[this.db.kind]);
    }
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const handler = jobHandler(job.kind);
    if (!handler || job.attempts > MAX_ATTEMPTS) {
      const error = handler
        ? tooManyAttempts()
        : {
            code: 'JOB_KIND',
            message: { zh: `未知的任务类型：${job.kind}`, en: `Unknown kind of job: ${job.kind}` },
          };
      await finish(this.db, job.id, this.worker, { error }).catch((e: unknown) =>
        this.log.error({ err: e }, 'job finish failed'),
      );
      return;
    }
    let last = 0;
    const beat = () =>
      heartbeat(this.db, job.id, this.worker).catch((e: unknown) =>
        this.log.warn({ err: e }, 'job heartbeat failed'),
      );
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    const progress = (done: number, total: number) => {
      const now = Date.now();
      if (now - last < PROGRESS_MS && done < total) return;
      last = now;
      void heartbeat(this.db, job.id, this.worker, { done, total }).catch((e: unknown) =>
        this.log.warn({ err: e }, 'job progress failed'),
      );
    };
    try {
      // The creator's grants of now, not of when the job was queued: a revoked user's import stops here.
      const actor = await jobActorNow(this.db, job.actor, job.regionCode);
      const result = await handler(job.payload, {
        db: this.db,
        config: this.config,
        actor,
        jobId: job.id,
        progress,
        signal: this.abort.signal,
      });
      await finish(this.db, job.id, this.worker, { result });
    } catch (error) {
      if (this.abort.signal.aborted) {
        await release(this.db, job.id, this.worker).catch(() => undefined);
        return;
      }
      this.log.warn({ err: error, jobId: job.id, kind: job.kind }, 'job failed');
      await finish(this.db, job.id, this.worker, { error: jobError(error) }).catch((e: unknown) =>
        this.log.error({ err: e }, 'job finish failed'),
      );
    } finally {
      clearInterval(timer);
    }
  }
}
