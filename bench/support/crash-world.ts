import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareDumps, dumpRegistry, type TableDifference } from './registry-dump.ts';
import { withClient } from '../../src/db/postgres.ts';
import { createScratch, dropScratch } from './scratch-pg.ts';
import { runZhenfu, startServer, type Env } from './zhenfu-process.ts';
import type { RegistryDump } from './registry-dump.ts';

/**
 * What every crash run starts from: a scratch database migrated with the whole region tree, the first
 * administrator and a county administrator of 兰陵县 (371324) who imports and records events — made once by
 * the real server and command, then cloned per run. The server's uploads go to a temporary data directory.
 */
export const COUNTY = '371324';
export const USER = 'crash_bench';
export const PASSWORD = 'Kill-9-Restart-Again';
const SECRET = 'zhenfu-crash-bench-secret-0123456789abcdef';
const BASE = 'zf_crash_base';

export interface World {
  /** The directory for the server's uploads and the generated file. */
  dir: string;
  /** The environment of `zhenfu` on a database URL. */
  env(url: string): Env;
  /** A fresh copy of the base (or of `template`) under `name`. */
  copy(name: string, template?: string): Promise<string>;
  dispose(): Promise<void>;
}

export async function makeWorld(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'zhenfu-crash-'));
  const env = (url: string): Env => ({
    DATABASE_URL: url,
    ZHENFU_DATA_DIR: join(dir, 'data'),
    ZHENFU_SECRET: SECRET,
    ZHENFU_ADMIN_PASSWORD: 'Sigkill-Twenty-Times',
  });
  const baseUrl = await createScratch(BASE);
  // The first start does what every start would: migrations, the region tree, the administrator.
  await (await startServer(env(baseUrl))).stop();
  const added = await runZhenfu(
    ['users', 'add', USER, '--role', 'county_admin', '--region', COUNTY, '--password-stdin'],
    env(baseUrl),
    { input: PASSWORD },
  );
  if (added.status !== 0) throw new Error(`zhenfu users add: ${added.stderr}`);
  return {
    dir,
    env,
    copy: (name, template) => createScratch(name, template ?? BASE),
    async dispose() {
      await dropScratch(BASE);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Verdict {
  differences: TableDifference[];
  /** Figures of region_stats that differ from a recomputation (`zhenfu stats --check`). */
  statsMismatches: number;
}

/** Compares a database with the reference dump and runs `zhenfu stats --check` on it. */
export async function verify(world: World, url: string, reference: RegistryDump): Promise<Verdict> {
  const check = await runZhenfu(['stats', '--check', '--json'], world.env(url));
  if (check.status !== 0 && check.status !== 1) throw new Error(`zhenfu stats --check: ${check.stderr}`);
  const { mismatches } = JSON.parse(check.stdout) as { mismatches: unknown[] };
  const dump = await withClient(url, dumpRegistry);
  return { differences: compareDumps(reference, dump), statsMismatches: mismatches.length };
}

export const dumpOf = (url: string): Promise<RegistryDump> => withClient(url, dumpRegistry);

/** The number of differences a verdict counts: each table that differs, and a failed statistics check. */
export const differenceCount = (v: Verdict): number => v.differences.length + (v.statsMismatches > 0 ? 1 : 0);

export function describeVerdict(v: Verdict): string[] {
  const lines = v.differences.map(
    (d) =>
      `    ${d.table}: ${d.actual} rows, reference ${d.expected}; missing ${JSON.stringify(d.missing)}; extra ${JSON.stringify(d.extra)}`,
  );
  if (v.statsMismatches) lines.push(`    zhenfu stats --check: ${v.statsMismatches} differences`);
  return lines;
}
