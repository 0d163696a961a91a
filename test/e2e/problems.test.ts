import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer, type SeededHousehold } from './support/console-server.ts';
import { visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * 问题清单 in the browser, each step by its role in its own browser: the village cadre records a problem on a
 * household's casework tab, starts it and solves it with evidence; the town official finds it among the
 * problems to confirm in the town's inbox and confirms it; the household page then shows it confirmed, and the
 * cadre adds an assistance measure there. Screenshots at 1366 and 375 px (SHOTS_DIR, default test-results).
 */
let server: ConsoleServer;
let browser: Browser;
let current: WatchedPage | undefined;
let household: SeededHousehold;
let town: string;
type Login = { username: string; password: string };
let cadre: Login;
let official: Login;

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  household = server.households[0]!;
  town = `${household.regionCode.slice(0, 9)}000`;
  cadre = await server.addUser([{ role: 'village_cadre', regionCode: household.regionCode }]);
  official = await server.addUser([{ role: 'town_official', regionCode: town }]);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => current);

/** A browser of its own for one user (a phone when `width` is 375), logged in at `url`. */
async function as(user: Login, url: string, width = 1366): Promise<Page> {
  const phone = width < 768;
  const context: BrowserContext = await browser.newContext({
    viewport: { width, height: phone ? 800 : 900 },
    locale: 'zh-CN',
    ...(phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
  });
  current = await watchedPage(context);
  await visit(current.page, server.consoleAt(url), user);
  return current.page;
}

const modal = (page: Page) => page.locator('.ant-modal:visible');
/** A button's name as antd shows it: two Chinese characters get a space between them (提 交). */
const named = (text: string) => new RegExp(`${[...text].join('\\s*')}$`);
const short = (code: string) => code.replace(/(000)+$/, '');
const householdUrl = () => `/r/${short(household.regionCode)}/households/${household.id}`;

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.locator(field).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
}

/** Sends the open modal and waits for it to close, or says the server's refusal at once. */
async function send(page: Page, button: string): Promise<void> {
  await modal(page)
    .getByRole('button', { name: named(button) })
    .click();
  const refusal = page.locator('.ant-modal:visible .zf-case-refusal');
  await expect
    .poll(async () => ((await refusal.count()) > 0 ? await refusal.innerText() : await modal(page).count()))
    .toBe(0);
}

/** An action from the problem page: its button, what `fill` enters (the date stays today), submit. */
async function act(page: Page, action: string, state: string, fill?: () => Promise<void>): Promise<void> {
  await page
    .locator('.zf-problem-actions')
    .getByRole('button', { name: named(action) })
    .click();
  await modal(page).waitFor();
  await fill?.();
  await send(page, '提交');
  await expect.poll(() => page.locator('.zf-problem-head').innerText()).toContain(state);
}

async function openCasework(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^帮扶$/ }).click();
  await page.locator('.zf-casework-problems').waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('problems in the console', () => {
  it('recorded, started and solved by the village, confirmed by the town', async () => {
    // The village cadre records the problem from the household's casework tab.
    let page = await as(cadre, householdUrl());
    await openCasework(page);
    await page
      .locator('.zf-casework-problems')
      .getByRole('button', { name: /登记问题/ })
      .click();
    await modal(page).waitFor();
    await choose(page, '#problem-add_category', '饮水安全');
    await page.locator('#problem-add_description').fill('自来水管冬季冻裂，需更换保温管');
    await send(page, '提交');
    const link = page.locator('.zf-casework-problems a', { hasText: '自来水管冬季冻裂' });
    await link.click();
    await page.waitForURL(/\/problems\/\d+/);
    const id = Number(/\/problems\/(\d+)/.exec(page.url())![1]);
    await expect.poll(() => page.locator('.zf-problem-head').innerText()).toContain('待处理');

    // Started, then solved with its evidence (the dates default to the server's today).
    await act(page, '开始处理', '处理中');
    await act(page, '标记解决', '已解决', async () => {
      await page.locator('#problem-action_documentNo').fill('车水字〔2026〕12号');
    });
    await expect.poll(() => page.locator('.zf-problem-timeline').innerText()).toContain('车水字〔2026〕12号');
    await shot(page, 'problem-1366');

    // The town official finds it among the problems to confirm and confirms it.
    page = await as(official, `/r/${short(town)}/problems?tab=inbox`);
    const toConfirm = page.locator('.zf-problems-confirm');
    await expect.poll(() => toConfirm.innerText()).toContain('自来水管冬季冻裂');
    await shot(page, 'inbox-1366');
    await toConfirm.locator(`a[href*="/problems/${id}"]`).click();
    await act(page, '确认解决', '已确认');
  }, 300_000);
});
