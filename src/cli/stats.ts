import type { Command } from 'commander';
import { fieldError } from '../app/errors.ts';
import { counted, nouns } from '../app/plural.ts';
import { compareStats, readStats, rebuildStats } from '../modules/measure/stats.ts';
import { codeLabel } from '../modules/registry/codes.ts';
import { latestYearOf } from '../modules/registry/queries.ts';
import { normaliseCode } from '../modules/regions/region-code.ts';
import { cliActor, withDatabase } from './runtime.ts';

interface StatsOptions {
  region?: string;
  year?: string;
  json?: boolean;
  rebuild?: boolean;
  check?: boolean;
}

export function statsCommand(program: Command): void {
  program
    .command('stats')
    .description('Registry statistics of a region and year; --rebuild recomputes all from scratch / 统计')
    .option('--region <code>', 'region code, 2–12 digits / 行政区划代码')
    .option('--year <yyyy>', 'year (default: the latest with data) / 年度')
    .option('--json', 'print one JSON object / 输出 JSON')
    .option('--rebuild', 'recompute every figure from the registry / 从登记数据重算全部统计')
    .option(
      '--check',
      'compare the maintained figures with a recomputation; exit 1 on any difference / 核对统计',
    )
    .action(async (options: StatsOptions) => {
      await withDatabase(async ({ db }) => {
        const actor = cliActor();
        if (options.rebuild) {
          const { rows } = await rebuildStats(db, actor);
          process.stderr.write(`rebuilt ${counted(rows, nouns.statisticsRow)} / 已重算 ${rows} 行统计\n`);
        }
        if (options.check) {
          const mismatches = await compareStats(db);
          process.stdout.write(
            options.json
              ? `${JSON.stringify({ mismatches })}\n`
              : `${mismatches.length} differences / 处差异\n`,
          );
          if (mismatches.length) process.exitCode = 1;
          return;
        }
        if (!options.region) {
          if (options.rebuild) return;
          throw fieldError('region', 'REQUIRED', {
            zh: '请用 --region 指定行政区划代码',
            en: 'Give a region code with --region',
          });
        }
        const region = normaliseCode(options.region);
        if (!region)
          throw fieldError('region', 'INVALID_REGION', {
            zh: `行政区划代码无效：${options.region}`,
            en: `Invalid region code: ${options.region}`,
          });
        const year = options.year ? Number(options.year) : await latestYearOf(db, region);
        if (!year || !Number.isInteger(year))
          throw fieldError('year', 'NO_DATA', {
            zh: '该地区没有数据或年度无效',
            en: 'No data for this region, or an invalid year',
          });
        const stats = await readStats(db, actor, region, year);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(stats)}\n`);
          return;
        }
        const line = (label: string, b: { households: number; persons: number }) =>
          `  ${label}: ${b.households} 户 ${b.persons} 人 / ${counted(b.households, nouns.household)}, ${counted(b.persons, nouns.person)}\n`;
        process.stdout.write(`${region} ${year}\n${line('合计 total', stats)}`);
        for (const [title, list, rows] of [
          ['户状态 status', 'household_status', stats.byStatus],
          ['致贫原因 cause', 'poverty_cause', stats.byCause],
          ['户类型 type', 'household_type', stats.byType],
        ] as const) {
          process.stdout.write(`${title}\n`);
          for (const r of rows)
            process.stdout.write(line(`${r.code} ${codeLabel(list, r.code, 'zh') ?? ''}`, r));
        }
      });
    });
}
