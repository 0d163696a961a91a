import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { fieldError } from '../app/errors.ts';
import { counted, nouns } from '../app/plural.ts';
import type { Db } from '../db/types.ts';
import { readStats } from '../modules/measure/stats.ts';
import { normaliseCode } from '../modules/regions/region-code.ts';
import { writeExport } from '../modules/registry/export/export.ts';
import { writeTemplate } from '../modules/registry/export/template.ts';
import { openTableWriter } from '../modules/registry/export/writers.ts';
import { formatOf } from '../modules/registry/import/readers.ts';
import { latestYearOf } from '../modules/registry/queries.ts';
import { commandActor, parseYear, type Output } from './import.ts';
import { startProgress } from './progress.ts';
import { withDatabase } from './runtime.ts';

export interface ExportCommandOptions {
  region?: string;
  year?: string;
  status?: string;
  cause?: string;
  type?: string;
  user?: string;
  template?: string;
}

/** Writes the import template (header row; the XLSX one explains every column on a second sheet). */
export async function runTemplate(file: string): Promise<void> {
  const format = formatOf(file);
  const out = openTableWriter(format, createWriteStream(file), '导入 import');
  await writeTemplate(out, format);
  await out.end();
}

/** Runs `zhenfu export` on an open database: the registry of a region and year in the import format. */
export async function runExport(
  db: Db,
  file: string,
  options: ExportCommandOptions,
  io: Pick<Output, 'stderr'>,
): Promise<{ households: number; rows: number }> {
  const format = formatOf(file);
  const region = options.region === undefined ? undefined : normaliseCode(options.region);
  if (!region)
    throw fieldError('--region', 'REGION_CODE', {
      zh: '请用 --region 指定区划代码（2、4、6、9 或 12 位）',
      en: 'Give --region, a region code of 2, 4, 6, 9 or 12 digits',
    });
  const actor = await commandActor(db, options.user, 'cli');
  const year =
    options.year === undefined
      ? ((await latestYearOf(db, region)) ?? parseYear(undefined))
      : parseYear(options.year);
  // The export holds every household of the year, the cancelled ones too: the registered and the cancelled.
  const stats = await readStats(db, actor, region, year);
  const expected = stats.households + stats.cancelledHouseholds;
  const bar = startProgress('导出 / exporting households', expected, io.stderr);
  const out = openTableWriter(format, createWriteStream(file), `${year}`);
  try {
    const filter = { region, year, status: options.status, cause: options.cause, type: options.type };
    const done = await writeExport(db, actor, filter, out, (households) => bar.update(households));
    await out.end();
    return done;
  } finally {
    bar.stop();
  }
}

export function exportCommand(program: Command): void {
  program
    .command('export [file]')
    .description(
      'Export households and members of a region in the import format (.csv or .xlsx), or write the import template / 导出或生成导入模板',
    )
    .option('--region <code>', 'region code, e.g. 371324 / 区划代码')
    .option('--year <yyyy>', 'year of the facts (default: the latest with data) / 年度')
    .option('--status <code>', '户状态 code or label / 户状态')
    .option('--cause <code>', '主要致贫原因 code or label / 致贫原因')
    .option('--type <code>', '户类型 code or label / 户类型')
    .option(
      '--user <username>',
      "export as this user sees it: their regions, masked as their role (default: the server's shell) / 以该用户身份导出",
    )
    .option(
      '--template <file>',
      'write the empty import template to FILE.xlsx or FILE.csv instead / 生成导入模板',
    )
    .action(async (file: string | undefined, options: ExportCommandOptions) => {
      if (options.template !== undefined) {
        await runTemplate(options.template);
        process.stderr.write(`已生成模板 / template written: ${options.template}\n`);
        return;
      }
      if (file === undefined)
        throw fieldError('file', 'REQUIRED', {
          zh: '请指定导出文件（.csv 或 .xlsx）',
          en: 'Give the file to export to (.csv or .xlsx)',
        });
      const done = await withDatabase(({ db }) => runExport(db, file, options, { stderr: process.stderr }));
      process.stderr.write(
        `已导出 ${done.households} 户 ${done.rows} 行 / exported ${counted(done.households, nouns.household)}, ${counted(done.rows, nouns.row)} → ${file}\n`,
      );
    });
}
