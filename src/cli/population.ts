import type { Command } from 'commander';
import type { Db } from '../db/types.ts';
import { UnreadableFileError } from '../modules/registry/import/errors.ts';
import { formatOf, readTable } from '../modules/registry/import/readers.ts';
import { importPopulation } from '../modules/measure/population-file.ts';
import { commandActor, EXIT_UNREADABLE, type Output } from './import.ts';
import { withDatabase } from './runtime.ts';

interface PopulationOptions {
  json?: boolean;
  user?: string;
  confirm?: boolean;
}

/** Runs `zhenfu population FILE` on an open database and returns the exit status. */
export async function runPopulationImport(
  db: Db,
  file: string,
  options: PopulationOptions,
  io: Output,
): Promise<number> {
  const actor = await commandActor(db, options.user, 'import');
  try {
    const summary = await importPopulation(db, actor, readTable(file, formatOf(file)), {
      confirmed: options.confirm === true,
    });
    if (options.json) {
      io.stdout.write(`${JSON.stringify(summary)}\n`);
      return 0;
    }
    io.stdout.write(
      `农村人口 / rural population: 新增 created ${summary.created}, 更新 updated ${summary.updated}, 删除 removed ${summary.removed}, 未变 unchanged ${summary.unchanged}, 拒绝 rejected ${summary.rejected}\n`,
    );
    for (const e of summary.errors)
      io.stdout.write(`  第${e.row}行 row ${e.row} [${e.column}] ${e.code}: ${e.message}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    io.stderr.write(`错误 ${error.code}: ${error.messages.zh}\nerror ${error.code}: ${error.messages.en}\n`);
    return EXIT_UNREADABLE;
  }
}

export function populationCommand(program: Command): void {
  program
    .command('population <file>')
    .description(
      'Import rural population per region and year (CSV/XLSX: 行政区划代码, 年度, 农村人口[, 备注]) — the denominator of poverty incidence / 导入农村人口',
    )
    .option('--json', 'print one JSON summary on stdout / 输出 JSON 汇总')
    .option(
      '--confirm',
      'import figures below the registered persons of their region too / 人口少于登记人数时也导入',
    )
    .option('--user <username>', "act as this user, within their regions (default: the server's shell)")
    .action(async (file: string, options: PopulationOptions) => {
      process.exitCode = await withDatabase(({ db }) =>
        runPopulationImport(db, file, options, { stdout: process.stdout, stderr: process.stderr }),
      );
    });
}
