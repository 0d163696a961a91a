import { Option, type Command } from 'commander';
import { fieldError } from '../app/errors.ts';
import { ROLES, type Role } from '../modules/auth/actor.ts';
import { generatePassword } from '../modules/auth/password.ts';
import type { UserView } from '../modules/auth/schemas.ts';
import {
  addGrant,
  createUser,
  listUsers,
  unlockUser,
  updateUser,
  userIdByUsername,
} from '../modules/auth/users.ts';
import { normaliseCode } from '../modules/regions/region-code.ts';
import { cliActor, withDatabase } from './runtime.ts';

/** Reads a password piped in (`echo … | zhenfu users add …`); one trailing newline is not part of it. */
async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function regionCode(input: string): string {
  const code = normaliseCode(input);
  if (!code) {
    throw fieldError('--region', 'REGION_CODE_FORMAT', {
      zh: '区划代码须为 2、4、6、9 或 12 位数字',
      en: 'A region code has 2, 4, 6, 9 or 12 digits',
    });
  }
  return code;
}

const roleOption = () => new Option('--role <role>', 'role / 角色').choices(ROLES).makeOptionMandatory();
const regionOption = () =>
  new Option('--region <code>', 'region code, e.g. 371324 / 区划代码（如 371324）').makeOptionMandatory();
const stdinOption = () =>
  new Option('--password-stdin', 'read the password from standard input / 从标准输入读取密码');

function describe(u: UserView): string {
  const grants = u.grants.map((g) => `${g.role}@${g.regionCode}(${g.regionName})`).join(', ');
  const state = [u.active ? 'active' : 'disabled', u.lockedUntil ? `locked until ${u.lockedUntil}` : '']
    .filter(Boolean)
    .join(', ');
  return `${u.id}\t${u.username}\t${u.displayName}\t${state}\t${grants}`;
}

export function usersCommand(program: Command): void {
  const users = program.command('users').description('Manage user accounts / 用户管理');

  users
    .command('add <username>')
    .description(
      'Create a user with one role on one region; without --password-stdin a password is generated and printed once / 新建用户',
    )
    .addOption(roleOption())
    .addOption(regionOption())
    .option('--name <name>', 'display name (default: the username) / 姓名')
    .addOption(stdinOption())
    .action(
      async (
        username: string,
        opts: { role: Role; region: string; name?: string; passwordStdin?: boolean },
      ) => {
        const password = opts.passwordStdin ? await readPasswordFromStdin() : generatePassword();
        const grant = { role: opts.role, regionCode: regionCode(opts.region) };
        await withDatabase(async ({ db }) => {
          const user = await createUser(db, cliActor(), {
            username,
            displayName: opts.name ?? username,
            password,
            grants: [grant],
          });
          process.stdout.write(`已创建 / created: ${describe(user)}\n`);
          if (!opts.passwordStdin) {
            process.stdout.write(`密码 / password: ${password}  (仅显示这一次 / shown once only)\n`);
          }
        });
      },
    );

  users
    .command('list')
    .description('List all users / 列出用户')
    .option('--json', 'print JSON / 输出 JSON')
    .action(async (opts: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const { items } = await listUsers(db, cliActor(), { limit: 1_000_000, offset: 0 });
        if (opts.json) process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        else for (const u of items) process.stdout.write(`${describe(u)}\n`);
      });
    });

  users
    .command('passwd <username>')
    .description(
      "Set a user's password (generated and printed once without --password-stdin); ends their sessions / 重置密码",
    )
    .addOption(stdinOption())
    .action(async (username: string, opts: { passwordStdin?: boolean }) => {
      const password = opts.passwordStdin ? await readPasswordFromStdin() : generatePassword();
      await withDatabase(async ({ db }) => {
        const actor = cliActor();
        await updateUser(db, actor, await userIdByUsername(db, actor, username), { password });
        process.stdout.write(`已修改密码 / password changed: ${username}\n`);
        if (!opts.passwordStdin) {
          process.stdout.write(`密码 / password: ${password}  (仅显示这一次 / shown once only)\n`);
        }
      });
    });

  users
    .command('grant <username>')
    .description('Add a role on a region to a user / 授予角色')
    .addOption(roleOption())
    .addOption(regionOption())
    .action(async (username: string, opts: { role: Role; region: string }) => {
      const grant = { role: opts.role, regionCode: regionCode(opts.region) };
      await withDatabase(async ({ db }) => {
        const actor = cliActor();
        const user = await addGrant(db, actor, await userIdByUsername(db, actor, username), grant);
        process.stdout.write(`已授权 / granted: ${describe(user)}\n`);
      });
    });

  users
    .command('unlock <username>')
    .description('End a login lock and reset the failure count / 解锁账号')
    .action(async (username: string) => {
      await withDatabase(async ({ db }) => {
        const actor = cliActor();
        const user = await unlockUser(db, actor, await userIdByUsername(db, actor, username));
        process.stdout.write(`已解锁 / unlocked: ${describe(user)}\n`);
      });
    });

  for (const [name, active, zh] of [
    ['disable', false, '停用账号'],
    ['enable', true, '启用账号'],
  ] as const) {
    users
      .command(`${name} <username>`)
      .description(`${active ? 'Reactivate a user' : 'Deactivate a user and end their sessions'} / ${zh}`)
      .action(async (username: string) => {
        await withDatabase(async ({ db }) => {
          const actor = cliActor();
          const user = await updateUser(db, actor, await userIdByUsername(db, actor, username), { active });
          process.stdout.write(`${zh} / ${name}d: ${describe(user)}\n`);
        });
      });
  }
}
