import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * `zhenfu` as a child process, as an operator runs it: the server (`serve`, on a free port) and the commands.
 * A crash bench kills these with SIGKILL, so they must be processes of their own, not servers in the bench.
 */
export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zhenfu.js');

export type Env = Record<string, string>;

export interface ServerProcess {
  /** http://127.0.0.1:PORT */
  url: string;
  child: ChildProcess;
  /** SIGKILL: no handler runs, nothing is closed or flushed. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the server's own shutdown (jobs given back, database closed). */
  stop(): Promise<void>;
}

const ADDRESS = /已启动: (http:\/\/\S+)/;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `zhenfu serve` with `env` on port 0 and resolves with its address once it listens. */
export async function startServer(env: Env): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const gone = exited(child);
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      output.push(`${line}\n`);
      const found = ADDRESS.exec(line);
      if (found) resolve(found[1]!);
    });
    void gone.then(() => reject(new Error(`zhenfu serve exited before listening:\n${output.join('')}`)));
  });
  return {
    url,
    child,
    async kill() {
      child.kill('SIGKILL');
      await gone;
    },
    async stop() {
      child.kill('SIGTERM');
      await gone;
    },
  };
}

export interface CommandRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `zhenfu <args>` to its end (or its kill: `onStart` gets the child, e.g. to kill it). */
export function runZhenfu(
  args: string[],
  env: Env,
  options: { input?: string; onStart?: (child: ChildProcess) => void } = {},
): Promise<CommandRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, signal: child.signalCode, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin!.end(options.input);
    options.onStart?.(child);
  });
}
