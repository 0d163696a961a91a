import { once } from 'node:events';
import { DATE_LABELS, refuseFields, yearIssue } from '../modules/registry/dates.ts';
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { fieldError } from '../app/errors.ts';
import type { Db, Queryable } from '../db/types.ts';
import type { Actor, WriteSource } from '../modules/auth/actor.ts';
import { getUser, userIdByUsername } from '../modules/auth/users.ts';
import { openTableWriter } from '../modules/registry/export/writers.ts';
import { today } from '../modules/registry/commands/shared.ts';
import { UnreadableFileError } from '../modules/registry/import/errors.ts';
import { importFile } from '../modules/registry/import/file.ts';
import type { ImportSummary } from '../modules/registry/import/pipeline.ts';
import { formatOf } from '../modules/registry/import/readers.ts';
import { runErrors, writeErrorReport } from '../modules/registry/import/report.ts';
import { newYearMessage, newYearOf } from '../modules/registry/import/new-year.ts';
import { readWorkingYear } from '../modules/settings/working-year.ts';
import { startProgress, type Progress } from './progress.ts';
import { cliActor, withDatabase } from './runtime.ts';

export interface ImportCommandOptions {
  year?: string;
  json?: boolean;
  errors?: string;
  user?: string;
}

export interface Output {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
}

/** The exit status of a file that cannot be read at all (missing columns, not CSV/XLSX, broken). */
export const EXIT_UNREADABLE = 2;
const SHOWN_ERRORS = 20;

/** The actor of a shell command: the shell itself, or with --user that user's grants (their view and scope). */
export async function commandActor(
  db: Queryable,
  username: string | undefined,
  source: WriteSource,
): Promise<Actor> {
  const shell = cliActor(source);
  if (username === undefined) return shell;
  const user = await getUser(db, shell, await userIdByUsername(db, shell, username));
  return {
    userId: user.id,
    username: user.username,
    source,
    grants: user.grants.map((g) => ({ role: g.role, regionCode: g.regionCode })),
    requestId: null,
  };
}

export function parseYear(input: string | undefined, option = '--year'): number {
  if (input === undefined) return new Date().getFullYear();
  const year = Number(input);
  if (!/^\d{4}$/.test(input) || year < 2013 || year > 2100) {
    throw fieldError(option, 'YEAR', {
      zh: `年度须为2013至2100之间的四位数字：${input}`,
      en: `A year has four digits, 2013 to 2100: ${input}`,
    });
  }
  return year;
}

async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** `--json`: exactly one JSON document, the errors read from the run page by page (flat memory). */
async function printJson(
  db: Queryable,
  runId: number,
  summary: ImportSummary,
  out: NodeJS.WritableStream,
): Promise<void> {
  await write(
    out,
    `{"households":${JSON.stringify(summary.households)},"members":${JSON.stringify(summary.members)},"errors":[`,
  );
  let first = true;
  for await (const e of runErrors(db, runId)) {
    await write(out, `${first ? '' : ','}${JSON.stringify(e)}`);
    first = false;
  }
  await write(out, ']}\n');
}

async function printText(
  db: Queryable,
  runId: number,
  summary: ImportSummary,
  out: NodeJS.WritableStream,
): Promise<void> {
  const h = summary.households;
  const m = summary.members;
  await write(
    out,
    `户 / households: 新增 imported ${h.imported}, 更新 updated ${h.updated}, 未变 unchanged ${h.unchanged}, 拒绝 rejected ${h.rejected}\n`,
  );
  await write(
    out,
    `人 / members: 新增 imported ${m.imported}, 更新 updated ${m.updated}, 拒绝 rejected ${m.rejected}\n`,
  );
  let shown = 0;
  let total = 0;
  for await (const e of runErrors(db, runId)) {
    total += 1;
    if (shown >= SHOWN_ERRORS) continue;
    shown += 1;
    await write(out, `  第${e.row}行 row ${e.row} [${e.column}] ${e.household_no} ${e.code}: ${e.message}\n`);
  }
  if (total > shown)
    await write(
      out,
      `  … 另有 ${total - shown} 条错误 / ${total - shown} more errors (--errors FILE 输出全部 / writes them all)\n`,
    );
}

