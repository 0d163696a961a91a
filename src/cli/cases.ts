import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DomainError, fieldError } from '../app/errors.ts';
import { parseInput as parse } from '../app/validation-messages.ts';
import { retryTransaction } from '../db/retry.ts';
import type { Db } from '../db/types.ts';
import { actOnCases } from '../modules/cases/commands/act.ts';
import { createCase } from '../modules/cases/commands/create-case.ts';
import { getCase, listCases } from '../modules/cases/queries.ts';
import { actionBody, createCaseBody, listQuery } from '../modules/cases/schemas.ts';
import { today } from '../modules/registry/commands/shared.ts';
import { caseText, LIST_HEADER, summaryLine } from './cases-print.ts';
import { commandActor, type Output } from './import.ts';
import { describeCliError, withDatabase } from './runtime.ts';

/**
 * `zhenfu cases list|show|act|open`: the procedures for scripts, through the same commands as the API
 * (listCases, getCase, actOnCases, createCase) and the same guard. A refusal prints its code with the message
 * in Chinese and English on stderr and exits 1; the case as it now is goes to stdout (`--json` for a script).
 */
interface Common {
  user?: string;
  json?: boolean;
}
export interface ListOptions extends Common {
  region?: string;
  type?: string;
  stage?: string;
  state?: string;
  overdue?: boolean;
  year?: string;
}
export interface ActOptions extends Common {
  version?: string;
  date?: string;
  comment?: string;
  reason?: string;
  inputs?: string;
}
export interface OpenOptions extends Common {
  type?: string;
  household?: string;
  region?: string;
  year?: string;
  reason?: string;
  date?: string;
}

const number = (v: string | undefined) => (v === undefined ? undefined : Number(v));

/** Runs a subcommand; a domain refusal is printed in both languages and answers exit status 1. */
async function guarded(out: Output, run: () => Promise<void>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    out.stderr.write(describeCliError(error));
    return 1;
  }
}

/** Every case of the filter in the user's regions, page after page (keyset by id). */
export function runList(db: Db, o: ListOptions, out: Output): Promise<number> {
  return guarded(out, async () => {
    const actor = await commandActor(db, o.user, 'cli');
    const filter = parse(listQuery, {
      regionCode: o.region?.padEnd(12, '0'),
      type: o.type,
      stage: o.stage,
      state: o.state,
      overdue: o.overdue ? 'true' : undefined,
      year: o.year,
      limit: '200',
    });
    if (!o.json) out.stdout.write(LIST_HEADER);
    const all = [];
    for (let after: number | null | undefined = undefined; after !== null;) {
      const page = await listCases(db, actor, { ...filter, ...(after ? { after } : {}) });
      if (o.json) all.push(...page.items);
      else for (const c of page.items) out.stdout.write(`${summaryLine(c)}\n`);
      after = page.next;
    }
    if (o.json) out.stdout.write(`${JSON.stringify(all)}\n`);
  });
}

export function runShow(db: Db, id: string, o: Common, out: Output): Promise<number> {
  return guarded(out, async () => {
    const actor = await commandActor(db, o.user, 'cli');
    const view = await getCase(db, actor, caseId(id));
    out.stdout.write(o.json ? `${JSON.stringify(view)}\n` : caseText(view));
  });
}

export function runAct(
  db: Db,
  id: string,
  action: string,
  o: ActOptions,
  out: Output,
  now = new Date(),
): Promise<number> {
  return guarded(out, async () => {
    const actor = await commandActor(db, o.user, 'cli');
    const day = today(now);
    // Without --version the step applies to the case as it is when locked (a script that just read it).
    const body = parse(actionBody.partial({ version: true }), {
      action,
      version: number(o.version),
      date: o.date,
      comment: o.comment,
      reason: o.reason,
      inputs: o.inputs === undefined ? undefined : await readInputs(o.inputs),
    });
    const target = caseId(id);
    await retryTransaction(db, async (tx) => {
      const [result] = await actOnCases(
        tx,
        actor,
        [target],
        { ...body, date: body.date ?? day, inputs: body.inputs ?? {} },
        day,
      );
      if (result?.error) throw result.error;
    });
    const view = await getCase(db, actor, target);
    out.stdout.write(o.json ? `${JSON.stringify(view)}\n` : caseText(view));
  });
}

