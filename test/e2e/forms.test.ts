import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../src/modules/registry/id-number.ts';
import { launchBrowser } from './support/browser.ts';
import { COUNTY, startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { logIn, watchedPage, type WatchedPage } from './support/page.ts';

/**
 * The registry's forms in the browser, as a county administrator: register a household (the server's
 * complaint about an ID number shown under it, then fixed), add a member, record the head's death with a
 * successor, change a member someone else changed meanwhile, move a member to another household; a download
 * after the session expired; and
 * what an inspector, who may not write, is not offered.
 */
let server: ConsoleServer;
let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;

const TOWN = '371324106';
const HEAD = { name: '郑新户', idNumber: makeIdNumber(COUNTY, '1970-03-04', 310, '1') };
const SPOUSE = { name: '冯秀英', idNumber: makeIdNumber(COUNTY, '1972-05-06', 312, '2') };
const CHILD = { name: '郑小宝', idNumber: makeIdNumber(COUNTY, '2015-07-08', 314, '1') };
let householdId = 0;

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  watched = await watchedPage(context);
  page = watched.page;
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A wrong check character: the last one of a valid ID number, changed. */
function spoiled(id: string): string {
  return id.slice(0, -1) + (id.at(-1) === '0' ? '1' : '0');
}

/** Picks an option of an antd select by its text (only the open list: closed ones stay in the page). */
async function choose(field: string, option: string): Promise<void> {
  await page.locator(field).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
}

const drawer = () => page.getByRole('dialog');
const save = () =>
  page
    .locator('.ant-drawer-footer')
    .getByRole('button', { name: /保\s*存/ })
    .click();

describe('registry forms', () => {
  it('registers a household from the list: an ID number the server refuses is shown under it, then fixed', async () => {
    await page.goto(`${server.url}/r/${TOWN}/households?year=2020`);
    await page.waitForURL(/\/login/);
    await logIn(page, server.user.username, server.user.password);
    await page.locator('.zf-household-table tbody tr.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: /新建农户/ }).click();
    await page.waitForURL(new RegExp(`/r/${TOWN}/households/new\\?year=2020$`));

    await page.locator('#household-new_householdNo').fill('NEW-0001');
    await page.locator('#household-new_regionCode').click();
    await page.locator('.ant-select-tree-treenode-leaf .ant-select-tree-title').first().click();
    await page.locator('#household-new_members_0_name').fill(HEAD.name);
    const headId = page.locator('#household-new_members_0_idNumber');
    await headId.fill(spoiled(HEAD.idNumber));
    await page.getByRole('button', { name: /添加成员/ }).click();
    await page.locator('#household-new_members_1_name').fill(SPOUSE.name);
    await page.locator('#household-new_members_1_idNumber').fill(SPOUSE.idNumber);
    await choose('#household-new_members_1_relation', '配偶');
    await choose('#household-new_facts_status', '未脱贫');
    await choose('#household-new_facts_householdType', '一般贫困户');
    await choose('#household-new_facts_mainCause', '因病');
    await page.locator('#household-new_facts_wageIncome').fill('8000');

    await page.getByRole('button', { name: /建\s*档/ }).click();
    const help = page.locator('#household-new_members_0_idNumber_help');
    await expect.poll(() => help.innerText()).toContain('校验');
    expect(await page.getByRole('alert').first().innerText()).toContain('有 1 处输入需要修改');
    // Everything typed is still there.
    expect(await headId.inputValue()).toBe(spoiled(HEAD.idNumber));
    expect(await page.locator('#household-new_members_1_name').inputValue()).toBe(SPOUSE.name);
    expect(await page.locator('#household-new_facts_wageIncome').inputValue()).toBe('8000');

    await headId.fill(HEAD.idNumber);
    await expect.poll(() => help.count()).toBe(0);
    await page.getByRole('button', { name: /建\s*档/ }).click();
    await page.waitForURL(/\/households\/\d+\?year=2020$/);
    householdId = Number(/households\/(\d+)/.exec(page.url())?.[1]);
    expect(await page.locator('.zf-household-head').innerText()).toContain(HEAD.name);
    expect(await page.locator('.zf-household-head').innerText()).toContain('NEW-0001');
    const stored = await server.api('GET', `/api/v1/households/${householdId}`);
    expect(stored.body).toMatchObject({
      householdNo: 'NEW-0001',
      facts: { status: '01', wageIncome: 8000, size: 2 },
    });
  });

  it('adds a member to the household', async () => {
    await page.getByRole('tab', { name: /家庭成员/ }).click();
    await page.getByRole('button', { name: /增加成员/ }).click();
    await drawer().waitFor();
    expect(await page.locator('#member-add_event').locator('xpath=..').innerText()).toContain('出生');
    await page.locator('#member-add_member_name').fill(CHILD.name);
    await page.locator('#member-add_member_idNumber').fill(CHILD.idNumber);
    await choose('#member-add_member_relation', '之子');
    await save();
    await drawer().waitFor({ state: 'detached' });
    const tabs = page.locator('.zf-household-tabs');
    await expect.poll(() => tabs.innerText()).toContain(CHILD.name);
    expect(await tabs.innerText()).toContain('现有成员（3 人）');
  });

  it('records the head’s death, asking for the successor the server requires', async () => {
    await page.getByRole('button', { name: `减少/迁移 ${HEAD.name}` }).click();
    await drawer().waitFor();
    await choose('#member-event_event', '死亡');
    await save();
    // The successor is required before anything is sent.
    await expect
      .poll(() => page.locator('#member-event_newHeadMemberId_help').innerText())
      .toContain('新户主');
    await choose('#member-event_newHeadMemberId', SPOUSE.name);
    await save();
    await drawer().waitFor({ state: 'detached' });
    const tabs = page.locator('.zf-household-tabs');
    await expect.poll(() => tabs.innerText()).toContain('已减少成员（1 人）');
    const former = page.locator('.zf-household-tabs .ant-table').nth(1);
    expect(await former.innerText()).toContain(HEAD.name);
    expect(await former.innerText()).toContain('死亡');
    const spouseRow = page
      .locator('.zf-household-tabs .ant-table')
      .first()
      .locator('tr', { hasText: SPOUSE.name });
    expect(await spouseRow.innerText()).toContain('户主');
    expect(await page.locator('.zf-household-head').innerText()).toContain(SPOUSE.name);
  });

  it('shows a member changed meanwhile by someone else as a conflict, and keeps what was typed', async () => {
    await page.getByRole('button', { name: `修改 ${CHILD.name}` }).click();
    await drawer().waitFor();
    await page.locator('#member-edit_migrantWorkPlace').fill('临沂');
    const household = (await server.api('GET', `/api/v1/households/${householdId}`)).body as {
      members: { id: number; name: string; version: number }[];
    };
    const child = household.members.find((m) => m.name === CHILD.name)!;
    const other = await server.api('PATCH', `/api/v1/members/${child.id}`, {
      version: child.version,
      health: '2',
    });
    expect(other.status).toBe(204);

    await save();
    await expect.poll(() => drawer().innerText()).toContain('该成员已被他人修改');
    expect(await page.locator('#member-edit_migrantWorkPlace').inputValue()).toBe('临沂');
    await page.getByRole('button', { name: '载入最新数据' }).click();
    await expect.poll(() => drawer().innerText()).toContain('您填写的：临沂');
    expect(await page.locator('#member-edit_migrantWorkPlace').inputValue()).toBe('');
    await page.locator('#member-edit_migrantWorkPlace').fill('临沂');
    await save();
    await drawer().waitFor({ state: 'detached' });
    const saved = (await server.api('GET', `/api/v1/households/${householdId}`)).body as {
      members: { name: string; health: string; migrantWorkPlace: string }[];
    };
    expect(saved.members.find((m) => m.name === CHILD.name)).toMatchObject({
      health: '2',
      migrantWorkPlace: '临沂',
    });
  });

  it('moves a member to another household, found by its head’s name', async () => {
    const target = server.households[3]!;
    await page.getByRole('button', { name: `减少/迁移 ${CHILD.name}` }).click();
    await drawer().waitFor();
    await choose('#member-event_event', '迁往其他户');
    await page.locator('#member-event_toHouseholdId').fill(target.headName);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: target.householdNo,
      })
      .click();
    // The list opens at its current value (其他, the last): a relation near the end is on screen.
    await choose('#member-event_relationInNewHousehold', '之祖父');
    await save();
    await drawer().waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.zf-household-tabs').innerText()).toContain('已减少成员（2 人）');
    const there = (await server.api('GET', `/api/v1/households/${target.id}`)).body as {
      members: { name: string; relation: string }[];
    };
    expect(there.members.find((m) => m.name === CHILD.name)?.relation).toBe('17');
  });

  it('sends a download after the session expired to the login page and back, not into a file', async () => {
    await page.goto(`${server.url}/r/${COUNTY}/households?year=2020&q=${encodeURIComponent(HEAD.name)}`);
    await page.locator('.zf-household-table tbody tr.ant-table-row').first().waitFor();
    const here = new URL(page.url());
    await context.clearCookies();
    let downloaded = false;
    page.once('download', () => (downloaded = true));
    await page.locator('.zf-export').click();
    await page.waitForURL(/\/login\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(`${here.pathname}${here.search}`);
    expect(downloaded).toBe(false);
    await logIn(page, server.user.username, server.user.password);
    await page.waitForURL((url) => url.pathname === here.pathname);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.zf-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^zhenfu-371324-2020\.xlsx$/);
  });

  it('had no errors inside the browser', () => {
    expect(watched.problems).toEqual([]);
  });
});

