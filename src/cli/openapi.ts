import type { Command } from 'commander';
import { loadConfig } from '../app/config.ts';
import { openApiText } from '../app/openapi.ts';
import { buildServer } from '../app/server.ts';
import { openPglite } from '../db/pglite.ts';
import { migrate } from '../db/migrate.ts';

export function openapiCommand(program: Command): void {
  program
    .command('openapi')
    .description('Print the OpenAPI document (committed as openapi.json) / 输出接口文档')
    .action(async () => {
      // The document depends only on the routes, so an empty in-memory database is enough to assemble them.
      const db = await openPglite(undefined);
      await migrate(db);
      const app = await buildServer({ db, config: loadConfig({ LOG_LEVEL: 'silent' }), logger: false });
      await app.ready();
      process.stdout.write(openApiText(app));
      await app.close();
      await db.close();
    });
}
