import { Command } from 'commander';
import { backupCommand } from './backup.ts';
import { casesCommand } from './cases.ts';
import { demoCommand } from './demo.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { migrateCommand } from './migrate.ts';
import { openapiCommand } from './openapi.ts';
import { populationCommand } from './population.ts';
import { statsCommand } from './stats.ts';
import { serveCommand } from './serve.ts';
import { reportCliError } from './runtime.ts';
import { usersCommand } from './users.ts';

const program = new Command();
program
  .name('zhenfu')
  .description('真扶 Zhenfu — targeted poverty alleviation platform / 精准扶贫与防返贫监测平台')
  .showHelpAfterError();

serveCommand(program);
migrateCommand(program);
demoCommand(program);
usersCommand(program);
importCommand(program);
exportCommand(program);
statsCommand(program);
populationCommand(program);
openapiCommand(program);
backupCommand(program);
casesCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportCliError(error);
}
