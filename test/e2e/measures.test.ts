import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY } from '../../src/modules/regions/region-code.ts';
import { launchBrowser } from './support/browser.ts';
import { startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import {
  logIn,
  PAGE_WAIT,
  typeDate,
  visit,
  watchedPage,
  watchTests,
  type WatchedPage,
} from './support/page.ts';
import { routerPath } from './support/urls.ts';

/**
 * Measuring poverty in the browser, on a demo county of 2020: the dashboard's incidence table and measures
 * chart, the rural population entered and imported, the what-if of a higher line (nothing saved), a poverty
 * line set by a system administrator (a field error, a new version, a refusal for a year gone by) and not
 * offered to a county administrator, and a household's assessment with a manual assessment that the server
 * refuses without evidence and takes with a field visit. Each test opens the page it starts from; what one
 * writes (a population, a line of 2027) is not something another counts on.
 */
let server: ConsoleServer;
let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;
let householdId = 0;

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer({ demoHouseholds: 150 }), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  watched = await watchedPage(context);
  page = watched.page;
  const [first] = await server.db.query<{ id: number }>(
    `SELECT h.id FROM households h JOIN household_years y ON y.household_id = h.id AND y.year = 2020
     ORDER BY h.id LIMIT 1`,
  );
  householdId = first!.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => watched);

/** Opens a page of the console by its path, logging in when needed. */
const open = (path: string) => visit(page, server.consoleAt(path), server.user);
const drawer = () => page.locator('.ant-drawer');
const save = () => drawer().locator('.ant-drawer-footer .ant-btn-primary').click();

