import type { Command } from 'commander';
import { counted, nouns } from '../app/plural.ts';
import { withDatabase } from './runtime.ts';
import { ensureRegionTree } from './prepare.ts';

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (also done at every start) / 执行数据库迁移')
    .action(async () => {
      await withDatabase(async ({ db }) => {
        // withDatabase has migrated already; report what is in place.
        const rows = await db.query<{ version: string }>(
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        process.stdout.write(
          `${db.kind}: ${counted(rows.length, nouns.migration)} applied, latest ${rows.at(-1)?.version ?? '-'}\n`,
        );
        const loaded = await ensureRegionTree(db);
        process.stdout.write(
          loaded > 0
            ? `行政区划：已载入 ${loaded} 条 / regions: ${loaded} loaded\n`
            : '行政区划：已就绪，未载入 / regions: already in place, none loaded\n',
        );
      });
    });
}
