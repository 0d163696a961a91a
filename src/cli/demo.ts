import { InvalidArgumentError, type Command } from 'commander';
import { DomainError } from '../app/errors.ts';
import { counted, nouns } from '../app/plural.ts';
import type { Db } from '../db/types.ts';
import type { Actor } from '../modules/auth/actor.ts';
import {
  DEMO_DEFAULTS,
  generateDemoCounty,
  type DemoCountyOptions,
  type DemoSummary,
} from '../modules/registry/demo/generate.ts';
import { demoCaseworkOnEmpty } from './demo-casework.ts';
import { demoPortalOnEmpty } from './demo-portal.ts';
import { startProgress, type Progress } from './progress.ts';
import { cliActor, withDatabase } from './runtime.ts';

/** `zhenfu demo`: a synthetic county over real villages, written through the ordinary import. */
export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Generate a synthetic demo county over its real villages (same seed, same county) / 生成演示县的模拟建档立卡数据',
    )
    .option('--county <code>', '6-digit county code / 县级区划代码', DEMO_DEFAULTS.county)
    .option(
      '--households <n>',
      'number of households / 户数',
      integer(0, 10_000_000),
      DEMO_DEFAULTS.households,
    )
    .option(
      '--seed <n>',
      'random seed / 随机种子',
      integer(-2_147_483_648, 2_147_483_647),
      DEMO_DEFAULTS.seed,
    )
    .option('--year <yyyy>', 'registry year / 年度', integer(2013, 2100), DEMO_DEFAULTS.year)
    .option('--no-cases', 'no demo cases of the procedures / 不生成演示案件')
    .action(async (options: Omit<DemoCountyOptions, 'onProgress'>) => {
      await withDatabase(async ({ db }) => {
        const started = Date.now();
        const summary = await runDemo(db, cliActor('demo'), options);
        // The demo portal is the demo county's: made with it, unless another county was asked for.
        const portal = options.county === DEMO_DEFAULTS.county ? await demoPortalOnEmpty(db) : undefined;
        const casework = await demoCaseworkOnEmpty(db, { county: options.county, year: options.year });
        process.stdout.write(
          `${describeSummary(summary)}\n${portal ? `${portal}\n` : ''}${casework ? `${casework}\n` : ''}用时 / took ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
      });
    });
}

/** Generates a demo county with a progress display (a bar on a terminal, periodic lines otherwise). */
export async function runDemo(
  db: Db,
  actor: Actor,
  options: Omit<DemoCountyOptions, 'onProgress'>,
): Promise<DemoSummary> {
  // Two stages: households are generated and staged first, then checked and written in batches. The display
  // starts with the first report, so a county that is refused shows no bar.
  // Assigned in the callback, so typed by hand: control flow would narrow a plain `let` to undefined.
  let progress = undefined as Progress | undefined;
  let writing = false;
  try {
    return await generateDemoCounty(db, actor, {
      ...options,
      onProgress: (p) => {
        progress ??= startProgress(`生成 generating ${options.county}`, options.households);
        if (!writing && p.totalHouseholds === 0) return progress.update(p.generated);
        if (!writing) {
          writing = true;
          progress.update(p.generated);
          progress.stop();
          progress = startProgress(`写入 writing ${options.county}`, p.totalHouseholds);
        }
        progress.update(p.households, p.totalHouseholds);
      },
    });
  } finally {
    progress?.stop();
  }
}

export function describeSummary(s: DemoSummary): string {
  const h = s.households;
  const lines = [
    `户 / households: 新增 imported ${h.imported}, 更新 updated ${h.updated}, 未变 unchanged ${h.unchanged}, 拒绝 rejected ${h.rejected}`,
    `人 / members: 新增 imported ${s.members.imported}, 更新 updated ${s.members.updated}, 拒绝 rejected ${s.members.rejected}`,
  ];
  if (s.cases)
    lines.push(
      `案件 / cases: ${s.cases.cases}` +
        (s.cases.failures.length ? `, 未完成 unfinished ${s.cases.failures.length}` : ''),
    );
  if (s.errors.length > 0) {
    lines.push(`错误 / errors: ${s.errors.length}`);
    for (const e of s.errors.slice(0, 10)) {
      lines.push(`  row ${e.row} ${e.household_no} ${e.column} ${e.code}: ${e.message}`);
    }
  }
  return lines.join('\n');
}

function integer(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(
        `需要 ${min} 到 ${max} 之间的整数 / expected an integer from ${min} to ${max}`,
      );
    }
    return n;
  };
}

/**
 * First start with --demo: on an empty registry, the default demo county. Must run after the regions are
 * loaded (without them the county has no villages). Returns a line for the operator, or undefined when the
 * registry already had households.
 */
export async function demoOnEmptyRegistry(db: Db): Promise<string | undefined> {
  const [any] = await db.query('SELECT 1 FROM households LIMIT 1');
  if (any) return undefined;
  const { county, households, seed, year } = DEMO_DEFAULTS;
  process.stdout.write(
    `空的建档立卡库：正在生成演示县 ${county}（${households} 户，种子 ${seed}，${year} 年度）\n` +
      `Empty registry: generating the demo county ${county} (${counted(households, nouns.household)}, seed ${seed}, year ${year})\n`,
  );
  let summary: DemoSummary;
  try {
    summary = await runDemo(db, cliActor('demo'), DEMO_DEFAULTS);
  } catch (error) {
    // A server without its demo is still a server: say why and start anyway.
    if (!(error instanceof DomainError)) throw error;
    return `未生成演示县 / demo county not generated: ${error.messages.zh} / ${error.messages.en}`;
  }
  return `演示县 ${county} 已载入 ${summary.households.imported} 户 / demo county ${county} loaded: ${counted(summary.households.imported, nouns.household)} (synthetic people, real villages)`;
}
