import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../app/errors.ts';
import { lockDataDir, lockFileOf, noteServerAddress, type LockOwner } from './data-lock.ts';

const base = mkdtempSync(join(tmpdir(), 'zhenfu-lock-unit-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A data directory path of its own per test (the directory itself need not exist to be locked). */
const freshDir = () => join(mkdtempSync(join(base, 't-')), 'data');

function owner(file: string): LockOwner {
  return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
}

function refusal(dataDir: string): DomainError {
  try {
    lockDataDir(dataDir).release();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the lock was not refused');
}

describe('data directory lock', () => {
  it('is held once: a second taker is refused in zh and en with the holder named, until the release', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(owner(lock.file)).toMatchObject({ pid: process.pid, hostname: hostname() });
    const error = refusal(dir);
    expect(error.code).toBe('DATA_DIR_IN_USE');
    expect(error.details).toMatchObject({ pid: process.pid, lockFile: lockFileOf(dir) });
    expect(error.messages.zh).toContain(`进程 ${process.pid}`);
    expect(error.messages.en).toContain(`in use by process ${process.pid}`);
    noteServerAddress(dir, 'http://127.0.0.1:3000');
    expect(refusal(dir).messages.en).toContain('the API http://127.0.0.1:3000');
    expect(refusal(dir).messages.zh).toContain('接口（http://127.0.0.1:3000）');
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lockDataDir(dir).release();
  });

  it('never guesses about a lock of another host', () => {
    const dir = freshDir();
    const other = {
      pid: 4242,
      hostname: `not-${hostname()}`,
      instance: 'x',
      command: 'zhenfu serve',
      since: '-',
    };
    writeFileSync(lockFileOf(dir), JSON.stringify(other));
    const error = refusal(dir);
    expect(error.messages.en).toContain(`4242 @ ${other.hostname}`);
    expect(error.messages.en).toContain(lockFileOf(dir));
  });

  it('takes over an unreadable lock, and a release never removes a lock taken over by another', () => {
    const dir = freshDir();
    writeFileSync(lockFileOf(dir), 'null');
    lockDataDir(dir).release();
    writeFileSync(lockFileOf(dir), 'not json');
    const lock = lockDataDir(dir);
    expect(owner(lock.file).pid).toBe(process.pid);
    // As if another process had judged this one gone and taken over.
    const successor = { pid: 1, hostname: hostname(), instance: 'next', command: 'zhenfu serve', since: '-' };
    writeFileSync(lock.file, JSON.stringify(successor));
    lock.release();
    expect(owner(lock.file).instance).toBe('next');
  });
});
