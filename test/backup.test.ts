import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPglite, isEmptyDir, openPglite, restorePglite } from '../src/db/pglite.ts';

// The embedded database only: PostgreSQL is backed up with its own tools.
describe.skipIf(process.env.ZHENFU_TEST_DB === 'postgres')('backup of the embedded database', () => {
  it('restores into an empty directory exactly what was backed up', async () => {
    const base = mkdtempSync(join(tmpdir(), 'zhenfu-backup-'));
    const source = join(base, 'source');
    const db = await openPglite(source);
    await db.exec(`CREATE TABLE kept (v text); INSERT INTO kept VALUES ('甲'), ('乙');`);
    await db.close();

    const file = join(base, 'backup.tar.gz');
    expect(await backupPglite(source, file)).toBeGreaterThan(0);
    const target = join(base, 'target');
    expect(isEmptyDir(target)).toBe(true);
    await restorePglite(target, file);
    expect(isEmptyDir(target)).toBe(false);

    const restored = await openPglite(target);
    const rows = await restored.query<{ v: string }>('SELECT v FROM kept');
    expect(rows.map((r) => r.v).sort()).toEqual(['甲', '乙'].sort());
    await restored.close();
  });
});
