import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate.ts';
import { backupPglite, openPglite } from '../../src/db/pglite.ts';

/**
 * Before the PGlite tests (and the browser tests' servers): one migrated database, saved as a tarball. A new
 * PGlite spends about a second in initdb; loading this copy takes a third of that, and every test file opens at
 * least one database.
 */
async function makeTemplate(): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'zhenfu-template-'));
  const dataDir = join(dir, 'data');
  const db = await openPglite(dataDir);
  await migrate(db);
  await db.close();
  const file = join(dir, 'template.tar');
  await backupPglite(dataDir, file, 'none');
  return { dir, file };
}

// The projects' global setups run one after another in the same process before any test: the second project
// that asks (pglite and e2e both do) gets the first one's template instead of making its own.
const shared = globalThis as { zhenfuPgliteTemplate?: Promise<{ dir: string; file: string }> };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.zhenfuPgliteTemplate ??= makeTemplate();
  const { dir, file } = await shared.zhenfuPgliteTemplate;
  project.provide('pgliteTemplate', file);
  return async () => {
    delete shared.zhenfuPgliteTemplate;
    await rm(dir, { recursive: true, force: true });
  };
}
