import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { COUNTY, startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { typeDate, visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * The office console of the casework (issue 13), as a county administrator: a unit and cadres, a work team
 * refused with two members and accepted with three, a household paired with a cadre, the village page
 * showing the team, and a project with a payment and its fund disclosure. Screenshots at 1366 and 375 px
 * go to SHOTS_DIR (default /tmp/shots-office) to be looked at.
 */
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-office';

let server: ConsoleServer;
let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;
let village: { code: string; name: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  watched = await watchedPage(context);
  page = watched.page;
  const household = server.households[0]!;
  const [row] = await server.db.query<{ name: string }>(`SELECT name FROM regions WHERE code = $1`, [
    household.regionCode,
  ]);
  village = { code: household.regionCode, name: row!.name.replace(/村民委员会$/, '') };
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => watched);

const dialog = () => page.locator('.ant-modal.zf-user-form:visible');
const ok = () =>
  dialog()
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
const tab = (name: string) => page.getByRole('tab', { name }).click();
const rowOf = (text: string) => page.locator('.ant-tabs-tabpane-active .ant-table-row', { hasText: text });

/** Picks an option of an antd select by its text, typing first when asked. */
async function pick(field: Locator, option: string, search?: string): Promise<void> {
  await field.click();
  if (search) await field.locator('input').fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
}

const orgPage = (tabKey: string) => server.consoleAt(`/r/${COUNTY}/organisation?tab=${tabKey}`);

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${SHOTS}/${name}-375.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.setViewportSize({ width: 1366, height: 860 });
}

describe('the office console', () => {
  it('keeps units and cadres', async () => {
    await visit(page, orgPage('units'), server.user);
    await page.getByRole('button', { name: '新增帮扶单位' }).click();
    await dialog().locator('#name').fill('兰陵县乡村振兴局');
    await pick(dialog().locator('.ant-select').nth(0), '县级');
    await pick(dialog().locator('.ant-select').nth(1), '党政机关');
    await ok();
    await dialog().waitFor({ state: 'detached' });
    await rowOf('兰陵县乡村振兴局').waitFor();

    await tab('帮扶责任人');
    for (const [name, phone] of [
      ['张立军', '13800000001'],
      ['李红梅', '13800000002'],
      ['王志刚', '13800000003'],
    ] as const) {
      await page.getByRole('button', { name: '新增帮扶责任人' }).click();
      await dialog().locator('#name').fill(name);
      await pick(dialog().locator('.ant-select').first(), '兰陵县乡村振兴局');
      await dialog().locator('#post').fill('科员');
      await dialog().locator('#phone').fill(phone);
      await ok();
      await dialog().waitFor({ state: 'detached' });
      await rowOf(name).waitFor();
    }
    await shoot('organisation-cadres');
  });

  it('refuses a work team of two and accepts one of three', async () => {
    await visit(page, orgPage('teams'), server.user);
    await page.getByRole('button', { name: '新建驻村工作队' }).click();
    await pick(dialog().locator('.zf-village-select'), village.name, village.name);
    await pick(dialog().locator('.ant-select', { has: page.locator('#sendingUnitId') }), '兰陵县乡村振兴局');
    await typeDate(page, '.ant-modal.zf-user-form:visible #termFrom', '2026-01-01');
    await typeDate(page, '.ant-modal.zf-user-form:visible #termTo', '2028-01-01');
    const rows = dialog().locator('.zf-team-member-row');
    await pick(rows.nth(0).locator('.ant-select').first(), '张立军');
    await pick(rows.nth(1).locator('.ant-select').first(), '李红梅');
    await rows.nth(2).getByRole('button', { name: '移除该队员' }).click();
    await ok();
    // The rules' refusal, under the members.
    await expect.poll(() => dialog().locator('.zf-team-members').innerText()).toMatch(/至少|3/);
    await shoot('team-refused');

    await dialog().getByRole('button', { name: '增加队员' }).click();
    await pick(rows.nth(2).locator('.ant-select').first(), '王志刚');
    await ok();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => rowOf(village.name).innerText()).toContain('王志刚');
  });

  it('pairs a household with a cadre', async () => {
    const household = server.households[0]!;
    await visit(page, orgPage('pairings'), server.user);
    await page.getByRole('button', { name: '新增结对' }).click();
    await pick(dialog().locator('.ant-select', { has: page.locator('#cadreId') }), '张立军');
    await pick(
      dialog().locator('.ant-select', { has: page.locator('#householdId') }),
      household.headName,
      household.headName,
    );
    await typeDate(page, '.ant-modal.zf-user-form:visible #from', '2026-03-01');
    await ok();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => rowOf(household.headName).innerText()).toContain('张立军');
    await shoot('organisation-pairings');
  });

  it('shows the team on the village page', async () => {
    await visit(page, orgPage('teams'), server.user);
    await rowOf(village.name).getByRole('link', { name: village.name }).click();
    await page.locator('.zf-village-page').waitFor();
    await expect.poll(() => page.locator('.zf-village-page').innerText()).toContain('王志刚');
    expect(await page.locator('.zf-village-page').innerText()).toContain('第一书记');
    await shoot('village');
  });

  it('makes a project, records a payment and its fund disclosure', async () => {
    await visit(page, server.consoleAt(`/r/${COUNTY}/projects`), server.user);
    await page.getByRole('button', { name: '新建项目' }).click();
    const drawer = page.locator('.ant-drawer:visible');
    await drawer.locator('#name').fill('东庄村道路硬化');
    await pick(drawer.locator('.ant-select', { has: page.locator('#type') }), '基础设施');
    await pick(drawer.locator('.zf-village-select'), village.name, village.name);
    await drawer.locator('#contentScale').fill('硬化村内道路 2.5 公里');
    await drawer.locator('#funds_central').fill('300000');
    await drawer.locator('#funds_county').fill('50000.5');
    await expect.poll(() => drawer.locator('.zf-project-total').innerText()).toContain('350,000.50');
    await typeDate(page, '.ant-drawer:visible #periodFrom', '2026-03-01');
    await typeDate(page, '.ant-drawer:visible #periodTo', '2026-10-31');
    await drawer.locator('#responsibleUnit').fill('兰陵县交通运输局');
    await shoot('project-form');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.zf-page-title', { hasText: '东庄村道路硬化' }).waitFor();

    await page.getByRole('button', { name: '登记拨付' }).click();
    await typeDate(page, '.ant-modal.zf-user-form:visible #paidOn', '2026-05-20');
    await dialog().locator('#amount').fill('100000');
    await pick(dialog().locator('.ant-select', { has: page.locator('#source') }), '中央财政');
    await dialog().locator('#voucherNo').fill('LL-2026-0518');
    await ok();
    await dialog().waitFor({ state: 'detached' });
    await page.locator('.ant-table-row', { hasText: 'LL-2026-0518' }).waitFor();

    await page.getByRole('button', { name: '生成资金公示' }).click();
    await page.getByRole('link', { name: '查看公示文章' }).waitFor();
    await shoot('project');
  });
});
