import type { Command } from 'commander';
import { withDatabase } from './runtime.ts';

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
          `${db.kind}: ${rows.length} migrations applied, latest ${rows.at(-1)?.version ?? '-'}\n`,
        );
      });
    });
}
