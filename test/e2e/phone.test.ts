import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedWrite } from '../support/auth.ts';
import { launchBrowser } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { logIn, visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * A village cadre's phone (375 px): households as cards, the region tree in a drawer; and the login's answers
 * to a throttled or locked account, in English this time. Each test opens the page it starts from.
 */
let server: ConsoleServer;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  const context = await browser.newContext({
    viewport: { width: 375, height: 800 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  watched = await watchedPage(context);
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => watched);

/** Latin words a Chinese page may show: the language switch, file formats, the measures and their authors. */
const ALLOWED_LATIN = new Set([
  'English',
  'Excel',
  'FGT',
  'Watts',
  'Alkire',
  'Foster',
  'P0',
  'P1',
  'P2',
  'M0',
]);

/** The boxes of the SVG texts under `selector` whose text matches, left to right. */
async function labelBoxes(selector: string, text: RegExp) {
  const boxes = await page.locator(selector).evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { text: n.textContent ?? '', x: r.x, width: r.width };
    }),
  );
  return boxes.filter((b) => text.test(b.text)).sort((a, b) => a.x - b.x);
}

/** Opens a page of the console by its path, logging in when needed. */
const open = (path: string) => visit(page, server.consoleAt(path), server.user);

/** Sets a user's failure count as if they had mistyped, `secondsAgo` after the last failure. */
async function failedBefore(username: string, count: number, secondsAgo: number): Promise<void> {
  await auditedWrite(
    server.db,
    `UPDATE users SET failed_logins = $1, last_failed_at = now() - interval '1 second' * $2, locked_until = NULL
      WHERE username = $3`,
    [count, secondsAgo, username],
  );
}