/** Runs `zhenfu import` on an open database and returns the exit status. */
export async function runImport(
  db: Db,
  file: string,
  options: ImportCommandOptions,
  io: Output,
  now: Date = new Date(),
): Promise<number> {
  // Without --year, the working year (工作年度), as through the API; said on stderr so --json stays one document.
  const year = options.year === undefined ? (await readWorkingYear(db, now)).year : parseYear(options.year);
  if (options.year === undefined) io.stderr.write(`年度 / year: ${year}（工作年度 / the working year）\n`);
  // The facts of a year not yet begun are no facts, from the command line as through the API.
  const future = yearIssue(year, '--year', DATE_LABELS.year, today(now));
  if (future) throw refuseFields([future]);
  const reportFormat = options.errors === undefined ? undefined : formatOf(options.errors);
  const actor = await commandActor(db, options.user, 'import');
  // A year new to the importer's regions: the console asks, the API wants a flag; a command has nobody to
  // ask (it runs in scripts and CI), so it warns and goes on.
  const fresh = await newYearOf(db, actor, year);
  if (fresh) {
    const message = newYearMessage(fresh);
    io.stderr.write(`警告 IMPORT_NEW_YEAR：${message.zh}\nwarning IMPORT_NEW_YEAR: ${message.en}\n`);
  }
  let bar: Progress | undefined;
  let phase: 'rows' | 'households' = 'rows';
  try {
    const outcome = await importFile(db, actor, file, {
      year,
      today: today(now),
      source: 'cli',
      errorLimit: 0,
      onProgress: (p) => {
        if (p.totalHouseholds === 0) {
          bar ??= startProgress('读取 / reading rows', 0, io.stderr);
          bar.update(p.rows, p.rows);
          return;
        }
        if (phase === 'rows') {
          bar?.stop();
          phase = 'households';
          bar = startProgress('导入 / importing households', p.totalHouseholds, io.stderr);
        }
        bar?.update(p.households);
      },
    });
    bar?.stop();
    bar = undefined;
    if (outcome.ignoredColumns.length)
      io.stderr.write(`已忽略的列 / ignored columns: ${outcome.ignoredColumns.join(', ')}\n`);
    if (options.json) await printJson(db, outcome.runId, outcome.summary, io.stdout);
    else await printText(db, outcome.runId, outcome.summary, io.stdout);
    if (options.errors !== undefined && reportFormat) {
      const stream = createWriteStream(options.errors);
      const writer = openTableWriter(reportFormat, stream, '错误 errors');
      await writeErrorReport(db, outcome.runId, writer);
      await writer.end();
    }
    return 0;
  } catch (error) {
    bar?.stop();
    if (!(error instanceof UnreadableFileError)) throw error;
    io.stderr.write(`错误 ${error.code}: ${error.messages.zh}\nerror ${error.code}: ${error.messages.en}\n`);
    return EXIT_UNREADABLE;
  }
}

export function importCommand(program: Command): void {
  program
    .command('import <file>')
    .description(
      'Import households and members from a CSV or XLSX file (format: docs/import-format.md) / 导入户和成员',
    )
    .option(
      '--year <yyyy>',
      'the year of the facts in the file (default: the working year) / 年度（默认：工作年度）',
    )
    .option('--json', 'print one JSON summary on stdout / 输出 JSON 汇总')
    .option('--errors <file>', 'write the bad rows to FILE.csv or FILE.xlsx / 错误行写入文件')
    .option(
      '--user <username>',
      "act as this user, within their regions (default: the server's shell) / 以该用户身份导入",
    )
    .action(async (file: string, options: ImportCommandOptions) => {
      const status = await withDatabase(({ db }) =>
        runImport(db, file, options, { stdout: process.stdout, stderr: process.stderr }),
      );
      process.exitCode = status;
    });
}