describe('measuring poverty in the console', () => {
  it('draws the incidence of each town, marks registry counts, and drills down on a click', async () => {
    await open('/r/371324/dashboard');
    const rows = page.locator('.zf-incidence-children tbody tr.ant-table-row');
    await rows.first().waitFor();
    const api = (await server.api('GET', '/api/v1/incidence?region=371324')).body as {
      region: { incidence: number };
      children: unknown[];
    };
    expect(await rows.count()).toBe(api.children.length);
    // No population is entered yet: the registry count stands in, and the page says so.
    expect(await page.locator('.zf-registry-note').innerText()).toContain('登记在册');
    expect(await page.locator('.zf-incidence-figures').innerText()).toContain(
      `${(api.region.incidence * 100).toFixed(2)}%`,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载统计表/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^统计表-兰陵县-2020\.xlsx$/);

    await rows.first().click();
    await page.waitForURL(/\/r\/371324\d{3}\/dashboard$/);
    await page.goBack();
    await page.waitForURL(/\/r\/371324\/dashboard$/);
  });

  it('draws the FGT figures and the contributions to M0 as a chart', async () => {
    await open('/r/371324/dashboard');
    const panel = page.locator('.zf-measures');
    await panel.locator('.zf-chart svg').waitFor();
    const text = await panel.innerText();
    expect(text).toContain('贫困发生率 P0');
    expect(text).toContain('Watts');
    expect(text).toContain('调整后发生率 M0');
    // The chart says its figures in words (for screen readers): every indicator is there.
    const description = await panel.locator('.zf-chart').getAttribute('aria-label');
    expect(description).toContain('各指标对 M0 的贡献');
    for (const name of ['收入低于贫困线', '不愁吃', '住房安全', '饮水安全'])
      expect(description).toContain(name);
  });

  it('enters the rural population of the county, and imports a file with a bad row', async () => {
    await open('/r/371324/dashboard');
    await page.locator('.zf-population-open').click();
    await page.locator('#population_rows_0_population').fill('100000');
    await page.locator('#population_rows_0_note').fill('统计年鉴');
    await save();
    await drawer().waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('.zf-incidence-figures').innerText())
      .toMatch(/农村人口\s*100,000(?!\s*登记数)/);

    const [town] = await server.db.query<{ code: string }>(
      "SELECT code FROM regions WHERE parent_code = '371324000000' ORDER BY code LIMIT 1",
    );
    const file = join(server.app.config.dataDir, 'population.csv');
    await writeFile(
      file,
      `行政区划代码,年度,农村人口,备注\n${town!.code},2020,5000,普查\n999999,2020,abc,\n`,
    );
    await page.locator('.zf-population-open').click();
    await drawer().locator('.zf-population-import input[type=file]').setInputFiles(file);
    await drawer().locator('.zf-population-start').click();
    const errors = drawer().locator('.zf-population-errors tbody tr.ant-table-row');
    await errors.first().waitFor();
    expect(await errors.count()).toBeGreaterThan(0);
    expect(await drawer().locator('.zf-population-summary').innerText()).toMatch(/新增\s*1/);
    await drawer().locator('.ant-drawer-footer .ant-btn').first().click();
    await drawer().waitFor({ state: 'detached' });
  });

  it('runs the what-if of a higher line and shows who would change, saving nothing', async () => {
    await open('/r/371324/what-if');
    expect(await page.locator('.zf-what-if-notice').innerText()).toContain('什么都不会保存');
    const line = page.locator('#what-if_line');
    await expect.poll(() => line.inputValue()).toBe('4000');
    await line.fill('4600');
    await page.getByRole('button', { name: /模拟测算/ }).click();
    await page.waitForURL(/line=4600/);
    await page.locator('.zf-what-if-children tbody tr.ant-table-row').first().waitFor();

    const expected = (
      (await server.api('POST', '/api/v1/measures/what-if', { region: '371324', year: 2020, line: 4600 }))
        .body as { total: { newlyBelow: { households: number; persons: number } } }
    ).total.newlyBelow;
    expect(expected.households).toBeGreaterThan(0);
    const newlyBelow = await page.locator('.zf-what-if-total').first().innerText();
    expect(newlyBelow).toContain('新增低于贫困线');
    expect(newlyBelow).toContain(`${expected.households}`);
    expect(newlyBelow).toContain(`${expected.persons} 人`);

    // Nothing was written: the line of 2020 is still the one in force.
    const standards = (await server.api('GET', '/api/v1/standards?year=2020')).body as {
      effective: { line: number }[];
    };
    expect(standards.effective[0]!.line).toBe(4000);
  });

  it('offers a county administrator no way to set a line', async () => {
    await open('/r/371324/standards');
    await page.locator('.zf-standard-lines tbody tr.ant-table-row').first().waitFor();
    expect(await page.locator('.zf-standard-new').count()).toBe(0);
    expect(await page.locator('.zf-standard-edit').count()).toBe(0);
  });

  /** A system administrator of the whole country, logged in on a page of their own at `path`. */
  async function systemAdminAt(path: string) {
    const admin = await server.addUser([{ role: 'system_admin', regionCode: COUNTRY }]);
    const other = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    const watchedAdmin = await watchedPage(other);
    await watchedAdmin.page.goto(server.consoleAt(`/login?next=${path}`));
    await logIn(watchedAdmin.page, admin.username, admin.password);
    await watchedAdmin.page.waitForURL((url) => routerPath(url) === path);
    return { admin, context: other, watchedAdmin, p: watchedAdmin.page };
  }

  it('tells a system administrator on the country dashboard that the provinces’ lines differ', async () => {
    const { context: other, watchedAdmin, p } = await systemAdminAt('/r/00/dashboard');
    // The whole country mixes provincial lines: the measures say so plainly instead of failing.
    await expect
      .poll(() => p.locator('.zf-measure-notice').innerText(), { timeout: PAGE_WAIT })
      .toContain('各省贫困线不同');
    expect(watchedAdmin.problems).toEqual([]);
    await other.close();
  });

  it('lets a system administrator set a line (a field error, two versions, a refusal)', async () => {
    const { admin, context: other, watchedAdmin, p } = await systemAdminAt('/r/371324/standards');

    const set = async (year: number, line: number, reason: string) => {
      await p.locator('#standard_year').fill(String(year));
      await p.locator('#standard_line').fill(String(line));
      await p.locator('#standard_reason').fill(reason);
      await p.locator('.ant-drawer-footer .ant-btn-primary').click();
    };
    await p.locator('.zf-standard-new').click();
    await set(2027, 2_000_000, '物价上涨');
    // The server's field error, under the field, in the reader's language; the reason typed stays.
    await expect.poll(() => p.locator('#standard_line_help').innerText()).toContain('贫困线应大于 0 元');
    expect(await p.locator('#standard_reason').inputValue()).toBe('物价上涨');
    await p.locator('#standard_line').fill('4300');
    await p.locator('.ant-drawer-footer .ant-btn-primary').click();
    await p.locator('.ant-drawer').waitFor({ state: 'detached' });

    const row2027 = p.locator('.zf-standard-lines tbody tr.ant-table-row', { hasText: '2027' });
    await expect.poll(() => row2027.innerText()).toContain('4,300');
    await row2027.locator('.zf-standard-edit').click();
    await set(2027, 4400, '按物价指数调整');
    await p.locator('.ant-drawer').waitFor({ state: 'detached' });
    await expect.poll(() => row2027.innerText()).toContain('4,400');
    await row2027.click();
    const history = p.locator('.zf-standard-history');
    await expect.poll(() => history.innerText()).toContain('第 2 版');
    const versions = await history.innerText();
    expect(versions).toContain('第 1 版');
    expect(versions).toContain('按物价指数调整');
    expect(versions).toContain(admin.username);

    // 2020 is gone by: the server refuses, and says why.
    await p.locator('.zf-standard-new').click();
    await set(2020, 4100, '补录');
    await expect
      .poll(() => p.locator('.ant-drawer .ant-alert-error').innerText())
      .toContain('2020 年已经过去');
    expect(await p.locator('#standard_reason').inputValue()).toBe('补录');
    expect(watchedAdmin.problems).toEqual([]);
    await other.close();
  });

  it('shows the household assessment, and a manual assessment needs evidence', async () => {
    await open(`/r/371324/households/${householdId}`);
    await page.getByRole('tab', { name: '评估' }).click();
    const guarantees = page.locator('.zf-guarantees > li');
    await guarantees.first().waitFor();
    expect(await guarantees.count()).toBe(6);
    expect(await page.locator('.zf-guarantees').innerText()).toContain('不愁吃');
    expect(await page.locator('.zf-assessment').innerText()).toContain('国家贫困线');

    const food = page.locator('.zf-guarantee-food');
    await food.locator('.zf-guarantee-assess').click();
    await page.locator('#assessment_secure').getByText('无保障').click();
    await page.locator('#assessment_reason').fill('入户发现家中缺粮');
    await save();
    await expect.poll(() => page.locator('#assessment_file_help').innerText()).toContain('须附证明材料');
    expect(await page.locator('#assessment_reason').inputValue()).toBe('入户发现家中缺粮');

    await page.locator('#assessment_visitReference').fill('ZF-2020-017');
    // The visit date is the console's own picker in Chinese, and tomorrow cannot be picked (server's today
    // 2026-06-30 is the browser's too).
    const visitDate = page.locator('#assessment_visitDate');
    expect(await visitDate.getAttribute('type')).not.toBe('date');
    await visitDate.click();
    const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
    expect(await panel.innerText()).toContain('今天');
    expect(await panel.locator('.ant-picker-header').innerText()).toMatch(/2026\s*年/);
    const tomorrow = panel.locator('td[title="2026-07-01"]');
    expect(await tomorrow.getAttribute('class')).toContain('ant-picker-cell-disabled');
    // Enter takes the typed day and, as in every field of the console's forms, saves.
    await typeDate(page, '#assessment_visitDate', '2020-06-01');
    await drawer().waitFor({ state: 'detached' });
    await expect.poll(() => food.innerText()).toContain('人工评定');
    expect(await food.innerText()).toContain('无保障');
    expect(await page.locator('.zf-assessments').innerText()).toContain('ZF-2020-017');
    expect(await page.locator('.zf-assessments').innerText()).toContain('2020-06-01');
  });
});
