import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { routerPath } from './support/urls.ts';
import { logIn, visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * The console's critical path on a desktop screen: log in, move through the region tree and breadcrumb,
 * search, open a household, edit it (a validation error, the server out of reach, a conflict with someone
 * else's change), read its history in English, lose the session and come back, log out. Each test opens the
 * page it starts from (logging in when the session is gone), and the editing tests each take a household of
 * their own, so none depends on another.
 */
let server: ConsoleServer;
let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  watched = await watchedPage(context);
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => watched);

/** Opens a page of the console by its path, logging in when needed. */
const open = (path: string) => visit(page, server.consoleAt(path), server.user);
/** Opens a seeded household's page. */
const openHousehold = (i: number) => open(`/r/371324/households/${server.households[i]!.id}`);
const editButton = () => page.getByRole('button', { name: /编\s*辑/ });
/**
 * The seeded households live in 2020, a closed year on the test server's day (2026-06-30): a change of its facts
 * is a correction, and the form asks why.
 */
const REASON = '复核2020年收入';
const giveReason = () => page.locator('#household-edit_reason').fill(REASON);

const rows = () => page.locator('.zf-household-table tbody tr.ant-table-row');
const treeNode = (name: string) => page.locator('.zf-tree .ant-tree-treenode', { hasText: name }).first();
const heads = (indices: number[]) => indices.map((i) => server.households[i]!.headName).sort();

async function listedHeads(): Promise<string[]> {
  return (await rows().locator('td:nth-child(2)').allInnerTexts()).map((s) => s.trim()).sort();
}

/** Waits until the list shows exactly these heads of household (the list loads after the URL changes). */
async function expectHeads(expected: string[]): Promise<void> {
  // A reload loads the session, the region and the list in turn: on a busy machine that is more than the
  // poll's default second.
  await expect.poll(listedHeads, { timeout: 15_000 }).toEqual(expected);
}

describe('the console on a desktop', () => {
  it('refuses a wrong password with a clear message, then logs in', async () => {
    await context.clearCookies();
    await page.goto(server.consoleAt('/'));
    await page.waitForURL(/\/login$/);
    await logIn(page, server.user.username, 'not-the-password-123');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('用户名或密码错误');

    await logIn(page, server.user.username, server.user.password);
    await page.waitForURL(/\/r\/371324\/households$/);
    await expectHeads(heads([0, 1, 2, 3, 4, 5, 6, 7]));
    // Labels, not raw codes: the first household is 未脱贫 / 因病.
    const first = rows().filter({ hasText: server.households[0]!.headName });
    expect(await first.innerText()).toContain('未脱贫');
    expect(await first.innerText()).toContain('因病');
  });

  it('keeps the session and the place across a reload', async () => {
    await open('/r/371324/households');
    await page.reload();
    await expectHeads(heads([0, 1, 2, 3, 4, 5, 6, 7]));
    expect(await page.locator('.ant-breadcrumb').innerText()).toContain('兰陵县');
  });

  it('drills down through the region tree and back up by the breadcrumb', async () => {
    await open('/r/371324/households');
    // The only root (the user's county) opens by itself.
    await treeNode('车辋镇').locator('.ant-tree-title').click();
    await page.waitForURL(/\/r\/371324106\/households$/);
    const crumb = page.locator('.ant-breadcrumb');
    await expect.poll(() => crumb.innerText()).toMatch(/山东省\s*\/\s*临沂市\s*\/\s*兰陵县\s*\/\s*车辋镇/);
    expect(await page.locator('.zf-level-tag').innerText()).toBe('乡镇');
    // The seeded households alternate over two villages of 车辋镇 and two of another town.
    await expectHeads(heads([0, 1, 4, 5]));

    await crumb.getByRole('link', { name: '兰陵县' }).click();
    await page.waitForURL(/\/r\/371324\/households$/);
    await expectHeads(heads([0, 1, 2, 3, 4, 5, 6, 7]));
    // The region in the URL is selected in the tree.
    expect(await page.locator('.zf-tree .ant-tree-node-selected').innerText()).toBe('兰陵县');
  });

  it('searches by name and by the last digits of an ID number, and filters by status', async () => {
    await open('/r/371324/households');
    const search = page.getByRole('searchbox', { name: /姓名或身份证号/ });
    await search.fill(server.households[2]!.headName);
    await search.press('Enter');
    await page.waitForURL(/q=/);
    await expectHeads(heads([2]));

    await search.fill(server.households[3]!.headIdNumber.slice(-6));
    await search.press('Enter');
    await expectHeads(heads([3]));

    await page.getByRole('button', { name: '清除条件' }).click();
    await page.getByRole('combobox', { name: '户状态' }).click();
    await page.locator('.ant-select-item-option', { hasText: '已脱贫' }).click();
    await expectHeads(heads([1, 4, 6]));
    await page.getByRole('button', { name: '清除条件' }).click();
    await expectHeads(heads([0, 1, 2, 3, 4, 5, 6, 7]));
  });

  it('shows the dashboard with its charts and drills down through the table of sub-regions', async () => {
    await open('/r/371324/households');
    await page.getByText('统计概览', { exact: true }).click();
    await page.waitForURL(/\/r\/371324\/dashboard$/);
    await expect.poll(() => page.locator('.zf-headlines').innerText()).toMatch(/建档立卡户\s*8/);
    const status = page.locator('.zf-chart-status [role=img]');
    await expect.poll(() => status.getAttribute('aria-label')).toContain('未脱贫 4 户');
    expect(await status.getAttribute('aria-label')).toContain('返贫 1 户');
    expect(await page.locator('.zf-chart-cause [role=img]').getAttribute('aria-label')).toContain(
      '因病 2 户',
    );
    // The charts are drawn (an SVG each), not just described.
    expect(await page.locator('.zf-charts .zf-chart svg').count()).toBeGreaterThanOrEqual(3);
    // The region across its years (the seeded households are all of 2020) and the national series.
    const trend = page.locator('.zf-chart-trend [role=img]');
    await expect.poll(() => trend.getAttribute('aria-label')).toContain('2020 年 8 户 16 人');
    await trend.locator('svg').waitFor();
    const national = page.locator('.zf-chart-national');
    expect(await national.locator('[role=img]').getAttribute('aria-label')).toContain(
      '2012 年 98.99 百万人，10.2%',
    );
    await national.locator('.zf-chart svg').waitFor();
    expect(await national.innerText()).toContain('国家统计局');

    await page.locator('.zf-children tr', { hasText: '车辋镇' }).click();
    await page.waitForURL(/\/r\/371324106\/dashboard$/);
    await expect.poll(() => page.locator('.zf-headlines').innerText()).toMatch(/建档立卡户\s*4/);
    await page.getByText('农户名单', { exact: true }).click();
    await page.waitForURL(/\/r\/371324106\/households$/);
    await expectHeads(heads([0, 1, 4, 5]));
    await page.locator('.ant-breadcrumb').getByRole('link', { name: '兰陵县' }).click();
    await expectHeads(heads([0, 1, 2, 3, 4, 5, 6, 7]));
  });

  it('opens a household with its members, income and history', async () => {
    const target = server.households[2]!;
    await open('/r/371324/households');
    await rows().filter({ hasText: target.headName }).click();
    await page.waitForURL(new RegExp(`/r/371324/households/${target.id}$`));
    expect(await page.locator('.zf-household-head').innerText()).toContain(target.headName);
    expect(await page.locator('.zf-household-head').innerText()).toContain(target.householdNo);
    const overview = await page.locator('.zf-household-tabs').innerText();
    expect(overview).toContain('人均纯收入');
    expect(overview).toContain('工资性收入');
    expect(overview).toContain('缺劳动力');

    await page.getByRole('tab', { name: /家庭成员/ }).click();
    expect(await page.locator('.zf-household-tabs').innerText()).toContain('户主');
    await page.getByRole('tab', { name: '审计日志' }).click();
    await expect.poll(() => page.locator('.zf-household-tabs').innerText()).toContain('建档');
  });

  it('shows a server validation error under its field and keeps what was typed', async () => {
    await openHousehold(2);
    await editButton().click();
    const wage = page.locator('#household-edit_facts_wageIncome');
    await wage.fill('200000000');
    // Changing the facts of 2020 asks for the reason of the correction before anything is sent.
    expect(await page.getByRole('dialog').innerText()).toContain('2020年已结束');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect
      .poll(() => page.locator('#household-edit_reason_help').innerText())
      .toContain('请填写更正原因');
    await giveReason();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const help = page.locator('#household-edit_facts_wageIncome_help');
    await expect.poll(() => help.innerText()).toContain('工资性收入应为0到100000000之间的数字');
    expect(await wage.inputValue()).toBe('200000000');

    await wage.fill('7654');
    await expect.poll(() => help.count()).toBe(0);
  });

  it('says plainly when the server cannot be reached, and keeps the form', async () => {
    await openHousehold(5);
    await editButton().click();
    await page.locator('#household-edit_facts_wageIncome').fill('7654');
    await giveReason();
    const offline = '**/api/v1/households/*';
    await page.route(offline, (route) =>
      route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.continue(),
    );
    // Taken away even when the test fails, so the next test reaches the server.
    onTestFinished(() => page.unroute(offline));
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByRole('dialog').innerText()).toContain('无法连接服务器');
    expect(await page.locator('#household-edit_facts_wageIncome').inputValue()).toBe('7654');
  });

  it('shows a version conflict instead of overwriting, and reloads on request', async () => {
    const target = server.households[6]!;
    await openHousehold(6);
    await editButton().click();
    await page.locator('#household-edit_facts_wageIncome').fill('7654');
    await giveReason();
    // Someone else changes the household while the form is open.
    const current = await server.api('GET', `/api/v1/households/${target.id}`);
    const version = (current.body as { version: number }).version;
    const changed = await server.api('PATCH', `/api/v1/households/${target.id}`, {
      version,
      naturalVillage: '西庄',
    });
    expect(changed.status).toBe(200);

    await page.getByRole('button', { name: /保\s*存/ }).click();
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.innerText()).toContain('该户已被他人修改');
    expect(await page.locator('#household-edit_facts_wageIncome').inputValue()).toBe('7654');
    const stored = await server.api('GET', `/api/v1/households/${target.id}`);
    expect((stored.body as { facts: { wageIncome: number } }).facts.wageIncome).not.toBe(7654);

    await page.getByRole('button', { name: '载入最新数据' }).click();
    await expect.poll(() => page.locator('#household-edit_naturalVillage').inputValue()).toBe('西庄');
    expect(await drawer.innerText()).toContain('您填写的：7,654.00');
    await page.locator('#household-edit_facts_wageIncome').fill('7654');
    await giveReason();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await drawer.waitFor({ state: 'detached' });
    const saved = await server.api('GET', `/api/v1/households/${target.id}`);
    expect(saved.body).toMatchObject({ naturalVillage: '西庄', facts: { wageIncome: 7654 } });
    await expect.poll(() => page.locator('.zf-household-tabs').innerText()).toContain('7,654.00');
  });

  it('switches to English, and the change shows in the history and audit trail', async () => {
    const target = server.households[7]!;
    const current = await server.api('GET', `/api/v1/households/${target.id}`);
    const changed = await server.api('PATCH', `/api/v1/households/${target.id}`, {
      version: (current.body as { version: number }).version,
      naturalVillage: '北庄',
      year: 2020,
      facts: { wageIncome: 9100 },
      reason: REASON,
    });
    expect(changed.status).toBe(200);
    await openHousehold(7);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('tab', { name: 'Change history' }).click();
    const tabs = page.locator('.zf-household-tabs');
    await expect.poll(() => tabs.innerText()).toContain('Wage income');
    expect(await tabs.innerText()).toContain('Natural village');
    expect(await tabs.innerText()).toContain(`Reason for the correction: ${REASON}`);
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    await expect.poll(() => tabs.innerText()).toContain('Household changed');
    await page.getByRole('button', { name: /中文/ }).click();
  });

  it('sends an expired session to the login page and back, keeping what was typed', async () => {
    await openHousehold(3);
    // Every request of the page must be answered before the session goes: one still in flight would meet the
    // expired session and leave for the login page before anything is typed.
    await page.waitForLoadState('networkidle');
    const here = routerPath(page.url());
    await context.clearCookies();
    await editButton().click();
    await page.locator('#household-edit_facts_wageIncome').fill('8100');
    await giveReason();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/login\?next=/);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('next') ?? '')).toBe(here);
    await expect.poll(() => page.locator('.zf-login-card').innerText()).toContain('登录已过期');

    await logIn(page, server.user.username, server.user.password);
    await page.waitForURL((url) => routerPath(url) === here);
    expect(await page.locator('.zf-household-head').innerText()).toContain(server.households[3]!.headName);
    await editButton().click();
    expect(await page.locator('#household-edit_facts_wageIncome').inputValue()).toBe('8100');
    expect(await page.getByRole('dialog').innerText()).toContain('已恢复您上次没有保存的修改');
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('logs out', async () => {
    await open('/r/371324/households');
    await page.locator('.zf-user').click();
    await page.getByRole('menuitem', { name: /退出登录/ }).click();
    await page.waitForURL(/\/login$/);
    expect(await page.locator('.zf-login-card').innerText()).toContain('您已退出登录');
    await page.goto(server.consoleAt('/r/371324/households'));
    await page.waitForURL(/\/login\?next=%2Fr%2F371324%2Fhouseholds$/);
  });
});
