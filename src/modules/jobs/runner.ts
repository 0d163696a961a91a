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
  RETRY_SECONDS,
  retryLater,
  tooManyAttempts,
  type ClaimedJob,
} from './queue.ts';
import { scheduleSweeps } from './sweep.ts';

/**
 * Runs queued jobs in this process, one at a time. On PGlite (one process owns the database) that is the
 * whole queue; on PostgreSQL every server process runs one, and they share the queue through SKIP LOCKED.
 * enqueue wakes the runners of its own process; the others find the job at their next poll. A timer falls due
 * by the runner's clock (app.clock()), so it is found at the first poll after its time.
 */
const POLL_MS = { pglite: 1000, postgres: 2000 };
const HEARTBEAT_MS = 15_000;
const PROGRESS_MS = 1000;

type JobLog = Pick<FastifyBaseLogger, 'warn' | 'error'>;

export interface RunOptions {
  /** The name this runner claims under (default: a new one per call). */
  worker?: string;
  /** Aborted when the process stops: no further claim, and the job running is given back to the queue. */
  signal?: AbortSignal;
  /** Where failures are told (default: nowhere; each job's outcome is on its row anyway). */
  log?: JobLog;
}

const quiet: JobLog = { warn: () => undefined, error: () => undefined };

const workerName = () => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

/**
 * Schedules the day's sweeps, then claims and runs every job due at `now`, one at a time, until none is left;
 * returns how many ran. The runner's loop calls it with its clock; a test calls it with the instant it wants
 * (a timer's day, the day after), never sleeping.
 */
export async function runDueJobs(
  db: Db,
  config: Config,
  now: Date,
  options: RunOptions = {},
): Promise<number> {
  const run = {
    db,
    config,
    now,
    worker: options.worker ?? workerName(),
    signal: options.signal ?? new AbortController().signal,
    log: options.log ?? quiet,
  };
  await scheduleSweeps(db, now);
  let ran = 0;
  while (!run.signal.aborted) {
    const job = await claimNext(db, run.worker, now);
    if (!job) break;
    await execute(run, job);
    ran += 1;
  }
  return ran;
}

type Run = Required<RunOptions> & { db: Db; config: Config; now: Date };

async function execute(run: Run, job: ClaimedJob): Promise<void> {
  const { db, worker, log, signal } = run;
  const handler = jobHandler(job.kind);
  if (!handler || job.attempts > MAX_ATTEMPTS) {
    const error = handler
      ? tooManyAttempts()
      : {
          code: 'JOB_KIND',
          message: { zh: `未知的任务类型：${job.kind}`, en: `Unknown kind of job: ${job.kind}` },
        };
    await finish(db, job.id, worker, { error }).catch((e: unknown) =>
      log.error({ err: e }, 'job finish failed'),
    );
    return;
  }
  let last = 0;
  const beat = () =>
    heartbeat(db, job.id, worker).catch((e: unknown) => log.warn({ err: e }, 'job heartbeat failed'));
  const timer = setInterval(() => void beat(), HEARTBEAT_MS);
  const progress = (done: number, total: number) => {
    const now = Date.now();
    if (now - last < PROGRESS_MS && done < total) return;
    last = now;
    void heartbeat(db, job.id, worker, { done, total }).catch((e: unknown) =>
      log.warn({ err: e }, 'job progress failed'),
    );
  };
  try {
    // The creator's grants of now, not of when the job was queued: a revoked user's import stops here.
    const actor = await jobActorNow(db, job.actor, job.regionCode);
    const result = await handler(job.payload, {
      db,
      config: run.config,
      actor,
      jobId: job.id,
      now: run.now,
      progress,
      signal,
    });
    await finish(db, job.id, worker, { result });
  } catch (error) {
    if (signal.aborted) {
      await release(db, job.id, worker).catch(() => undefined);
      return;
    }
    log.warn({ err: error, jobId: job.id, kind: job.kind }, 'job failed');
    // A timer is tried again later (its deadline still stands); a user's job (an import) fails at once with
    // its reason, which the user is waiting for — and its upload is gone.
    const outcome =
      job.key !== null && job.attempts < MAX_ATTEMPTS
        ? retryLater(
            db,
            job.id,
            worker,
            new Date(run.now.getTime() + RETRY_SECONDS * 1000 * job.attempts),
            jobError(error),
          )
        : finish(db, job.id, worker, { error: jobError(error) });
    await outcome.catch((e: unknown) => log.error({ err: e }, 'job finish failed'));
  } finally {
    clearInterval(timer);
  }
}

const runners = new Set<JobRunner>();

/** Wakes the runners of this process (after an enqueue). */
export function kickRunners(): void {
  for (const runner of runners) runner.kick();
}

export class JobRunner {
  private readonly worker = workerName();
  private readonly abort = new AbortController();
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly log: FastifyBaseLogger,
    /** The server's clock (app.clock()): timers fall due by it. */
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async start(): Promise<void> {
    // An embedded database belongs to this process alone: a job left running was cut off by a crash. Timers
    // not yet due are queued rows and stay so: they fire after the restart as they would have.
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
    const options = { worker: this.worker, signal: this.abort.signal, log: this.log };
    while (!this.abort.signal.aborted) {
      let ran = 0;
      try {
        ran = await runDueJobs(this.db, this.config, this.clock(), options);
      } catch (error) {
        this.log.error({ err: error }, 'job claim failed');
      }
      if (ran === 0) await this.sleep(POLL_MS[this.db.kind]);
    }
  }
}
