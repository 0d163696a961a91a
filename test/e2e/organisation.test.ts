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
  // The county's portal, where a project's fund disclosure is written.
  const site = await server.api('POST', '/api/v1/portal/sites', {
    regionCode: `${COUNTY}000000`,
    name: '兰陵县人民政府',
  });
  expect(site.status, JSON.stringify(site.body)).toBe(201);
});

/** A step of the console waits up to PAGE_WAIT; a whole test of many steps gets longer than the default. */
const LONG = 240_000;

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

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${SHOTS}/${name}-375.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.setViewportSize({ width: 1366, height: 860 });
}

describe('the office console', () => {
  it(
    'makes a project, records a payment and its fund disclosure',
    async () => {
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
    },
    LONG,
  );
});