describe('an inspector', () => {
  it('is offered no import, no new household and no edits', async () => {
    const inspector = await server.addUser([{ role: 'inspector', regionCode: `${COUNTY}000000` }]);
    const own = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    const { page: view, problems } = await watchedPage(own);
    view.setDefaultTimeout(10_000);
    await view.goto(`${server.url}/`);
    await logIn(view, inspector.username, inspector.password);
    await view.waitForURL(/\/r\/371324\/households$/);
    await view.locator('.zf-household-table tbody tr.ant-table-row').first().waitFor();
    const nav = await view.locator('.zf-page-nav').innerText();
    expect(nav).toContain('农户名单');
    expect(nav).not.toContain('导入');
    expect(await view.locator('.zf-export').count()).toBe(1);
    expect(await view.getByRole('button', { name: /新建农户/ }).count()).toBe(0);

    await view.locator('.zf-household-table tbody tr.ant-table-row').first().click();
    await view.locator('.zf-household-head').waitFor();
    expect(await view.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
    await view.getByRole('tab', { name: /家庭成员/ }).click();
    expect(await view.getByRole('button', { name: /增加成员/ }).count()).toBe(0);
    expect(await view.locator('.zf-member-actions').count()).toBe(0);

    // Typed by hand, the import page says so instead of offering a form the server would refuse.
    await view.goto(`${server.url}/r/${COUNTY}/import`);
    await expect.poll(() => view.locator('.ant-result').innerText()).toContain('您的角色不能导入数据');
    expect(await view.locator('.zf-import-form').count()).toBe(0);
    expect(problems).toEqual([]);
    await own.close();
  });
});
