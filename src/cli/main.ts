import { Command } from 'commander';
import { migrateCommand } from './migrate.ts';
import { serveCommand } from './serve.ts';
import { reportCliError } from './runtime.ts';

const program = new Command();
program
  .name('zhenfu')
  .description('真扶 Zhenfu — targeted poverty alleviation platform / 精准扶贫与防返贫监测平台')
  .showHelpAfterError();

serveCommand(program);
migrateCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportCliError(error);
}
