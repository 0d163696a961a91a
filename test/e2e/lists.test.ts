import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * The console as a clerk finds it (issue 10 §8): the households list says how many there are and jumps to a
 * page, household numbers are never cut (desktop and phone), a village is found by typing its name, and a
 * rural population below the registered persons asks to be confirmed. A demo county of 120 households.
 */
let server: ConsoleServer;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer({ demoHouseholds: 120 }), launchBrowser()]);
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  watched = await watchedPage(context);
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => watched);

const open = (path: string) => visit(page, server.consoleAt(path), server.user);

/** Whether every household number on the page is shown whole: its text is the number, nothing overflows. */
async function numbersWhole(expected: readonly string[]): Promise<void> {
  const shown = page.locator('.zf-household-no');
  await expect.poll(() => shown.allInnerTexts()).toEqual(expected);
  const cut = await shown.evaluateAll(
    (cells) =>
      cells.filter((c) => {
        const box = c.parentElement!;
        return c.scrollWidth > c.clientWidth + 1 || box.scrollWidth > box.clientWidth + 1;
      }).length,
  );
  expect(cut).toBe(0);
}

describe('lists, the village picker and the population check', () => {
  it('shows the total, jumps to the last page, and shows household numbers in full at 1366 and 375 px', async () => {
    const api = await server.api('GET', '/api/v1/households?region=371324&year=2020&page=3');
    const last = api.body as { total: number; items: { householdNo: string }[] };
    expect(last.total).toBe(120);

    await open('/r/371324/households?year=2020');
    const pager = page.locator('.zf-list-pager');
    await expect.poll(() => pager.innerText()).toContain('共 120 户');
    const jump = pager.locator('.ant-pagination-options-quick-jumper input');
    await jump.fill('3');
    await jump.press('Enter');
    await page.waitForURL(/[?&]page=3/);
    await numbersWhole(last.items.map((h) => h.householdNo));

    await page.setViewportSize({ width: 375, height: 800 });
    await page.locator('.zf-household-card').first().waitFor();
    await numbersWhole(last.items.map((h) => h.householdNo));
    // The page jump stays on a phone (Ant Design hides it below 576 px).
    expect(await page.locator('.ant-pagination-options-quick-jumper input').isVisible()).toBe(true);
    await page.setViewportSize({ width: 1366, height: 800 });
  });

  it('finds a village by its name and tells namesakes apart by their town', async () => {
    const [twin] = await server.db.query<{ name: string; towns: string[] }>(
      `SELECT v.name, array_agg(t.name ORDER BY v.code) AS towns
       FROM regions v JOIN regions t ON t.code = v.parent_code
       WHERE v.level = 5 AND v.code LIKE '371324%'
       GROUP BY v.name HAVING count(*) > 1 ORDER BY v.name LIMIT 1`,
    );
    const typed = twin!.name.replace(/村民委员会$/, '');
    await open('/r/371324/households/new?year=2020');
    await page.locator('#household-new_regionCode').fill(typed);
    const options = page.locator('.zf-village-option');
    // Each namesake is offered with its own town (and the county), whatever else holds the typed text.
    const places = () => page.locator('.zf-village-place').allInnerTexts();
    for (const town of twin!.towns) await expect.poll(places).toContain(`${town} · 兰陵县`);
    const first = (await places()).indexOf(`${twin!.towns[1]} · 兰陵县`);
    await options.nth(first).click();
    const town = twin!.towns[1]!;
    const chosen = page.locator('.zf-village-select');
    await expect.poll(() => chosen.innerText()).toContain(`（${town}）`);
  });

  it('asks before saving a rural population below the registered persons, naming both numbers', async () => {
    const incidence = await server.api('GET', '/api/v1/incidence?region=371324&year=2020');
    const persons = (incidence.body as { region: { persons: number } }).region.persons;
    await open('/r/371324/dashboard');
    await page.locator('.zf-population-open').click();
    await page.locator('#population_rows_0_population').fill('10');
    await page.locator('.ant-drawer-footer .ant-btn-primary').click();

    const confirm = page.locator('.zf-population-confirm');
    await confirm.waitFor();
    const text = await confirm.innerText();
    expect(text).toContain('农村人口 10 人');
    expect(text).toContain(`登记在册的 ${persons} 人`);
    await confirm.locator('.ant-btn-primary').click();
    await page.locator('.ant-drawer').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.zf-incidence-figures').innerText()).toMatch(/农村人口\s*10\b/);
  });
});
