import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../src/modules/registry/id-number.ts';
import { launchBrowser } from './support/browser.ts';
import { COUNTY, startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { routerPath } from './support/urls.ts';
import { logIn, typeDate, visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * The registry's forms in the browser, as a county administrator: register a household (the server's
 * complaint about an ID number shown under it, then fixed), add a member, record the head's death with a
 * successor, change a member someone else changed meanwhile, move a member to another household; a download
 * after the session expired; and what an inspector, who may not write, is not offered. Each test registers
 * the household it works on through the API, so none depends on another.
 */
let server: ConsoleServer;
let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;

interface Person {
  name: string;
  idNumber: string;
  relation: string;
}

const TOWN = '371324106';
let sequence = 300;
/** A person born on this date with an ID number no other test uses. */
function person(name: string, birth: string, sex: '1' | '2', relation: string): Person {
  sequence += 2;
  return { name, idNumber: makeIdNumber(COUNTY, birth, sequence, sex), relation };
}
const head = () => person('郑新户', '1970-03-04', '1', '01');
const spouse = () => person('冯秀英', '1972-05-06', '2', '02');
const child = () => person('郑小宝', '2015-07-08', '1', '03');

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

/** A wrong check character: the last one of a valid ID number, changed. */
function spoiled(id: string): string {
  return id.slice(0, -1) + (id.at(-1) === '0' ? '1' : '0');
}

/**
 * Picks an option of an antd select by its text (only the open list: closed ones stay in the page), and
 * waits until the select shows it, so a pick lost to a closing list fails here and not three steps later.
 */
async function choose(field: string, option: string): Promise<void> {
  await page.locator(field).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
  const select = page.locator('.ant-select', { has: page.locator(field) });
  await expect.poll(() => select.innerText()).toContain(option);
}

const drawer = () => page.getByRole('dialog');
const save = () =>
  page
    .locator('.ant-drawer-footer')
    .getByRole('button', { name: /保\s*存/ })
    .click();

let registered = 0;
/** Registers a household of these people in the town's first village, and opens it on its members. */
async function openFamily(people: Person[]): Promise<number> {
  registered += 1;
  const res = await server.api('POST', '/api/v1/households', {
    householdNo: `FORMS-${registered}`,
    regionCode: server.households[0]!.regionCode,
    year: 2020,
    facts: { householdType: '00' },
    members: people,
  });
  expect(res.status).toBe(201);
  const id = (res.body as { id: number }).id;
  await visit(page, server.consoleAt(`/r/${COUNTY}/households/${id}?year=2020`), server.user);
  await page.getByRole('tab', { name: /家庭成员/ }).click();
  return id;
}

/** The household's members as the server has them. */
async function membersOf(id: number) {
  const household = await server.api('GET', `/api/v1/households/${id}`);
  return (household.body as { members: { id: number; name: string; version: number }[] }).members;
}

describe('registry forms', () => {
  it('registers a household from the list: an ID number the server refuses is shown under it, then fixed', async () => {
    const [newHead, newSpouse] = [head(), spouse()];
    await visit(page, server.consoleAt(`/r/${TOWN}/households?year=2020`), server.user);
    await page.locator('.zf-household-table tbody tr.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: /新建农户/ }).click();
    await page.waitForURL(new RegExp(`/r/${TOWN}/households/new\\?year=2020$`));

    await page.locator('#household-new_householdNo').fill('NEW-0001');
    await page.locator('#household-new_regionCode').click();
    // Opened from a town: its villages are offered before anything is typed.
    const village = page.locator('.zf-village-option').first();
    const villageName = await village.locator('span').first().innerText();
    await village.click();
    const region = page.locator('.ant-select', { has: page.locator('#household-new_regionCode') });
    await expect.poll(() => region.innerText()).toContain(villageName);
    await page.locator('#household-new_members_0_name').fill(newHead.name);
    const headId = page.locator('#household-new_members_0_idNumber');
    await headId.fill(spoiled(newHead.idNumber));
    await page.getByRole('button', { name: /添加成员/ }).click();
    await page.locator('#household-new_members_1_name').fill(newSpouse.name);
    await page.locator('#household-new_members_1_idNumber').fill(newSpouse.idNumber);
    await choose('#household-new_members_1_relation', '配偶');
    // A new household is an ordinary one: its type is shown, its status is the procedures'.
    expect(await page.locator('#household-new_facts_status').count()).toBe(0);
    await expect
      .poll(() =>
        page.locator('.ant-select', { has: page.locator('#household-new_facts_householdType') }).innerText(),
      )
      .toContain('一般农户');
    await page.locator('#household-new_facts_wageIncome').fill('8000');

    await page.getByRole('button', { name: /建\s*档/ }).click();
    const help = page.locator('#household-new_members_0_idNumber_help');
    await expect.poll(() => help.innerText()).toContain('校验');
    expect(await page.getByRole('alert').first().innerText()).toContain('有 1 处输入需要修改');
    // Everything typed is still there.
    expect(await headId.inputValue()).toBe(spoiled(newHead.idNumber));
    expect(await page.locator('#household-new_members_1_name').inputValue()).toBe(newSpouse.name);
    expect(await page.locator('#household-new_facts_wageIncome').inputValue()).toBe('8000');

    await headId.fill(newHead.idNumber);
    await expect.poll(() => help.count()).toBe(0);
    await page.getByRole('button', { name: /建\s*档/ }).click();
    await page.waitForURL(/\/households\/\d+\?year=2020$/);
    const householdId = Number(/households\/(\d+)/.exec(page.url())?.[1]);
    expect(await page.locator('.zf-household-head').innerText()).toContain(newHead.name);
    expect(await page.locator('.zf-household-head').innerText()).toContain('NEW-0001');
    const stored = await server.api('GET', `/api/v1/households/${householdId}`);
    expect(stored.body).toMatchObject({
      householdNo: 'NEW-0001',
      facts: { status: null, householdType: '00', wageIncome: 8000, size: 2 },
    });
  });

  it('adds a member to the household', async () => {
    const born = child();
    await openFamily([head(), spouse()]);
    await page.getByRole('button', { name: /增加成员/ }).click();
    await drawer().waitFor();
    expect(await page.locator('#member-add_event').locator('xpath=..').innerText()).toContain('出生');
    await page.locator('#member-add_member_name').fill(born.name);
    await page.locator('#member-add_member_idNumber').fill(born.idNumber);
    await choose('#member-add_member_relation', '之子');
    await save();
    await drawer().waitFor({ state: 'detached' });
    const tabs = page.locator('.zf-household-tabs');
    await expect.poll(() => tabs.innerText()).toContain(born.name);
    expect(await tabs.innerText()).toContain('现有成员（3 人）');
  });

  it('records the head’s death, asking for the successor the server requires', async () => {
    const [dead, widow] = [head(), spouse()];
    await openFamily([dead, widow, child()]);
    await page.getByRole('button', { name: `减少/迁移 ${dead.name}` }).click();
    await drawer().waitFor();
    await choose('#member-event_event', '死亡');
    // The date proposed is today; a clerk recording it later types the day into the picker, and Enter
    // saves, which asks for the successor the server requires before anything is sent.
    expect(await page.locator('#member-event_eventDate').inputValue()).toBe('2026-06-30');
    await typeDate(page, '#member-event_eventDate', '2026-05-12');
    expect(await page.locator('#member-event_eventDate').inputValue()).toBe('2026-05-12');
    // The successor is required before anything is sent.
    await expect
      .poll(() => page.locator('#member-event_newHeadMemberId_help').innerText())
      .toContain('新户主');
    await choose('#member-event_newHeadMemberId', widow.name);
    await save();
    await drawer().waitFor({ state: 'detached' });
    const tabs = page.locator('.zf-household-tabs');
    await expect.poll(() => tabs.innerText()).toContain('已减少成员（1 人）');
    const former = page.locator('.zf-household-tabs .ant-table').nth(1);
    expect(await former.innerText()).toContain(dead.name);
    expect(await former.innerText()).toContain('死亡');
    const widowRow = page
      .locator('.zf-household-tabs .ant-table')
      .first()
      .locator('tr', { hasText: widow.name });
    expect(await widowRow.innerText()).toContain('户主');
    expect(await page.locator('.zf-household-head').innerText()).toContain(widow.name);
  });

  it('asks why when an event is dated in a closed year, and keeps the reason in the history', async () => {
    // The server lives on 2026-06-30: an event of 2020 corrects that closed year.
    const [father, mother] = [head(), spouse()];
    const householdId = await openFamily([father, mother]);
    await page.getByRole('button', { name: `减少/迁移 ${mother.name}` }).click();
    await drawer().waitFor();
    await choose('#member-event_event', '迁出');
    expect(await page.locator('#member-event_reason').count()).toBe(0);
    await typeDate(page, '#member-event_eventDate', '2020-11-05');
    await expect.poll(() => drawer().innerText()).toContain('更正原因');
    await save();
    await expect
      .poll(() => page.locator('#member-event_reason_help').innerText())
      .toContain('请填写更正原因');
    await page.locator('#member-event_reason').fill('2020年11月迁出，当年漏报');
    await save();
    await drawer().waitFor({ state: 'detached' });
    const stored = await server.api('GET', `/api/v1/households/${householdId}?year=2020`);
    expect(stored.body).toMatchObject({ facts: { year: 2020, size: 1 } });
    await page.getByRole('tab', { name: /变更记录/ }).click();
    await expect
      .poll(() => page.locator('.zf-household-tabs').innerText())
      .toContain('更正原因：2020年11月迁出，当年漏报');
  });

  it('shows a member changed meanwhile by someone else as a conflict, and keeps what was typed', async () => {
    const son = child();
    const householdId = await openFamily([head(), son]);
    await page.getByRole('button', { name: `修改 ${son.name}` }).click();
    await drawer().waitFor();
    await page.locator('#member-edit_migrantWorkPlace').fill('临沂');
    const stored = (await membersOf(householdId)).find((m) => m.name === son.name)!;
    const other = await server.api('PATCH', `/api/v1/members/${stored.id}`, {
      version: stored.version,
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
    expect((await membersOf(householdId)).find((m) => m.name === son.name)).toMatchObject({
      health: '2',
      migrantWorkPlace: '临沂',
    });
  });

  it('moves a member to another household, found by its head’s name', async () => {
    const target = server.households[3]!;
    const son = child();
    await openFamily([head(), son]);
    await page.getByRole('button', { name: `减少/迁移 ${son.name}` }).click();
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
    await expect.poll(() => page.locator('.zf-household-tabs').innerText()).toContain('已减少成员（1 人）');
    const there = (await server.api('GET', `/api/v1/households/${target.id}`)).body as {
      members: { name: string; relation: string; idNumber: string }[];
    };
    const moved = there.members.find((m) => m.name === son.name);
    expect(moved?.relation).toBe('17');
  });

  it('sends a download after the session expired to the login page and back, not into a file', async () => {
    const { headName } = server.households[0]!;
    const list = server.consoleAt(`/r/${COUNTY}/households?year=2020&q=${encodeURIComponent(headName)}`);
    await visit(page, list, server.user);
    await page.locator('.zf-household-table tbody tr.ant-table-row').first().waitFor();
    const here = routerPath(page.url());
    await context.clearCookies();
    let downloaded = false;
    page.once('download', () => (downloaded = true));
    await page.locator('.zf-export').click();
    await page.waitForURL(/\/login\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(here);
    expect(downloaded).toBe(false);
    await logIn(page, server.user.username, server.user.password);
    await page.waitForURL((url) => routerPath(url) === here);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.zf-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^zhenfu-371324-2020\.xlsx$/);
  });
});

describe('an inspector', () => {
  it('is offered no import, no new household and no edits', async () => {
    const inspector = await server.addUser([{ role: 'inspector', regionCode: `${COUNTY}000000` }]);
    const own = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    const { page: view, problems } = await watchedPage(own);
    await view.goto(server.consoleAt('/'));
    await logIn(view, inspector.username, inspector.password);
    await view.waitForURL(/\/r\/371324\/households$/);
    await view.locator('.zf-household-table tbody tr.ant-table-row').first().waitFor();
    const nav = await view.locator('.zf-page-nav').innerText();
    expect(nav).toContain('农户名单');
    expect(nav).not.toContain('导入');
    expect(await view.locator('.zf-export').count()).toBe(1);
    expect(await view.getByRole('button', { name: /新建农户/ }).count()).toBe(0);
    // The export comes masked for this role, and the console says so.
    await Promise.all([view.waitForEvent('download'), view.locator('.zf-export').click()]);
    await expect.poll(() => view.locator('.ant-message').innerText()).toContain('个人信息已脱敏');

    await view.locator('.zf-household-table tbody tr.ant-table-row').first().click();
    await view.locator('.zf-household-head').waitFor();
    expect(await view.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
    await view.getByRole('tab', { name: /家庭成员/ }).click();
    expect(await view.getByRole('button', { name: /增加成员/ }).count()).toBe(0);
    expect(await view.locator('.zf-member-actions').count()).toBe(0);

    // Typed by hand, the import page says so instead of offering a form the server would refuse.
    await view.goto(server.consoleAt(`/r/${COUNTY}/import`));
    await expect.poll(() => view.locator('.ant-result').innerText()).toContain('您的角色不能导入数据');
    expect(await view.locator('.zf-import-form').count()).toBe(0);
    expect(problems).toEqual([]);
    await own.close();
  });
});
