import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate.ts';
import { backupPglite, openPglite } from '../../src/db/pglite.ts';

/**
 * Before the PGlite tests: one migrated database, saved as a tarball. A new PGlite spends about a second in
 * initdb; loading this copy takes a third of that, and every test file opens at least one database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'zhenfu-template-'));
  const dataDir = join(dir, 'data');
  const db = await openPglite(dataDir);
  await migrate(db);
  await db.close();
  const file = join(dir, 'template.tar');
  await backupPglite(dataDir, file, 'none');
  project.provide('pgliteTemplate', file);
  return () => rm(dir, { recursive: true, force: true });
}
