import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePassword } from '../../src/modules/auth/password.ts';
import { launchBrowser } from './support/browser.ts';
import { COUNTY, startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { logIn, visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * Users managed in the console, as a county administrator: create a user with a first grant, grant a role on
 * a town found by name, revoke the first grant, reset the password (generated, shown once), and disable the
 * account. The new user
 * logs in with the reset password while the account is active — and is refused once it is disabled.
 */
let server: ConsoleServer;
let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  watched = await watchedPage(context);
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => watched);

// The form open now: one closing (antd animates it out) is not it.
const dialog = () => page.locator('.ant-modal.zf-user-form:visible');
const confirm = () => page.locator('.ant-modal-confirm');
const row = (username: string) => page.locator('.zf-user-table .ant-table-row', { hasText: username });

/** Picks an option of the open antd select list by its text. */
async function pick(field: ReturnType<Page['locator']>, option: string, search?: string): Promise<void> {
  await field.click();
  if (search) await field.locator('input').fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
  await expect.poll(() => field.innerText()).toContain(option);
}

/** Logs in as `username` in a browser of its own; returns what the login led to. */
async function tryLogin(
  username: string,
  password: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const own = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  const other = await own.newPage();
  await other.goto(server.consoleAt('/login'));
  await logIn(other, username, password);
  return { page: other, close: () => own.close() };
}

describe('users page', () => {
  it('creates a user, grants a town, revokes a grant, resets the password and disables the account', async () => {
    const username = 'e2e_zhangcun';
    await visit(page, server.consoleAt(`/r/${COUNTY}/users`), server.user);
    await expect.poll(() => page.locator('.zf-page-nav').innerText()).toContain('用户管理');
    await page.locator('.zf-users-total').waitFor();

    // Create: a typed password, the first grant on the county the page is on.
    await page.getByRole('button', { name: /新建用户/ }).click();
    await dialog().getByLabel('用户名').fill(username);
    await dialog().getByLabel('姓名').fill('张村官');
    await dialog().getByLabel('初始密码').fill(generatePassword());
    await pick(dialog().locator('.ant-select').nth(0), '督查评估人员');
    await pick(dialog().locator('.ant-select').nth(1), '兰陵县');
    await dialog()
      .getByRole('button', { name: /新建用户/ })
      .click();
    await dialog().waitFor({ state: 'detached' });
    await row(username).waitFor();
    await expect.poll(() => row(username).innerText()).toContain('督查评估人员 · 兰陵县');

    // Grant: a town, found by typing part of its name.
    await row(username).getByRole('button', { name: '授权' }).click();
    await pick(dialog().locator('.ant-select').nth(0), '乡镇干部');
    await pick(dialog().locator('.ant-select').nth(1), '车辋镇', '车辋');
    await dialog()
      .getByRole('button', { name: /授\s*权/ })
      .click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => row(username).innerText()).toContain('乡镇干部 · 车辋镇');

    // Revoke: the first grant, by its tag, asked first.
    await row(username)
      .locator('.zf-grant', { hasText: '督查评估人员' })
      .locator('.ant-tag-close-icon')
      .click();
    await confirm()
      .getByRole('button', { name: /撤销授权/ })
      .click();
    await confirm().waitFor({ state: 'detached' });
    await expect.poll(() => row(username).innerText()).not.toContain('督查评估人员');
    // The one grant left cannot be revoked: without it no administrator would hold the account.
    expect(await row(username).locator('.ant-tag-close-icon').count()).toBe(0);

    // Reset: the generated password is on screen once.
    await row(username).getByRole('button', { name: '重置密码' }).click();
    await dialog()
      .getByRole('button', { name: /重置密码/ })
      .click();
    const shown = page.locator('.zf-temporary-password code');
    await shown.waitFor();
    const temporary = (await shown.textContent())?.trim() ?? '';
    expect(temporary).toMatch(/^[A-Za-z0-9_-]{24}$/);
    await page.getByRole('button', { name: /我已记下/ }).click();
    await shown.waitFor({ state: 'detached' });

    // The user logs in with it, and is offered no users page.
    const before = await tryLogin(username, temporary);
    await before.page.locator('.zf-app').waitFor();
    expect(await before.page.locator('.zf-page-nav').innerText()).not.toContain('用户管理');
    await before.close();

    // Disable: asked first, then the state says so.
    await row(username).getByRole('button', { name: '停用' }).click();
    await confirm()
      .getByRole('button', { name: /停\s*用/ })
      .click();
    await expect.poll(() => row(username).locator('.ant-tag').last().innerText()).toBe('已停用');

    const after = await tryLogin(username, temporary);
    await after.page.getByText(/该账号已停用/).waitFor();
    expect(after.page.url()).toContain('/login');
    await after.close();

    const audit = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'user'
         AND entity_id = (SELECT id::text FROM users WHERE username = $1) ORDER BY id`,
      [username],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'user.create',
      'user.update',
      'user.update',
      'user.password_reset',
      'auth.login',
      'user.update',
      'auth.login_refused',
    ]);
  });
});
