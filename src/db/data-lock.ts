import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { DomainError } from '../app/errors.ts';

/**
 * One writer per embedded data directory. PGlite has no lock of its own: a second process opening a directory a
 * server is using (`zhenfu users` while `zhenfu serve` runs) leaves it unopenable afterwards (`RuntimeError:
 * Aborted()`). So every opener of a directory takes this lock first (src/db/pglite.ts) and a second one refuses.
 *
 * The lock is a file next to the directory, `<dir>.lock`, not inside it: PGlite's backup copies the whole
 * directory (a lock inside would travel into every backup), and a restore needs an empty directory.
 */
export interface LockOwner {
  pid: number;
  hostname: string;
  /** Tells this process from a later one given the same pid (Linux: boot id and start tick; else absent). */
  started?: string;
  /** Random per acquisition: the releaser removes the file only while it is still its own. */
  instance: string;
  /** What holds it, for the message: `serve`, `users`, … */
  command: string;
  since: string;
  /** Where the holder serves the console and the API, once it listens (see noteServerAddress). */
  url?: string;
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

export function lockFileOf(dataDir: string): string {
  return `${resolve(dataDir)}.lock`;
}

/** Linux's identity of a process's life: the boot, then its start time in clock ticks since boot. */
function processStarted(pid: number): string | undefined {
  try {
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 is the start time; fields are counted after the command name, which may hold spaces.
    const startTick = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return startTick ? `${bootId}:${startTick}` : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Files this process holds, by path: released on exit and on a signal nobody else handles. */
const held = new Map<string, string>();

/**
 * Whether the owner recorded in a lock still holds it. Another host's process cannot be checked from here, so
 * it counts as holding (the message says how to remove the file by hand).
 */
function stillHeld(owner: LockOwner, file: string): boolean {
  if (!Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  if (owner.hostname !== hostname()) return true;
  if (owner.pid === process.pid) return held.get(file) === owner.instance;
  if (!isAlive(owner.pid)) return false;
  const now = processStarted(owner.pid);
  // A live pid that started at another moment (or in another boot) is a new process given a recycled pid.
  return !(owner.started && now && owner.started !== now);
}

function readOwner(file: string): LockOwner | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  }
  if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed) return parsed as LockOwner;
  // Unreadable (a full disk, an edit by hand; never half-written, see tryCreate): a lock of nobody.
  return { pid: 0, hostname: hostname(), instance: 'unreadable', command: '?', since: '?' };
}

function inUse(dataDir: string, file: string, owner: LockOwner): DomainError {
  const who = `${owner.pid}${owner.hostname === hostname() ? '' : ` @ ${owner.hostname}`}`;
  const at = owner.url ? ` ${owner.url}` : '';
  const zhAt = owner.url ? `（${owner.url}）` : '';
  return new DomainError(
    'conflict',
    'DATA_DIR_IN_USE',
    {
      zh:
        `数据目录 ${dataDir} 正在使用中：进程 ${who}（${owner.command}，自 ${owner.since}）。` +
        `内嵌数据库同一时间只能由一个进程打开。请先停止该服务（Ctrl-C 或 kill ${owner.pid}）再运行此命令，` +
        `或在服务运行时通过管理端或接口${zhAt}操作。若该进程确已不存在，可删除锁文件 ${file}。`,
      en:
        `The data directory ${dataDir} is in use by process ${who} (${owner.command}, since ` +
        `${owner.since}). The embedded database can be open in one process at a time: stop the server first ` +
        `(Ctrl-C or kill ${owner.pid}) and run this command again, or do this through the console or the API${at} ` +
        `while it runs. If no such process exists, delete the lock file ${file}.`,
    },
    { pid: owner.pid, hostname: owner.hostname, lockFile: file },
  );
}

/**
 * Creates the lock only if none exists, whole: written to a private file, then hard-linked into place (link
 * fails with EEXIST like O_EXCL, and no reader ever sees it half-written). Where the file system has no hard
 * links, 'wx' (O_CREAT|O_EXCL) instead. Of two racing openers exactly one wins.
 */
function tryCreate(file: string, owner: LockOwner): boolean {
  const text = `${JSON.stringify(owner)}\n`;
  const own = `${file}.${owner.instance}`;
  writeFileSync(own, text, { flag: 'wx', mode: 0o644 });
  try {
    linkSync(own, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    return createExclusive(file, text);
  } finally {
    unlinkSync(own);
  }
}

function createExclusive(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside. Renaming is atomic, so of two processes finding the same stale lock one moves it;
 * if what it moved is not the stale lock it judged (another process took over in between), it puts it back.
 */
function removeStale(file: string, stale: LockOwner): void {
  const aside = `${file}.${randomBytes(6).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  if (moved && moved.instance !== stale.instance) {
    try {
      renameSync(aside, file);
    } catch {
      // Nothing better to do; the next attempt reads whatever lock is there now.
    }
    return;
  }
  unlinkSync(aside);
}

/**
 * Takes the lock of `dataDir` for this process or throws DATA_DIR_IN_USE naming the process that holds it. A lock
 * left by a process that is gone (killed, crashed, the machine rebooted, the pid now someone else's) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = lockFileOf(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  const owner: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    ...withStarted(processStarted(process.pid)),
    instance: randomBytes(8).toString('hex'),
    command: commandName(),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file, owner)) {
      held.set(file, owner.instance);
      installCleanup();
      return { file, release: () => releaseFile(file, owner.instance) };
    }
    const current = readOwner(file);
    if (current && stillHeld(current, file)) throw inUse(dataDir, file, current);
    if (current) removeStale(file, current);
  }
  const last = readOwner(file);
  throw inUse(dataDir, file, last ?? owner);
}

/**
 * Records in this process's lock of `dataDir` where it serves, so a refused command can point there. The lock
 * is rewritten whole (a private file renamed over it), and only while it is still this process's.
 */
export function noteServerAddress(dataDir: string, url: string): void {
  const file = lockFileOf(dataDir);
  const current = readOwner(file);
  if (!current || held.get(file) !== current.instance) return;
  const aside = `${file}.${current.instance}`;
  writeFileSync(aside, `${JSON.stringify({ ...current, url })}\n`, { mode: 0o644 });
  renameSync(aside, file);
}

/** `zhenfu serve`, `zhenfu users`, …: the subcommand only (the rest of a command line may hold names). */
function commandName(): string {
  const [script, sub] = process.argv.slice(1);
  return script && /zhenfu(\.js)?$/.test(script) && sub ? `zhenfu ${sub}` : 'node';
}

function withStarted(started: string | undefined): { started?: string } {
  return started ? { started } : {};
}

/** Removes the file while it is still this acquisition's (never a lock another process has taken over). */
function releaseFile(file: string, instance: string): void {
  if (held.get(file) !== instance) return;
  held.delete(file);
  if (readOwner(file)?.instance !== instance) return;
  try {
    unlinkSync(file);
  } catch {
    // Already gone: nothing to release.
  }
}

let cleanupInstalled = false;

/**
 * Releases held locks when the process ends. 'exit' covers a normal end, process.exit and an uncaught error; a
 * signal ends the process without 'exit', so SIGINT/SIGTERM are handled too — but only when no one else handles
 * them (`zhenfu serve` closes the server and the database itself, which releases the lock).
 */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const releaseAll = () => {
    for (const [file, instance] of [...held]) releaseFile(file, instance);
  };
  process.on('exit', releaseAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = () => {
      // First in line (prependListener), so a `once` listener of the server is still counted here.
      if (process.listenerCount(signal) > 1) return;
      releaseAll();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.prependListener(signal, onSignal);
  }
}
