import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { App } from '../src/app/context.ts';
import { openPglite } from '../src/db/pglite.ts';
import type { Db } from '../src/db/types.ts';
import { insertTestRegions, loginAs, randomUsername } from './support/auth.ts';
import { TEST_SECRET } from './support/db.ts';
import { createTestServer } from './support/server.ts';

/**
 * One writer per embedded data directory: while a server holds a PGlite directory, every `zhenfu` command
 * that would open it refuses at once, naming the server's process, and the directory survives intact.
 * PGlite only: PostgreSQL serves many processes and needs no lock.
 */
const BIN = join(import.meta.dirname, '..', 'bin', 'zhenfu.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `zhenfu <args>` as its own process on `dataDir`, as an operator would from a shell. */
function zhenfu(dataDir: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        env: { ...process.env, ZHENFU_DATA_DIR: dataDir, ZHENFU_SECRET: TEST_SECRET, LOG_LEVEL: 'silent' },
        // Generous: on the code before the lock a command really opened the directory (and ran).
        timeout: 90_000,
      },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

const base = mkdtempSync(join(tmpdir(), 'zhenfu-lock-'));
const dataDir = join(base, 'data');

/** The lock file of a data directory (next to it, not inside: see src/db/data-lock.ts). */
const lockFileOf = (dataDir: string) => `${dataDir}.lock`;

function writeLock(owner: object): void {
  writeFileSync(lockFileOf(dataDir), JSON.stringify(owner));
}

/** Opens the directory over a stale lock: the lock becomes this process's, and goes with the close. */
async function expectTakenOver(): Promise<void> {
  const db = await openPglite(dataDir);
  try {
    expect(JSON.parse(readFileSync(lockFileOf(dataDir), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  } finally {
    await db.close();
  }
  expect(existsSync(lockFileOf(dataDir))).toBe(false);
}

describe.skipIf(process.env.ZHENFU_TEST_DB === 'postgres')('one writer per embedded data directory', () => {
  let db: Db;
  let app: App;
  let created: string;

  beforeAll(async () => {
    // The server's opener on a real directory, loaded from the migrated template (initdb on disk is slow).
    db = await openPglite(dataDir, new Blob([await readFile(inject('pgliteTemplate'))]));
    app = await createTestServer(Object.assign(db, { dispose: () => db.close() }));
    await insertTestRegions(db);
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('refuses every command on the directory while the server holds it, naming its pid', async () => {
    const admin = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
    created = randomUsername('kept');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie },
      payload: {
        username: created,
        displayName: '王五',
        password: 'a-long-enough-password-1',
        grants: [{ role: 'village_cadre', regionCode: '371324106201' }],
      },
    });
    expect(res.statusCode).toBe(201);

    const input = join(base, 'input.csv');
    writeFileSync(input, '');
    const commands = [
      ['migrate'],
      ['users', 'add', 'intruder', '--role', 'county_admin', '--region', '371324'],
      ['stats'],
      ['import', input],
      ['population', input],
      ['demo', '--households', '3'],
      ['export', join(base, 'out.csv')],
      ['backup', join(base, 'live.tar.gz')],
      ['backup', '--restore', join(base, 'live.tar.gz')],
    ];
    const runs = await Promise.all(commands.map((args) => zhenfu(dataDir, args)));
    runs.forEach((run, i) => {
      const label = `zhenfu ${commands[i]?.join(' ')}\n${run.stderr}`;
      expect(run.status, label).not.toBe(0);
      expect(run.stderr, label).toContain(`${process.pid}`);
      expect(run.stderr, label).toMatch(/数据目录.*正在使用/);
      expect(run.stderr, label).toMatch(/in use by process/);
      expect(run.stderr, label).toMatch(/stop the server/i);
    });
    expect(existsSync(join(base, 'live.tar.gz'))).toBe(false);
    // The server goes on working on its directory.
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE username = $1', [
      created,
    ]);
    expect(row?.n).toBe(1);
  });

  it('after the server stops, the directory opens and holds every change made through it', async () => {
    await app.close();
    await db.close();
    expect(existsSync(lockFileOf(dataDir))).toBe(false);
    const run = await zhenfu(dataDir, ['users', 'list', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const users = JSON.parse(run.stdout) as { username: string }[];
    expect(users.map((u) => u.username)).toContain(created);
    expect(users.map((u) => u.username)).not.toContain('intruder');
  });

  it('takes over the lock of a process that is gone', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeLock({ pid: dead, hostname: hostname(), instance: 'gone', command: 'zhenfu serve' });
    await expectTakenOver();
  });

  it.runIf(process.platform === 'linux')(
    'takes over a lock whose pid now belongs to another process (a pid reused)',
    async () => {
      // The parent process is alive, but it is not the process that wrote this lock: its start differs.
      const reused = { pid: process.ppid, started: 'another-boot:1', instance: 'reused' };
      writeLock({ ...reused, hostname: hostname(), command: 'zhenfu serve' });
      await expectTakenOver();
    },
  );

  it('opens a directory in this process only once', async () => {
    const first = await openPglite(dataDir);
    try {
      await expect(openPglite(dataDir)).rejects.toThrow(/in use by process/);
      expect(readFileSync(lockFileOf(dataDir), 'utf8')).toContain(`${process.pid}`);
    } finally {
      await first.close();
    }
    expect(existsSync(lockFileOf(dataDir))).toBe(false);
  });
});
