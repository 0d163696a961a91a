import type { Command } from 'commander';
import { DomainError } from '../app/errors.ts';
import { loadConfig } from '../app/config.ts';
import { backupPglite, restorePglite } from '../db/pglite.ts';

export function backupCommand(program: Command): void {
  program
    .command('backup')
    .description(
      'Back up (or --restore) the embedded database; refused while the server runs / 备份或恢复内嵌数据库（需先停止服务）',
    )
    .argument('<file>', 'backup file (.tar.gz) / 备份文件')
    .option('--restore', 'restore FILE into an empty ZHENFU_DATA_DIR / 恢复到空的数据目录')
    .action(async (file: string, options: { restore?: boolean }) => {
      const config = loadConfig();
      if (config.databaseUrl) {
        throw new DomainError('invalid', 'USE_PG_DUMP', {
          zh: '使用 PostgreSQL 时请用 pg_dump / pg_restore 备份和恢复',
          en: 'On PostgreSQL, back up and restore with pg_dump / pg_restore',
        });
      }
      if (options.restore) {
        // Refuses while a server has the directory, then unless it is empty (src/db/pglite.ts).
        await restorePglite(config.dataDir, file);
        process.stdout.write(`已恢复 / restored ${file} → ${config.dataDir}\n`);
        return;
      }
      const bytes = await backupPglite(config.dataDir, file);
      process.stdout.write(
        `已备份 / backed up ${config.dataDir} → ${file} (${(bytes / 1e6).toFixed(1)} MB)\n`,
      );
    });
}
