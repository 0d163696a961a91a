import { ApiClient } from './api-client.ts';
import { PASSWORD, USER, type World } from './crash-world.ts';
import { withClient } from '../../src/db/postgres.ts';
import { runZhenfu, startServer } from './zhenfu-process.ts';

/**
 * One import of the bench's file, through the server's API (upload, then the job) or the command line, either
 * to its end or killed with SIGKILL `killAt` ms after it started (after the upload's 202 for the API, after
 * the spawn for the command line). The process killed is the one doing the work.
 */
export type Via = 'api' | 'cli';

export interface ImportAttempt {
  /** Milliseconds from the start to the end, or to the kill. */
  ms: number;
  /** False when the import ended before the kill was due. */
  killed: boolean;
}

export interface ImportTarget {
  world: World;
  url: string;
  file: string;
  year: number;
}

const sleep = (ms: number) => new Promise<'slept'>((resolve) => setTimeout(() => resolve('slept'), ms));

export function runImport(via: Via, target: ImportTarget, killAt?: number): Promise<ImportAttempt> {
  return via === 'api' ? throughApi(target, killAt) : throughCli(target, killAt);
}

async function throughApi(target: ImportTarget, killAt?: number): Promise<ImportAttempt> {
  const server = await startServer(target.world.env(target.url));
  try {
    const client = await ApiClient.login(server.url, USER, PASSWORD);
    const start = Date.now();
    const jobId = await client.upload(target.file, target.year);
    const job = client.waitForJob(jobId);
    if (killAt === undefined) {
      await job;
      return { ms: Date.now() - start, killed: false };
    }
    // A request cut off by the kill fails; that failure is the expected outcome here.
    job.catch(() => undefined);
    const first = await Promise.race([job.then(() => 'done' as const), sleep(killAt)]);
    if (first === 'done') return { ms: Date.now() - start, killed: false };
    await server.kill();
    return { ms: Date.now() - start, killed: true };
  } finally {
    await server.stop();
  }
}

async function throughCli(target: ImportTarget, killAt?: number): Promise<ImportAttempt> {
  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const run = await runZhenfu(
    ['import', target.file, '--year', String(target.year), '--user', USER, '--json'],
    target.world.env(target.url),
    {
      onStart: (child) =>
        (timer = killAt === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAt)),
    },
  );
  clearTimeout(timer);
  const killed = run.signal === 'SIGKILL';
  if (!killed && run.status !== 0) throw new Error(`zhenfu import: ${run.status} ${run.stderr}`);
  return { ms: Date.now() - start, killed };
}

/** Households in the registry: how far the killed import had come. */
export async function householdCount(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM households');
    return rows[0]!.n;
  });
}
