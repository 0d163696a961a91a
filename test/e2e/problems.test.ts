import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer, type SeededHousehold } from './support/console-server.ts';
import {
  buttonName as named,
  pageAs,
  visibleModal as modal,
  type WatchedPage,
  watchTests,
} from './support/page.ts';

/**
 * 问题清单 in the browser, each step by its role in its own browser: the village cadre records a problem on a
 * household's casework tab, starts it and solves it with evidence; the town official sees it counted on the
 * town's board in the village's row, finds it among the problems to confirm in the town's inbox and confirms
 * it, and the board moves it to the confirmed column; the household page then shows it confirmed, and the
 * cadre adds an assistance measure there. The same pages at 375 px fit the phone's screen. Screenshots at 1366
 * and 375 px (SHOTS_DIR, default test-results).
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
  current = await pageAs(browser, server.consoleAt(url), user, width);
  return current.page;
}

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

/** The board's columns after the region's name, in their order on the page. */
const COLUMNS = ['open', 'inProgress', 'solved', 'confirmed', 'overdue'] as const;
type Counts = Record<(typeof COLUMNS)[number], number>;

/** The counts of one region's row of the board (its row key is the 12-digit code), once the board shows it. */
async function boardRow(page: Page, code: string): Promise<Counts> {
  const row = page.locator(`.zf-problem-board tr[data-row-key="${code}"]`);
  await row.waitFor();
  const cells = await row.locator('td').allInnerTexts();
  expect(cells).toHaveLength(COLUMNS.length + 1);
  return Object.fromEntries(COLUMNS.map((key, i) => [key, Number(cells[i + 1])])) as Counts;
}

/** Every column of the board on the phone's screen: the last, overdue, is not scrolled off to the right. */
async function boardFits(page: Page): Promise<void> {
  const box = await page.locator('.zf-problem-board thead th').last().boundingBox();
  expect(box).not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
}

/** Nothing on the phone is wider than its screen. */
async function fitsPhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('problems in the console', () => {
  it('recorded, started and solved by the village, counted on the board, confirmed by the town, shown on the household', async () => {
    // The town's board before: the household's village is a row of it, with what it already counts.
    const village = household.regionCode;
    let page = await as(official, `/r/${short(town)}/problems`);
    const before = await boardRow(page, village);

    // The village cadre records the problem from the household's casework tab.
    page = await as(cadre, householdUrl());
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

    // The town's board counts it solved in the village's row; the official finds it among the problems to
    // confirm and confirms it.
    page = await as(official, `/r/${short(town)}/problems`);
    await expect.poll(() => boardRow(page, village)).toEqual({ ...before, solved: before.solved + 1 });
    await page.goto(server.consoleAt(`/r/${short(town)}/problems?tab=inbox`));
    const toConfirm = page.locator('.zf-problems-confirm');
    await expect.poll(() => toConfirm.innerText()).toContain('自来水管冬季冻裂');
    await shot(page, 'inbox-1366');
    await toConfirm.locator(`a[href*="/problems/${id}"]`).click();
    await act(page, '确认解决', '已确认');

    // The board (a page of its own, as the town opens it) counted it solved, and now confirmed.
    await page.goto(server.consoleAt(`/r/${short(town)}/problems`));
    await expect.poll(() => boardRow(page, village)).toEqual({ ...before, confirmed: before.confirmed + 1 });
    const total = await boardRow(page, 'total');
    expect(total.confirmed).toBeGreaterThanOrEqual(before.confirmed + 1);
    await shot(page, 'board-1366');

    // The household shows it confirmed; the cadre adds a measure of the year from there.
    page = await as(cadre, householdUrl());
    await openCasework(page);
    const listed = page.locator('.zf-casework-problems .ant-list-item', { hasText: '自来水管冬季冻裂' });
    await expect.poll(() => listed.innerText()).toContain('已确认');
    await page
      .locator('.zf-casework-measures')
      .getByRole('button', { name: /添加措施/ })
      .click();
    await modal(page).waitFor();
    await choose(page, '#measure_category', '产业帮扶');
    await page.locator('#measure_description').fill('发放鸡苗 200 只');
    await page.locator('#measure_amount').fill('1200');
    await send(page, '保存');
    const measure = page.locator('.zf-casework-measures .ant-list-item', { hasText: '发放鸡苗 200 只' });
    // Industry builds the household's own income: the server marks it development-type.
    await expect.poll(() => measure.innerText()).toContain('开发式');
    await shot(page, 'household-1366');

    // The same pages on a phone: the board, the problem and the household's casework, each within the screen.
    page = await as(official, `/r/${short(town)}/problems`, 375);
    await expect.poll(() => boardRow(page, village)).toEqual({ ...before, confirmed: before.confirmed + 1 });
    await boardFits(page);
    await fitsPhone(page);
    await shot(page, 'board-375');
    page = await as(official, `/r/${short(town)}/problems?tab=inbox`, 375);
    await expect.poll(() => page.locator('.zf-problems-confirm').innerText()).toContain('待确认');
    await fitsPhone(page);
    await shot(page, 'inbox-375');
    page = await as(cadre, `/r/${short(village)}/problems/${id}`, 375);
    await expect.poll(() => page.locator('.zf-problem-head').innerText()).toContain('已确认');
    await fitsPhone(page);
    await shot(page, 'problem-375');
    page = await as(cadre, householdUrl(), 375);
    await openCasework(page);
    await expect.poll(() => page.locator('.zf-casework-measures').innerText()).toContain('发放鸡苗 200 只');
    await fitsPhone(page);
    await shot(page, 'household-375');
  }, 300_000);
});