export function runOpen(db: Db, o: OpenOptions, out: Output, now = new Date()): Promise<number> {
  return guarded(out, async () => {
    const actor = await commandActor(db, o.user, 'cli');
    const body = parse(createCaseBody, {
      type: o.type,
      householdId: number(o.household),
      regionCode: o.region?.padEnd(12, '0'),
      year: number(o.year),
      reason: o.reason,
      date: o.date,
    });
    const id = await retryTransaction(db, (tx) => createCase(tx, actor, body, today(now)));
    const view = await getCase(db, actor, id);
    out.stdout.write(o.json ? `${JSON.stringify(view)}\n` : caseText(view));
  });
}

function caseId(input: string): number {
  const id = Number(input);
  if (/^\d{1,15}$/.test(input) && id > 0) return id;
  throw fieldError('id', 'INVALID_ID', {
    zh: `案件编号应为正整数：${input}`,
    en: `A case id is a positive integer: ${input}`,
  });
}

/** `--inputs` is JSON, or `@file.json` to read it from a file. */
async function readInputs(arg: string): Promise<unknown> {
  const text = arg.startsWith('@') ? await readFile(arg.slice(1), 'utf8').catch(() => null) : arg;
  try {
    if (text !== null) return JSON.parse(text) as unknown;
  } catch {
    // Reported below, as a file that cannot be read is.
  }
  throw fieldError('--inputs', 'INPUTS_JSON', {
    zh: '--inputs 应为 JSON 对象，或 @文件名 指向一个 JSON 文件',
    en: '--inputs takes a JSON object, or @file.json naming a file that holds one',
  });
}

const io: Output = { stdout: process.stdout, stderr: process.stderr };
const userOption = ['--user <username>', 'act as this user, within their regions / 以该用户身份'] as const;

export function casesCommand(program: Command): void {
  const cases = program.command('cases').description('The statutory procedures / 扶贫程序案件');
  const run = (fn: (db: Db) => Promise<number>) =>
    withDatabase(async ({ db }) => {
      process.exitCode = await fn(db);
    });
  cases
    .command('list')
    .description('Cases in your regions / 案件列表')
    .option('--region <code>', 'region subtree / 地区（含下级）')
    .option('--type <type>', 'procedure / 程序类型')
    .option('--stage <stage>', 'stage / 阶段')
    .option('--state <state>', 'open (default), closed or all / 状态')
    .option('--year <yyyy>', 'year / 年度')
    .option('--overdue', 'only the overdue / 仅超期')
    .option('--json', 'print JSON / 输出 JSON')
    .option(...userOption)
    .action((o: ListOptions) => run((db) => runList(db, o, io)));
  cases
    .command('show <id>')
    .description('A case with its steps, notices, objections and what you may do / 案件详情')
    .option('--json', 'print JSON / 输出 JSON')
    .option(...userOption)
    .action((id: string, o: Common) => run((db) => runShow(db, id, o, io)));
  cases
    .command('act <id> <action>')
    .description('Take a step of a case (guarded like the API) / 办理步骤')
    .option('--version <n>', 'the version you read (stale → refused) / 版本号')
    .option('--date <yyyy-mm-dd>', 'the day the step happened (default today) / 办理日期')
    .option('--comment <text>', 'comment / 备注')
    .option('--reason <text>', 'reason (reject, withdraw) / 理由')
    .option('--inputs <json|@file>', 'what the step carries, JSON or @file.json / 步骤材料')
    .option('--json', 'print JSON / 输出 JSON')
    .option(...userOption)
    .action((id: string, action: string, o: ActOptions) => run((db) => runAct(db, id, action, o, io)));
  cases
    .command('open')
    .description('Open a case / 发起程序')
    .requiredOption('--type <type>', 'procedure / 程序类型')
    .option('--household <id>', 'household id (household procedures) / 户 ID')
    .option('--region <code>', 'village or county (village_exit, county_exit) / 村或县')
    .requiredOption('--year <yyyy>', 'year / 年度')
    .requiredOption('--reason <text>', 'reason / 事由')
    .option('--date <yyyy-mm-dd>', 'the day it was opened (default today) / 日期')
    .option('--json', 'print JSON / 输出 JSON')
    .option(...userOption)
    .action((o: OpenOptions) => run((db) => runOpen(db, o, io)));
}
