import type { Command } from 'commander';
import { loadConfig } from '../app/config.ts';
import { buildServer } from '../app/server.ts';
import { consoleAddress } from '../app/static.ts';
import { noteServerAddress } from '../db/data-lock.ts';
import { openDatabase } from '../db/open.ts';
import { migrate } from '../db/migrate.ts';
import { useConfiguredSecret } from '../modules/privacy/secret.ts';
import { prepareInstance } from './prepare.ts';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the HTTP server / 启动服务')
    .option('--demo', 'on an empty registry, load the demo county first / 空库时载入演示县')
    .action(async (options: { demo?: boolean }) => {
      const config = loadConfig();
      // The secret first: migrations seal personal data with it, and so does every write.
      useConfiguredSecret(config);
      const db = await openDatabase(config);
      await migrate(db);
      const prepared = await prepareInstance(db, config, { demo: options.demo === true });
      const app = await buildServer({ db, config });
      const close = async () => {
        await app.close();
        await db.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      const address = await app.listen({ port: config.port, host: config.host });
      // A command refused on this data directory names where to do the work instead.
      if (!config.databaseUrl) noteServerAddress(config.dataDir, address);
      process.stdout.write(
        [
          '',
          // bench/support/zhenfu-process.ts reads the address from this first line.
          `真扶 Zhenfu is running / 已启动: ${address}`,
          `门户网站 / portal: ${address}/`,
          `管理入口 / console: ${consoleAddress(address)}`,
          `接口文档 / API docs: ${address}/docs`,
          '',
        ].join('\n'),
      );
      for (const notice of prepared.notices) process.stdout.write(`${notice}\n`);
    });
}