describe('the console on a phone', () => {
  it('tells a throttled and a locked user how long to wait, in English', async () => {
    // A user of its own: the one the other tests log in with is never locked.
    const user = await server.addUser([
      { role: 'village_cadre', regionCode: server.households[0]!.regionCode },
    ]);
    await page.context().clearCookies();
    await page.goto(server.consoleAt('/login'));
    await page.getByRole('button', { name: 'English' }).click();

    await failedBefore(user.username, 8, 0);
    await logIn(page, user.username, user.password);
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/Too many failed logins\. Try again in \d+ seconds/);
    expect(await page.getByRole('button', { name: /Wait \d+ s/ }).isDisabled()).toBe(true);

    // A new page load forgets the countdown; the server still decides.
    await failedBefore(user.username, 9, 3600);
    await page.reload();
    await logIn(page, user.username, 'a-wrong-password-42');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('the account is locked');
    expect(await page.getByRole('alert').innerText()).toContain('about 15 minutes');
    await page.getByRole('button', { name: '中文' }).click();
  });

  it('shows households as cards and opens one with a tap', async () => {
    await open('/r/371324/households');
    const cards = page.locator('.zf-household-card');
    await expect.poll(() => cards.count()).toBe(8);
    expect(await page.locator('.zf-household-table').count()).toBe(0);
    // Nothing sticks out sideways on a 375 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const target = server.households[0]!;
    await cards.filter({ hasText: target.headName }).tap();
    await page.waitForURL(new RegExp(`/households/${target.id}$`));
    expect(await page.locator('.zf-household-head').innerText()).toContain(target.headName);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('draws the dashboard within the screen', async () => {
    await open('/r/371324/households');
    await page.getByText('统计概览', { exact: true }).tap();
    await page.waitForURL(/\/dashboard$/);
    await page.locator('.zf-charts .zf-chart svg').first().waitFor();
    expect(await page.locator('.zf-charts .zf-chart svg').count()).toBeGreaterThanOrEqual(3);
    await page.locator('.zf-chart-trend svg').waitFor();
    await page.locator('.zf-chart-national .zf-chart svg').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // Every year of the national series keeps its label, none touching another, all inside the chart.
    const chart = await page.locator('.zf-chart-national .zf-chart').boundingBox();
    const years = await labelBoxes('.zf-chart-national .zf-chart svg text', /^20\d\d$/);
    expect(years.map((y) => y.text)).toEqual([
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
    for (const [i, year] of years.entries()) {
      expect(year.x, year.text).toBeGreaterThanOrEqual(chart!.x);
      expect(year.x + year.width, year.text).toBeLessThanOrEqual(chart!.x + chart!.width);
      const next = years[i + 1];
      if (next) expect(year.x + year.width, `${year.text} touches ${next.text}`).toBeLessThan(next.x);
    }
    // The causes' names are not cut off at the chart's left edge.
    const cause = await page.locator('.zf-chart-cause .zf-chart').boundingBox();
    for (const label of await labelBoxes('.zf-chart-cause svg text', /[\u4e00-\u9fff]/)) {
      expect(label.x, label.text).toBeGreaterThanOrEqual(cause!.x);
    }

    // The incidence of each town stays on the screen, however wide the columns beside it.
    const rate = page.locator('.zf-incidence-children th', { hasText: '贫困发生率' });
    const firstRate = page
      .locator('.zf-incidence-children tbody tr.ant-table-row')
      .first()
      .locator('td')
      .last();
    // Scrolled to vertically only: scrolling the cell itself into view would slide the table sideways. The
    // bound is the table's own box, which clips what sticks out of it (the screen is wider by the margins).
    const table = page.locator('.zf-incidence-children');
    await table.scrollIntoViewIfNeeded();
    const shown = await table.boundingBox();
    for (const cell of [rate, firstRate]) {
      const box = await cell.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(shown!.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(shown!.x + shown!.width + 0.5);
    }
    expect(await firstRate.innerText()).toMatch(/%$/);
    // The indicators' table keeps to its card, and its last column can be reached: the figures scroll
    // under the names rather than being cut off at the card's edge.
    const indicators = await page.locator('.zf-indicators').boundingBox();
    expect(indicators!.x + indicators!.width).toBeLessThanOrEqual(375);
    const last = page.locator('.zf-indicators th').last();
    await last.scrollIntoViewIfNeeded();
    const lastBox = await last.boundingBox();
    expect(lastBox!.x + lastBox!.width).toBeLessThanOrEqual(indicators!.x + indicators!.width + 0.5);

    // A Chinese page in Chinese: no English words (formats and the measures' authors aside).
    const words = (await page.locator('.zf-app').innerText()).match(/[A-Za-z]{2,}/g) ?? [];
    expect(words.filter((w) => !ALLOWED_LATIN.has(w))).toEqual([]);

    await page.getByText('农户名单', { exact: true }).tap();
    await page.waitForURL(/\/households$/);
  });

  it('opens the region tree in a drawer from the header and closes it on a choice', async () => {
    await open('/r/371324/households');
    await page.getByRole('button', { name: '选择区划' }).tap();
    const drawer = page.getByRole('dialog');
    await drawer.locator('.ant-tree-title', { hasText: '车辋镇' }).tap();
    await page.waitForURL(/\/r\/371324106\/households$/);
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.zf-household-card').count()).toBe(4);
  });

  it('fits the new-household form and the member forms on the screen', async () => {
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await open('/r/371324106/households?year=2020');
    await page.getByRole('button', { name: /新建农户/ }).tap();
    await page.waitForURL(/\/households\/new/);
    await page.locator('#household-new_members_0_name').waitFor();
    expect(await width()).toBeLessThanOrEqual(375);
    // Saving stays within reach at the bottom of the screen while the long form scrolls.
    const bar = await page.locator('.zf-form-actions').boundingBox();
    expect(bar && bar.y + bar.height).toBeLessThanOrEqual(800);
    await page.getByRole('button', { name: /取\s*消/ }).tap();
    await page.waitForURL(/\/households\?year=2020$/);

    await page.locator('.zf-household-card').first().tap();
    await page.locator('.zf-household-head').waitFor();
    await page.getByRole('tab', { name: /家庭成员/ }).tap();
    await page.getByRole('button', { name: /增加成员/ }).tap();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    const box = await drawer.boundingBox();
    // Full screen: as wide as the phone (sub-pixel rounding aside), never wider.
    expect(Math.round(box?.width ?? 0)).toBeLessThanOrEqual(375);
    expect(await width()).toBeLessThanOrEqual(375);
    await page
      .locator('.ant-drawer-footer')
      .getByRole('button', { name: /取\s*消/ })
      .tap();
    await drawer.waitFor({ state: 'detached' });
  });
});
